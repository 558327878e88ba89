import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../server/events.js';
import { errors } from '../../server/errors.js';
import type { MeetingCounts } from '../attendance/counts.js';
import { MeetingFeeds, sseFrame, type Watcher } from './meetingFeed.js';
import { parseSse } from './testing.js';

/** A watcher that keeps what it is sent. */
function collector(backlog = 0, progress = false): Watcher & { text: string; ended: boolean } {
  return {
    progress,
    text: '',
    ended: false,
    writableLength: backlog,
    write(frame) {
      this.text += frame;
      return true;
    },
    end() {
      this.ended = true;
    },
  };
}

function setup(options: { windowMs?: number; heartbeatMs?: number; ringSize?: number; maxBacklogBytes?: number } = {}) {
  const events = new EventBus();
  let present = 0;
  const computed: number[] = [];
  /** Votes cast per motion, as the store would count them; each progress computation is logged. */
  const cast = new Map<number, number>();
  const progressed: number[] = [];
  const feeds = new MeetingFeeds(events, {
    firstId: 1,
    ...options,
    progress: async (motionId) => {
      progressed.push(motionId);
      return { motionId, cast: cast.get(motionId) ?? 0, present };
    },
    compute: async (meetingId) => {
      if (meetingId === 404) throw errors.notFound('meeting', meetingId);
      computed.push(meetingId);
      return { meetingId, present } as MeetingCounts;
    },
  });
  const change = (meetingId: number, type = 'attendance.changed') => events.publish({ type, bodyId: 1, meetingId, data: { n: present } });
  /** A vote on a motion of a meeting, as castVote publishes it once committed. */
  const vote = (meetingId: number, motionId: number) => {
    cast.set(motionId, (cast.get(motionId) ?? 0) + 1);
    events.publish({ type: 'vote.cast', bodyId: 1, meetingId, data: { motionId } });
  };
  return { events, feeds, computed, change, vote, progressed, setPresent: (n: number) => (present = n) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('meeting feeds', () => {
  it('write frames as Server-Sent Events: id, event, one data line', () => {
    expect(sseFrame(7, 'counts', { a: 'x\ny' })).toBe('id: 7\nevent: counts\ndata: {"a":"x\\ny"}\n\n');
    expect(parseSse(sseFrame(7, 'counts', { a: 1 })).frames).toEqual([{ id: '7', event: 'counts', data: '{"a":1}' }]);
  });

  it('recompute at most once per window however many changes arrive, one computation per meeting', async () => {
    vi.useFakeTimers();
    const { feeds, computed, change, setPresent } = setup({ windowMs: 100 });
    const a = collector();
    const b = collector();
    await feeds.watch(1, a);
    await feeds.watch(1, b);
    await feeds.watch(2, collector());
    expect(computed).toEqual([1, 2]);
    setPresent(5);
    for (let i = 0; i < 500; i++) change(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(computed).toEqual([1, 2]); // the first computation was less than 100 ms ago
    await vi.advanceTimersByTimeAsync(100);
    expect(computed).toEqual([1, 2, 1]);
    // A change every millisecond for 300 ms: one computation per 100 ms window.
    for (let i = 0; i < 300; i++) {
      change(1);
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(computed.filter((m) => m === 1).length).toBe(5);
    expect(a.text).toBe(b.text);
    expect(parseSse(a.text).frames.map((f) => f.id)).toEqual(['1', '3', '4', '5', '6']);
    feeds.close();
  });

  it('ignore events of other meetings, events with no meeting and events of other kinds', async () => {
    vi.useFakeTimers();
    const { feeds, computed, change, events } = setup();
    await feeds.watch(1, collector());
    change(2);
    change(1, 'roster.imported');
    events.publish({ type: 'attendance.changed', bodyId: 1, data: {} });
    await vi.advanceTimersByTimeAsync(1000);
    expect(computed).toEqual([1]);
    feeds.close();
  });

  it('pass meeting events through at once, keep the last few in a ring, and send a heartbeat comment', async () => {
    vi.useFakeTimers();
    const { feeds, change } = setup({ ringSize: 2, heartbeatMs: 15_000 });
    const keeper = collector();
    await feeds.watch(1, keeper);
    change(1, 'meeting.opened');
    change(1, 'meeting.stageChanged');
    change(1, 'meeting.closed');
    expect(parseSse(keeper.text).frames.map((f) => `${f.id} ${f.event}`)).toEqual(['1 counts', '2 meeting.opened', '3 meeting.stageChanged', '4 meeting.closed']);
    await vi.advanceTimersByTimeAsync(100);
    const late = collector();
    await feeds.watch(1, late, 1);
    expect(parseSse(late.text).frames.map((f) => `${f.id} ${f.event}`)).toEqual(['3 meeting.stageChanged', '4 meeting.closed', '5 counts']);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(parseSse(late.text).comments).toEqual(['heartbeat']);
    feeds.close();
    expect(late.ended).toBe(true);
  });

  it('drop a watcher whose backlog is too long, and refuse an unknown meeting without opening a feed', async () => {
    vi.useFakeTimers();
    const { feeds, change } = setup({ maxBacklogBytes: 1000 });
    const slow = collector(5000);
    await feeds.watch(1, collector());
    await feeds.watch(1, slow);
    change(1, 'meeting.opened');
    expect(slow.ended).toBe(true);
    expect(feeds.watchers(1)).toBe(1);
    await expect(feeds.watch(404, collector())).rejects.toMatchObject({ id: 'meeting_not_found', status: 404 });
    expect(feeds.meetings).toBe(1);
    feeds.close();
  });

  it('pass motion events on at once, to every watcher and the ring, without recomputing counts', async () => {
    vi.useFakeTimers();
    const { feeds, computed, change } = setup({ windowMs: 100 });
    const a = collector();
    await feeds.watch(1, a);
    a.text = '';
    change(1, 'motion.closed');
    change(1, 'motion.somethingElse');
    change(1, 'other.event');
    expect(parseSse(a.text).frames.map((f) => f.event)).toEqual(['motion.closed', 'motion.somethingElse']);
    await vi.advanceTimersByTimeAsync(500);
    expect(computed).toEqual([1]);
    const late = collector();
    await feeds.watch(1, late, 0);
    expect(parseSse(late.text).frames.map((f) => f.event)).toEqual(['counts', 'motion.closed', 'motion.somethingElse']);
  });

  it("pass leave requests and decisions on (the desk's pending list follows them), and no other attendance event", async () => {
    vi.useFakeTimers();
    const { feeds, change } = setup({ windowMs: 100 });
    const a = collector();
    await feeds.watch(1, a);
    a.text = '';
    change(1, 'attendance.leaveRequested');
    change(1, 'attendance.leaveDecided');
    change(1, 'attendance.checkedIn');
    expect(parseSse(a.text).frames.map((f) => f.event)).toEqual(['attendance.leaveRequested', 'attendance.leaveDecided']);
    feeds.close();
  });

  it('send an open motion\'s progress, the count of votes and never a choice, at most once per motion per window, outside the ring', async () => {
    vi.useFakeTimers();
    const { feeds, computed, vote, progressed, events, setPresent } = setup({ windowMs: 100 });
    setPresent(8);
    const a = collector(0, true);
    const screen = collector();
    await feeds.watch(1, a);
    await feeds.watch(1, screen);
    a.text = '';
    screen.text = '';
    // A burst of 50 votes on motion 7 and 3 on motion 9 within one window: one frame each, at once.
    for (let i = 0; i < 50; i++) vote(1, 7);
    for (let i = 0; i < 3; i++) vote(1, 9);
    vote(2, 11); // nobody watches meeting 2
    await vi.advanceTimersByTimeAsync(0);
    expect(parseSse(a.text).frames.map((f) => [f.event, JSON.parse(f.data)])).toEqual([
      ['motion.progress', { motionId: 7, cast: 50, present: 8 }],
      ['motion.progress', { motionId: 9, cast: 3, present: 8 }],
    ]);
    // Votes every 10 ms for 300 ms: one more frame per motion per 100 ms window, the last with every vote.
    for (let i = 0; i < 30; i++) {
      vote(1, 7);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(200);
    const sevens = parseSse(a.text).frames.filter((f) => JSON.parse(f.data).motionId === 7).map((f) => JSON.parse(f.data) as { cast: number });
    expect(sevens.length).toBe(4);
    expect(sevens.at(-1)!.cast).toBe(80);
    expect(progressed.filter((m) => m === 7).length).toBe(4);
    // A hall screen takes no progress frames.
    expect(screen.text).toBe('');
    expect(computed).toEqual([1]); // votes change no attendance counts
    // Progress is state: a resuming watcher gets the counts and the ring, no progress frames.
    const late = collector(0, true);
    await feeds.watch(1, late, 0);
    expect(parseSse(late.text).frames.map((f) => f.event)).toEqual(['counts']);
    // Once the motion closes, a vote still in the window sends nothing more for it.
    a.text = '';
    vote(1, 9);
    events.publish({ type: 'motion.closed', bodyId: 1, meetingId: 1, data: { id: 9 } });
    await vi.advanceTimersByTimeAsync(500);
    expect(parseSse(a.text).frames.map((f) => f.event)).toEqual(['motion.closed']);
    feeds.close();
  });

  it('count no progress while only screens watch, nor when given no way to count it', async () => {
    const { feeds: watched, vote, progressed } = setup();
    await watched.watch(1, collector());
    vote(1, 7);
    await new Promise((r) => setTimeout(r, 20));
    expect(progressed).toEqual([]);
    watched.close();
    const events = new EventBus();
    const feeds = new MeetingFeeds(events, { firstId: 1, compute: async (meetingId) => ({ meetingId }) as MeetingCounts });
    const a = collector(0, true);
    await feeds.watch(1, a);
    a.text = '';
    events.publish({ type: 'vote.cast', bodyId: 1, meetingId: 1, data: { motionId: 3 } });
    await new Promise((r) => setTimeout(r, 20));
    expect(a.text).toBe('');
    feeds.close();
  });
});

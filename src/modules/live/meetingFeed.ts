/**
 * The live feed of each meeting: what a hall screen's stream shows. One subscription to the
 * EventBus serves every meeting and every watcher; a meeting's feed exists while someone watches
 * it.
 *
 * Counts are state, not a log: a burst of check-ins marks the meeting's counts stale, and at most
 * one recomputation per meeting runs per window (100 ms), its result serialised once and written
 * to every watcher of that meeting. `meeting.*` and `motion.*` events are passed on as they come. A resuming client (Last-Event-ID) gets the latest counts if it
 * has not seen them, and the other events it missed from a short ring.
 *
 * An open motion's progress (how many have voted, never what) is state too: each accepted vote
 * (`vote.cast`, naming the motion only) marks it stale, and at most one `motion.progress` frame per
 * motion goes out per window, to the watchers that take it (staff). It is not kept in the ring: a
 * client catching up reads the motion.
 */
import type { EventBus, PlenumEvent } from '../../server/events.js';
import type { MeetingCounts } from '../attendance/counts.js';
import type { MotionProgress } from '../voting/progress.js';
import { MOTION_CLOSED, MOTION_PROGRESS, VOTE_CAST } from '../voting/states.js';
import { Coalescer } from './coalescer.js';

/** What the feed needs from a watcher: a place to write frames, and a way to drop it. */
export interface Watcher {
  write(frame: string): boolean;
  /** Bytes written but not yet sent; a watcher too far behind is dropped. */
  readonly writableLength: number;
  end(): void;
  /**
   * Receives `motion.progress` frames: staff running the vote. Hall screens and the press do not,
   * so a burst of votes writes nothing more to the hundreds of screens watching.
   */
  readonly progress?: boolean;
}

export interface MeetingFeedsOptions {
  /** Computes a meeting's counts; throws (e.g. `meeting_not_found`) when it cannot. */
  compute(meetingId: number): Promise<MeetingCounts>;
  /** Counts an open motion's votes cast (not their content); without it, votes send nothing. */
  progress?(motionId: number): Promise<MotionProgress>;
  /** At most one recomputation per meeting per this many ms. */
  windowMs?: number;
  /** A comment line to every watcher this often, so proxies keep the connection open. */
  heartbeatMs?: number;
  /** Recent events other than counts kept per meeting for resuming clients. */
  ringSize?: number;
  /** A watcher with more than this many bytes unsent is dropped (it reconnects and catches up). */
  maxBacklogBytes?: number;
  /** First event id; by default the start time in µs, so ids keep rising across restarts. */
  firstId?: number;
  onError?(error: unknown, meetingId: number): void;
}

/**
 * Event types passed on to watchers as they come (and kept in the ring): a sitting's changes, its
 * motions (opened, closed with the result: announced within milliseconds) and its elections' rounds.
 */
const PASSED_ON = ['meeting.', 'motion.', 'election.', 'attendance.leave'] as const;

export const LiveLimits = { windowMs: 100, heartbeatMs: 15_000, ringSize: 64, maxBacklogBytes: 1 << 20 } as const;

interface Frame {
  id: number;
  text: string;
}

interface Feed {
  meetingId: number;
  watchers: Set<Watcher>;
  /** The watchers that take progress frames (staff), also in `watchers`. */
  staff: Set<Watcher>;
  counts: Frame | null;
  /** The first computation, which every early watcher waits for. */
  ready: Promise<void>;
  ring: Frame[];
  /** The counts' recomputation, at most once per window. */
  recount: Coalescer;
  /** Each open motion's progress frame, at most once per motion per window. */
  progress: Map<number, Coalescer>;
  /** Recomputations of this feed's counts (the first one included). */
  recomputations: number;
}

/** One Server-Sent Events frame. JSON has no raw newlines, so the data is one line. */
export function sseFrame(id: number, event: string, data: unknown): string {
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export class MeetingFeeds {
  readonly #feeds = new Map<number, Feed>();
  readonly #options: Required<Omit<MeetingFeedsOptions, 'onError' | 'firstId' | 'progress'>> & Pick<MeetingFeedsOptions, 'onError' | 'progress'>;
  readonly #unsubscribe: () => void;
  readonly #heartbeat: NodeJS.Timeout;
  #nextId: number;
  /** Recomputations over all meetings, for tests and benchmarks. */
  recomputations = 0;

  constructor(events: EventBus, options: MeetingFeedsOptions) {
    this.#options = {
      compute: options.compute,
      progress: options.progress,
      windowMs: options.windowMs ?? LiveLimits.windowMs,
      heartbeatMs: options.heartbeatMs ?? LiveLimits.heartbeatMs,
      ringSize: options.ringSize ?? LiveLimits.ringSize,
      maxBacklogBytes: options.maxBacklogBytes ?? LiveLimits.maxBacklogBytes,
      onError: options.onError,
    };
    this.#nextId = options.firstId ?? Date.now() * 1000;
    this.#unsubscribe = events.subscribe((event) => this.#onEvent(event));
    this.#heartbeat = setInterval(() => this.#beat(), this.#options.heartbeatMs);
    this.#heartbeat.unref();
  }

  /**
   * Adds a watcher to a meeting's feed and writes what it should see first: the current counts
   * (unless `lastEventId` shows it has them) and the ring's events after `lastEventId`. Rejects,
   * writing nothing, when the counts cannot be computed (an unknown meeting). Returns the function
   * that removes the watcher.
   */
  async watch(meetingId: number, watcher: Watcher, lastEventId: number | null = null): Promise<() => void> {
    const feed = this.#feeds.get(meetingId) ?? this.#open(meetingId);
    try {
      await feed.ready;
    } catch (error) {
      if (this.#feeds.get(meetingId) === feed && feed.watchers.size === 0) this.#close(feed);
      throw error;
    }
    const missed = feed.ring.filter((f) => lastEventId === null || f.id > lastEventId);
    if (feed.counts && (lastEventId === null || feed.counts.id > lastEventId)) missed.push(feed.counts);
    missed.sort((a, b) => a.id - b.id);
    for (const f of missed) watcher.write(f.text);
    feed.watchers.add(watcher);
    if (watcher.progress) feed.staff.add(watcher);
    return () => {
      feed.watchers.delete(watcher);
      feed.staff.delete(watcher);
      if (feed.watchers.size === 0 && this.#feeds.get(meetingId) === feed) this.#close(feed);
    };
  }

  /** Watchers of a meeting (0 when nobody watches it). */
  watchers(meetingId: number): number {
    return this.#feeds.get(meetingId)?.watchers.size ?? 0;
  }

  /** Meetings being watched. */
  get meetings(): number {
    return this.#feeds.size;
  }

  /** Recomputations of one meeting's counts since its feed opened. */
  recomputationsOf(meetingId: number): number {
    return this.#feeds.get(meetingId)?.recomputations ?? 0;
  }

  /** Ends every stream and stops listening. */
  close(): void {
    this.#unsubscribe();
    clearInterval(this.#heartbeat);
    for (const feed of [...this.#feeds.values()]) {
      for (const w of feed.watchers) w.end();
      this.#close(feed);
    }
  }

  #open(meetingId: number): Feed {
    const feed: Feed = {
      meetingId,
      watchers: new Set(),
      staff: new Set(),
      counts: null,
      ready: Promise.resolve(),
      ring: [],
      recount: new Coalescer(this.#options.windowMs, () => this.#recompute(feed, false)),
      progress: new Map(),
      recomputations: 0,
    };
    feed.ready = feed.recount.run(() => this.#recompute(feed, true));
    this.#feeds.set(meetingId, feed);
    return feed;
  }

  #close(feed: Feed): void {
    feed.recount.close();
    for (const p of feed.progress.values()) p.close();
    feed.progress.clear();
    this.#feeds.delete(feed.meetingId);
  }

  #onEvent(event: PlenumEvent): void {
    if (event.meetingId === undefined) return;
    const feed = this.#feeds.get(event.meetingId);
    if (!feed) return;
    if (event.type === VOTE_CAST) return this.#markProgress(feed, (event.data as { motionId: number }).motionId);
    if (event.type === MOTION_CLOSED) this.#stopProgress(feed, (event.data as { id: number }).id);
    const passedOn = PASSED_ON.some((prefix) => event.type.startsWith(prefix));
    if (!passedOn && event.type !== 'attendance.changed') return;
    if (passedOn) {
      const frame = { id: this.#nextId++, text: '' };
      frame.text = sseFrame(frame.id, event.type, event.data);
      feed.ring.push(frame);
      if (feed.ring.length > this.#options.ringSize) feed.ring.shift();
      this.#send(feed, frame.text);
    }
    // Motion and election events change no counts; meeting changes (a quorum rule, a stage) may.
    if (event.type === 'attendance.changed' || event.type.startsWith('meeting.')) feed.recount.mark();
  }

  /** A vote was cast on a motion: its progress frame goes out within the window. */
  #markProgress(feed: Feed, motionId: number): void {
    const count = this.#options.progress;
    // Counted only while someone who takes progress frames watches.
    if (!count || feed.staff.size === 0) return;
    let p = feed.progress.get(motionId);
    if (!p) {
      p = new Coalescer(this.#options.windowMs, async () => {
        try {
          const progress = await count(motionId);
          const id = this.#nextId++;
          this.#send(feed, sseFrame(id, MOTION_PROGRESS, progress), feed.staff);
        } catch (error) {
          this.#options.onError?.(error, feed.meetingId);
        }
      });
      feed.progress.set(motionId, p);
    }
    p.mark();
  }

  /** A closed motion's result says it all: no more progress frames for it. */
  #stopProgress(feed: Feed, motionId: number): void {
    feed.progress.get(motionId)?.close();
    feed.progress.delete(motionId);
  }

  async #recompute(feed: Feed, first: boolean): Promise<void> {
    feed.recomputations++;
    this.recomputations++;
    try {
      const counts = await this.#options.compute(feed.meetingId);
      const id = this.#nextId++;
      feed.counts = { id, text: sseFrame(id, 'counts', counts) };
      if (!first) this.#send(feed, feed.counts.text);
    } catch (error) {
      // The first computation's failure goes to the watcher that asked (a 404); a later one keeps
      // the last counts on screen until the next change tries again.
      if (first) throw error;
      this.#options.onError?.(error, feed.meetingId);
    }
  }

  #send(feed: Feed, text: string, to: Set<Watcher> = feed.watchers): void {
    for (const w of to) {
      if (w.writableLength > this.#options.maxBacklogBytes) {
        feed.watchers.delete(w);
        feed.staff.delete(w);
        w.end();
        continue;
      }
      w.write(text);
    }
  }

  #beat(): void {
    for (const feed of this.#feeds.values()) this.#send(feed, ': heartbeat\n\n');
  }
}

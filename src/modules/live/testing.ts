/**
 * Test helpers for live streams: a sitting with members to check in, and a Server-Sent Events
 * client over a real socket (a stream never ends, so Fastify's `inject` cannot read it).
 */
import http from 'node:http';
import { execute, SYSTEM, type Runtime } from '../../server/operation.js';
import { seedRegistry, type Seeded } from '../../server/testing.js';
import { createMeeting } from '../meetings/createMeeting.js';

export interface Sitting extends Seeded {
  meetingId: number;
  /** Every membership of the sitting, the seeded one first. */
  membershipIds: number[];
}

/** The seeded consultative conference with `members` members in all and one plenary meeting. */
export async function seedSitting(runtime: Runtime, members: number, title = '第二次全体会议'): Promise<Sitting> {
  const seeded = await seedRegistry(runtime);
  const { db } = runtime.store;
  const ids = [seeded.membershipId];
  for (let start = 1; start < members; start += 200) {
    const n = Math.min(200, members - start);
    const people = await db
      .insertInto('people')
      .values(Array.from({ length: n }, (_, i) => ({ body_id: seeded.bodyId, name: `委员${start + i}`, gender: null, ethnicity: null, birth: null, phone: null, id_number: null })))
      .returning('id')
      .execute();
    const rows = await db
      .insertInto('memberships')
      .values(people.map((p, i) => ({ body_id: seeded.bodyId, term_id: seeded.termId, person_id: p.id, group_id: seeded.groupId, key: `M${start + i}`, role: 'member', title: null, start_date: null, end_date: null, status: 'active' })))
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  const meeting = await execute(runtime, createMeeting, { sessionId: seeded.sessionId, kind: 'plenary', title, startsAt: '2026-01-10T09:00:00+08:00' }, SYSTEM);
  return { ...seeded, meetingId: meeting.id, membershipIds: ids };
}

/** Marks members present by inserting their rows directly, as a check-in would, and publishes nothing. */
export async function markPresent(runtime: Runtime, sitting: Sitting, membershipIds: number[], state: 'present' | 'leave' = 'present'): Promise<void> {
  for (let i = 0; i < membershipIds.length; i += 200) {
    await runtime.store.db
      .insertInto('attendance')
      .values(membershipIds.slice(i, i + 200).map((membershipId) => ({ body_id: sitting.bodyId, meeting_id: sitting.meetingId, membership_id: membershipId, state, method: 'staff', at: '2026-01-10T01:00:00.000Z', actor: 'test' })))
      .execute();
  }
}

export interface SseFrame {
  id: string | null;
  event: string;
  data: string;
}

export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Frames received so far, in order (comments and `retry:` lines are not frames). */
  frames: SseFrame[];
  /** Comment lines received (heartbeats). */
  comments: string[];
  /** Resolves with the first frame, received or still to come, that matches. */
  next(match: (f: SseFrame) => boolean): Promise<SseFrame>;
  /** The body, for a response that is not a stream. */
  text(): Promise<string>;
  close(): void;
}

/** Parses a Server-Sent Events body as the specification says (fields, `:` comments, blank line ends a frame). */
export function parseSse(buffer: string): { frames: SseFrame[]; comments: string[]; rest: string } {
  const frames: SseFrame[] = [];
  const comments: string[] = [];
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop()!;
  for (const block of blocks) {
    let id: string | null = null;
    let event = 'message';
    const data: string[] = [];
    let fields = 0;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) {
        comments.push(line.slice(1).trim());
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry') continue;
      else throw new Error(`Not an SSE field: ${JSON.stringify(line)}`);
      fields++;
    }
    if (fields > 0) frames.push({ id, event, data: data.join('\n') });
  }
  return { frames, comments, rest };
}

export function openSse(port: number, path: string, headers: Record<string, string> = {}): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      let body = '';
      const waiters: Array<{ match: (f: SseFrame) => boolean; resolve: (f: SseFrame) => void }> = [];
      const client: SseClient = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        frames: [],
        comments: [],
        next(match) {
          const seen = client.frames.find(match);
          if (seen) return Promise.resolve(seen);
          return new Promise((r) => waiters.push({ match, resolve: r }));
        },
        text: () => new Promise((r) => (res.complete ? r(body) : res.on('end', () => r(body)))),
        close: () => req.destroy(),
      };
      res.on('data', (chunk: string) => {
        body += chunk;
        const parsed = parseSse(buffer + chunk);
        buffer = parsed.rest;
        client.comments.push(...parsed.comments);
        for (const f of parsed.frames) {
          client.frames.push(f);
          for (const w of waiters.filter((x) => x.match(f))) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(f);
          }
        }
      });
      res.on('error', () => undefined);
      resolve(client);
    });
    req.on('error', reject);
  });
}

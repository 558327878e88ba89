/**
 * Loads the Yunzhou demo into an empty store through the operations a secretariat would use:
 * createBody, createTerm, createSession, createGroup, the roster load, createMeeting, then each
 * meeting's stages, agenda, presiding, rostrum and non-voting attendees. Every step is an audited operation
 * of its own; a store that already holds a body is refused.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { execute, SYSTEM, type Actor, type Runtime } from '../server/operation.js';
import { errors } from '../server/errors.js';
import { createBody } from '../modules/registry/createBody.js';
import { createTerm } from '../modules/registry/createTerm.js';
import { createSession } from '../modules/registry/createSession.js';
import { createGroup } from '../modules/registry/createGroup.js';
import { createMeeting } from '../modules/meetings/createMeeting.js';
import { addStage } from '../modules/meetings/addStage.js';
import { createMotion } from '../modules/voting/createMotion.js';
import { setAgenda } from '../modules/meetings/setAgenda.js';
import { setPresiding } from '../modules/meetings/setPresiding.js';
import { setRostrum } from '../modules/meetings/setRostrum.js';
import { addAttendee } from '../modules/meetings/addAttendee.js';
import { memberNoun, type BodyKind } from '../modules/registry/kinds.js';
import { DEFAULT_SEED, generateDemo, type DemoBodyPlan } from './generateDemo.js';
import type { DemoBodySpec, DemoMeetingSpec } from './yunzhou.js';
import { importRoster } from '../modules/registry/roster/importRoster.js';
import { loadProposals } from './proposals.js';

export interface DemoBodySummary {
  id: number;
  kind: BodyKind;
  name: string;
  term: { id: number; ordinal: number; name: string };
  /** Names as `presentSession` renders them. */
  session: { id: number; name: string; shortName: string; nameEn: string };
  groups: number;
  members: number;
  meetings: number;
}

export interface DemoSummary {
  seed: number;
  bodies: DemoBodySummary[];
}

/** True when the store holds no body yet: the only state the demo loads into. */
export async function isStoreEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('bodies').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * @example
 *   const summary = await loadDemo(runtime);
 *   console.log(describeDemo(summary));
 */
export async function loadDemo(runtime: Runtime, actor: Actor = SYSTEM, options: { seed?: number } = {}): Promise<DemoSummary> {
  const count = await runtime.store.db.selectFrom('bodies').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(count.n) > 0) {
    throw errors.conflict('store_not_empty', {
      'zh-CN': `存储中已有 ${count.n} 个机构；演示数据只载入空存储`,
      en: `The store already holds ${count.n} bod${Number(count.n) === 1 ? 'y' : 'ies'}; demo data loads into an empty store only`,
    });
  }
  const plan = generateDemo(options.seed ?? DEFAULT_SEED);
  const bodies: DemoBodySummary[] = [];
  for (const body of plan.bodies) bodies.push(await loadBody(runtime, actor, body));
  // Sittings last: a congress's meeting may seat the consultative conference's members.
  const termOf = new Map(bodies.map((b) => [b.kind, b.term.id]));
  for (const [i, body] of plan.bodies.entries()) await loadSittings(runtime, actor, body, bodies[i]!, termOf);
  const cppcc = bodies.find((b) => b.kind === 'cppcc');
  const congress = bodies.find((b) => b.kind === 'people-congress');
  if (cppcc && congress) await loadProposals(runtime, actor, cppcc, congress);
  return { seed: plan.seed, bodies };
}

async function loadBody(runtime: Runtime, actor: Actor, { spec, rows }: DemoBodyPlan): Promise<DemoBodySummary> {
  const body = await execute(runtime, createBody, { kind: spec.kind, level: spec.level, name: spec.name, nameEn: spec.nameEn, region: spec.region, regionEn: spec.regionEn }, actor);
  const term = await execute(runtime, createTerm, { bodyId: body.id, ordinal: spec.term.ordinal, startDate: spec.term.startDate }, actor);
  const session = await execute(runtime, createSession, { termId: term.id, ordinal: spec.session.ordinal, startDate: spec.session.startDate, endDate: spec.session.endDate }, actor);
  // Groups first, so their sort order is the protocol order rather than the order rows name them.
  for (const [i, group] of spec.groups.entries()) {
    await execute(runtime, createGroup, { bodyId: body.id, kind: spec.groupKind, name: group.name, sortOrder: i + 1 }, actor);
  }
  const roster = await execute(runtime, importRoster, { termId: term.id, rows }, actor);
  for (const { kind, title, startsAt, venue } of spec.meetings) {
    await execute(runtime, createMeeting, { sessionId: session.id, kind, title, startsAt, venue }, actor);
  }
  return {
    id: body.id,
    kind: spec.kind,
    name: body.name,
    term: { id: term.id, ordinal: term.ordinal, name: term.name },
    session: { id: session.id, name: session.name, shortName: session.shortName, nameEn: session.nameEn },
    groups: spec.groups.length + roster.groupsCreated,
    members: roster.total,
    meetings: spec.meetings.length,
  };
}

/** Each office's holder, by the office's place in `spec.offices`: the roster row the generator gave it. */
async function officeHolders(runtime: Runtime, { spec, rows }: DemoBodyPlan, termId: number): Promise<Array<{ membershipId: number; name: string; title: string }>> {
  const holders = [];
  for (const [i, office] of spec.offices.entries()) {
    const before = spec.offices.slice(0, i).filter((o) => o.group === office.group).length;
    const row = rows.filter((r) => r.group === office.group)[before]!;
    const m = await runtime.store.db.selectFrom('memberships').select('id').where('term_id', '=', termId).where('key', '=', row.key).executeTakeFirstOrThrow();
    holders.push({ membershipId: m.id, name: row.name, title: office.title });
  }
  return holders;
}

/** Each meeting's stages, agenda, presiding and non-voting attendees, through the meetings operations. */
async function loadSittings(runtime: Runtime, actor: Actor, plan: DemoBodyPlan, body: DemoBodySummary, termOf: Map<BodyKind, number>): Promise<void> {
  const holders = await officeHolders(runtime, plan, body.term.id);
  const meetings = await runtime.store.db.selectFrom('meetings').select(['id', 'ordinal']).where('session_id', '=', body.session.id).orderBy('ordinal').execute();
  for (const [i, spec] of plan.spec.meetings.entries()) {
    await loadMeeting(runtime, actor, meetings[i]!.id, spec, plan.spec, holders, termOf);
  }
}

async function loadMeeting(
  runtime: Runtime,
  actor: Actor,
  meetingId: number,
  spec: DemoMeetingSpec,
  body: DemoBodySpec,
  holders: Array<{ membershipId: number; name: string; title: string }>,
  termOf: Map<BodyKind, number>,
): Promise<void> {
  const stageIds: number[] = [];
  for (const stage of spec.stages ?? []) stageIds.push((await execute(runtime, addStage, { meetingId, ...stage }, actor)).id);
  const stage = (place: number | undefined) => (place === undefined ? {} : { stageId: stageIds[place - 1]! });
  const items = spec.agenda.map((a) => ({
    kind: a.kind,
    title: a.title,
    ...(a.speaker === undefined ? {} : { speaker: typeof a.speaker === 'string' ? a.speaker : `${holders[a.speaker.office]!.title} ${holders[a.speaker.office]!.name}` }),
    ...stage(a.stage),
  }));
  const { agenda } = await execute(runtime, setAgenda, { meetingId, items }, actor);
  // Each vote on the agenda gets its motion, in draft, for the secretariat to open at the sitting.
  for (const item of agenda.filter((a) => a.kind === 'vote')) {
    await execute(runtime, createMotion, { meetingId, agendaItemId: item.id, title: item.title.replace(/^(表决|通过)/, ''), kind: 'recorded' }, actor);
  }
  const p = spec.presiding;
  const holder = (office: number) => holders[office]!.membershipId;
  await execute(
    runtime,
    setPresiding,
    { meetingId, presider: holder(p.presider), executiveChairs: p.executiveChairs.map(holder), ...(p.standingChair === undefined ? {} : { standingChair: holder(p.standingChair) }) },
    actor,
  );
  if (spec.rostrum) {
    const rows = spec.rostrum.map((row) => row.map((seat) => (typeof seat === 'number' ? { membershipId: holder(seat) } : seat)));
    await execute(runtime, setRostrum, { meetingId, rows }, actor);
  }
  for (const a of spec.attendees ?? []) {
    const where = { meetingId, ...stage(a.stage), role: a.role };
    if (a.kind === 'person') {
      await execute(runtime, addAttendee, { ...where, kind: 'person', name: a.name, ...(a.title ? { title: a.title } : {}), ...(a.count ? { count: a.count } : {}) }, actor);
    } else {
      const termId = termOf.get(a.body);
      if (termId === undefined) throw new Error(`The demo's ${body.name} seats the members of a ${a.body} body it does not load`);
      await execute(runtime, addAttendee, { ...where, kind: 'term', termId }, actor);
    }
  }
}

/** One line naming what was loaded: `Demo loaded: 中国人民政治协商会议云州市第十三届委员会第三次会议 (446 members), …`. */
export function describeDemo(summary: DemoSummary): string {
  return `Demo loaded: ${summary.bodies.map((b) => `${b.session.name} (${b.members} ${memberNoun(b.kind).en})`).join(', ')}`;
}

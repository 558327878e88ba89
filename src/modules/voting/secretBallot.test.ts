import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeStores } from '../../store/testing.js';
import type { Store } from '../../store/store.js';
import { startTestApp } from '../../server/testing.js';
import { seedSitting } from '../live/testing.js';
import { unseal } from './idempotency.js';
import { markPresent, openedMotion, padTokens } from './testing.js';
import { RECEIPT_PATTERN } from './receipt.js';

type Row = Record<string, unknown>;

/** Every table of the store and its rows, as `select *` gives them: no order asked for. */
async function dump(store: Store): Promise<Map<string, Row[]>> {
  const names =
    store.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db)).rows.map((r) => r.name);
  const tables = new Map<string, Row[]>();
  for (const name of names) tables.set(name, (await sql<Row>`select * from ${sql.table(name)}`.execute(store.db)).rows);
  return tables;
}

async function columnsOf(store: Store, table: string): Promise<string[]> {
  if (store.dialect === 'sqlite') return (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(store.db)).rows.map((r) => r.name);
  return (await sql<{ name: string }>`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(store.db)).rows.map((r) => r.name);
}

const CHOICES = ['yes', 'no', 'abstain'] as const;

describeStores('secret motions', (stores) => {
  it('keeps THAT a member voted apart from WHAT: a dump of the whole store links no receipt or choice to a member', async () => {
    const store = await stores.open();
    const t = await startTestApp(store);
    const s = await seedSitting(t.runtime, 40);
    const staff = await t.tokenFor('secretariat');
    const tokens = await padTokens(t.runtime, s.membershipIds);
    await markPresent(t.runtime, s, s.membershipIds.slice(0, 36));
    const id = await openedMotion(t, staff, s.meetingId, { title: '关于罢免的决定', kind: 'secret' });

    // 30 present members vote at once, each with their own Idempotency-Key.
    const voters = tokens.slice(0, 30).map((token, i) => ({ token, choice: CHOICES[i % 7 === 0 ? 2 : i % 3 === 0 ? 1 : 0], key: randomUUID() }));
    const answers = await Promise.all(voters.map((v) => t.call('POST', `/api/motions/${id}/votes`, { token: v.token, body: { choice: v.choice }, headers: { 'idempotency-key': v.key } })));
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(201));
    for (const a of answers) expect(Object.keys(a.body)).toEqual(['motionId', 'receipt']);
    const receipts = answers.map((a) => a.body.receipt as string);
    for (const r of receipts) expect(r).toMatch(new RegExp(RECEIPT_PATTERN));
    expect(new Set(receipts).size).toBe(30);

    // A retry gets the same receipt; a second vote is refused; no change of vote is possible.
    const retry = await t.call('POST', `/api/motions/${id}/votes`, { token: voters[3]!.token, body: { choice: voters[3]!.choice }, headers: { 'idempotency-key': voters[3]!.key } });
    expect([retry.status, retry.body]).toEqual([201, { motionId: id, receipt: receipts[3] }]);
    const again = await t.call('POST', `/api/motions/${id}/votes`, { token: voters[3]!.token, body: { choice: 'no' } });
    expect([again.status, again.body.error]).toEqual([409, 'already_voted']);

    const early = await t.call('GET', `/api/motions/${id}/receipts`, { token: staff });
    expect([early.status, early.body.error]).toEqual([409, 'motion_not_closed']);
    const closed = await t.call('POST', `/api/motions/${id}/close`, { token: staff, body: {} });
    const yes = voters.filter((v) => v.choice === 'yes').length;
    const no = voters.filter((v) => v.choice === 'no').length;
    const abstain = voters.filter((v) => v.choice === 'abstain').length;
    expect([yes, no, abstain]).toEqual([17, 8, 5]);
    expect(closed.body.result).toMatchObject({ expected: 40, present: 36, yes: 17, no: 8, abstain: 5, notVoted: 6, required: 21, passed: false });
    const published = await t.call('GET', `/api/motions/${id}/receipts`, { token: await t.tokenFor('press') });
    expect(published.body).toEqual({ motionId: id, receipts: [...receipts].sort() });

    const tables = await dump(store);
    // The two halves, with nothing more in them: no time, no member on a ballot, no autoincrement id.
    expect(await columnsOf(store, 'motion_ballots')).toEqual(['motion_id', 'receipt', 'choice']);
    expect(await columnsOf(store, 'motion_participations')).toEqual(['motion_id', 'membership_id', 'body_id']);
    expect(tables.get('motion_participations')).toHaveLength(30);
    const ballots = tables.get('motion_ballots')!;
    // Stored in receipt order: the dump's order carries nothing of the order votes came in.
    expect(ballots.map((b) => b.receipt)).toEqual([...receipts].sort());
    expect(ballots.map((b) => b.choice).sort()).toEqual(voters.map((v) => v.choice).sort());
    expect(tables.get('motion_votes')).toEqual([]);

    for (const [name, rows] of tables) {
      if (name === 'motion_ballots') continue;
      const columns = await columnsOf(store, name);
      // No other table holds a member together with anything of a vote.
      if (name !== 'motion_participations' && rows.length > 0 && columns.some((c) => c === 'membership_id' || c === 'person_id')) {
        expect(columns.filter((c) => c === 'choice' || c === 'receipt'), name).toEqual([]);
      }
      // No receipt anywhere but on its ballot, not even inside an audit payload or a stored answer.
      const text = JSON.stringify(rows);
      for (const r of receipts) expect(text.includes(r), `${name} holds receipt ${r}`).toBe(false);
    }

    const audit = tables.get('audit_log')!.filter((a) => a.operation === 'voting.castVote');
    expect(audit).toHaveLength(30);
    for (const a of audit) {
      const payload = JSON.parse(a.payload as string) as Record<string, unknown>;
      expect(Object.keys(payload).sort()).toEqual(['membershipId', 'motionId']);
    }
    const stored = tables.get('idempotency')!;
    expect(stored).toHaveLength(30);
    for (const row of stored) {
      const raw = Buffer.from(row.sealed as string, 'base64');
      for (const r of receipts) expect(raw.includes(r)).toBe(false);
      expect(raw.includes('receipt')).toBe(false);
    }
    if (store.dialect === 'postgres') {
      // A row's hidden xmin names the transaction that wrote it: a ballot's must not be its participation's.
      const ballotXmins = (await sql<{ x: string }>`select distinct xmin::text as x from motion_ballots where motion_id = ${id}`.execute(store.db)).rows.map((r) => r.x);
      const participationXmins = (await sql<{ x: string }>`select distinct xmin::text as x from motion_participations where motion_id = ${id}`.execute(store.db)).rows.map((r) => r.x);
      expect(ballotXmins).toHaveLength(1);
      expect(participationXmins).not.toContain(ballotXmins[0]);
    }
    // Sealed, not scrambled: the client's key opens its own answer.
    const opened = stored.flatMap((row) => {
      try {
        return [unseal(voters[3]!.key, row.sealed as string)];
      } catch {
        return [];
      }
    });
    expect(opened).toEqual([{ status: 201, body: { motionId: id, receipt: receipts[3] } }]);
  });

  it('refuses receipts of a recorded motion, and a member who is not present', async () => {
    const t = await startTestApp(await stores.open());
    const s = await seedSitting(t.runtime, 3);
    const staff = await t.tokenFor('secretariat');
    const tokens = await padTokens(t.runtime, s.membershipIds);
    await markPresent(t.runtime, s, s.membershipIds.slice(0, 2));
    const recorded = await openedMotion(t, staff, s.meetingId, { title: '决议', kind: 'recorded' });
    const res = await t.call('GET', `/api/motions/${recorded}/receipts`, { token: staff, headers: { 'accept-language': 'en' } });
    expect([res.status, res.body.error, res.body.message]).toEqual([422, 'motion_not_secret', `Motion ${recorded} is a recorded vote; it has no receipts`]);
    const secret = await openedMotion(t, staff, s.meetingId, { title: '选举', kind: 'secret' });
    const absent = await t.call('POST', `/api/motions/${secret}/votes`, { token: tokens[2]!, body: { choice: 'yes' } });
    expect([absent.status, absent.body.error]).toEqual([422, 'not_present']);
    expect(await t.store.db.selectFrom('motion_participations').selectAll().execute()).toEqual([]);
    expect(await t.store.db.selectFrom('motion_ballots').selectAll().execute()).toEqual([]);
  });
});

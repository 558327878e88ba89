/**
 * The open data exports of a real sitting: the congress's opening meeting, with presiding roles and
 * an agenda; three deputies check in at the desk and one is on leave; a recorded motion and a secret
 * one are voted on the pads and closed. The Popolo export validates against the published Popolo
 * schemas and the Akoma Ntoso record against the published Akoma Ntoso 3.0 XSD, and both carry exactly the stored
 * figures: counts equal the stored results, the roll call equals `meetingCounts`, the recorded
 * motion's voters are named and the secret motion's are not.
 */
import { expect, it } from 'vitest';
import { describeStores } from '../../../store/testing.js';
import { startTestApp, type TestApp } from '../../../server/testing.js';
import { seedSitting } from '../../meetings/testing.js';
import { padTokens } from '../../voting/testing.js';
import { meetingCounts } from '../../attendance/counts.js';
import { popoloValidator } from '../../../../test/schemas/popolo.js';
import { danglingRefs, parseXml, validateAkn, walk } from '../../../../test/schemas/akn.js';

const SCHEMA_OF = { persons: 'person', organizations: 'organization', memberships: 'membership', posts: 'post', events: 'event', motions: 'motion', vote_events: 'vote_event', votes: 'vote' } as const;

/** The sitting: presiding, agenda, check-ins, one on leave, a recorded and a secret motion closed. */
async function sitting(t: TestApp) {
  const s = await seedSitting(t.runtime);
  const { meetingId, sessionId, members: m } = s.congress;
  const desk = await t.tokenFor('secretariat');
  const call = async (method: 'POST' | 'PUT', url: string, body: unknown, token = desk, status = method === 'POST' ? 201 : 200) => {
    const res = await t.call(method, url, { token, body });
    expect(res.status, `${method} ${url}: ${res.text}`).toBe(status);
    return res.body;
  };
  await call('PUT', `/api/meetings/${meetingId}/presiding`, { presider: m['林晓东'], executiveChairs: [m['王雨桐'], m['陈立']] });
  const agenda = await call('PUT', `/api/meetings/${meetingId}/agenda`, {
    items: [
      { kind: 'report', title: '听取市人民代表大会常务委员会工作报告', speaker: '林晓东' },
      { kind: 'vote', title: '表决关于常务委员会工作报告的决议' },
      { kind: 'vote', title: '表决关于设立华侨委员会的决定' },
    ],
  });
  const items = agenda.agenda.map((i: { id: number }) => i.id) as number[];
  const present = [m['林晓东']!, m['王雨桐']!, m['陈立']!];
  for (const membershipId of present) await call('POST', `/api/meetings/${meetingId}/check-ins`, { membershipId });
  const leave = await call('POST', `/api/meetings/${meetingId}/leave-requests`, { membershipId: m['赵一鸣'], reason: '因公出差' });
  await call('POST', `/api/leave-requests/${leave.id}/decision`, { decision: 'approve' }, desk, 200);

  const [lin, wang, chen] = await padTokens(t.runtime, present);
  const vote = async (body: Record<string, unknown>, ballots: Array<[string, string]>) => {
    const { id } = await call('POST', `/api/meetings/${meetingId}/motions`, body);
    await call('POST', `/api/motions/${id}/open`, {}, desk, 200);
    for (const [token, choice] of ballots) await call('POST', `/api/motions/${id}/votes`, { choice }, token);
    return (await call('POST', `/api/motions/${id}/close`, {}, desk, 200)) as { id: number; result: Record<string, number | boolean> };
  };
  const recorded = await vote({ title: '关于常务委员会工作报告的决议', kind: 'recorded', agendaItemId: items[1] }, [[lin!, 'yes'], [wang!, 'no'], [chen!, 'abstain']]);
  const secret = await vote({ title: '关于设立华侨委员会的决定', kind: 'secret', agendaItemId: items[2] }, [[lin!, 'yes'], [wang!, 'yes'], [chen!, 'yes']]);
  return { s, meetingId, sessionId, members: m, recorded, secret };
}

describeStores('open data exports of a sitting', (stores) => {
  it('exports the session as Popolo JSON that the published schemas accept, with the stored figures and no secret voter', async () => {
    const t = await startTestApp(await stores.open());
    const { sessionId, members, recorded, secret, s } = await sitting(t);
    const press = await t.tokenFor('press');

    expect((await t.call('GET', `/api/sessions/${sessionId}/popolo.json`)).status).toBe(401);
    const missing = await t.call('GET', '/api/sessions/999999/popolo.json', { token: press });
    expect([missing.status, missing.body.error]).toEqual([404, 'session_not_found']);

    const res = await t.call('GET', `/api/sessions/${sessionId}/popolo.json`, { token: press });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const doc = res.body as Record<keyof typeof SCHEMA_OF, Array<Record<string, unknown>>>;
    expect(Object.keys(doc).sort()).toEqual(Object.keys(SCHEMA_OF).sort());

    const check = popoloValidator();
    for (const [key, schema] of Object.entries(SCHEMA_OF)) for (const record of doc[key as keyof typeof SCHEMA_OF]) expect(check(schema, record), `${key} ${JSON.stringify(record)}`).toEqual([]);

    // Persons: the five deputies of the term, each with an id, a name and nothing personal beyond the gender.
    expect(doc.persons).toHaveLength(5);
    for (const p of doc.persons) expect(Object.keys(p).every((k) => ['id', 'name', 'gender'].includes(k))).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/phone|id_number|birth|ethnicity/);

    // The body and its delegations, each delegation under the body.
    const body = `plenum:body/${s.congress.bodyId}`;
    expect(doc.organizations[0]).toMatchObject({ id: body, name: '云州市人民代表大会', classification: 'legislature' });
    expect(doc.organizations.slice(1).map((o) => [o.id, o.name, o.classification, o.parent_id]).sort()).toEqual([
      [`plenum:group/${s.congress.groupIds['云湖区代表团']}`, '云湖区代表团', 'delegation', body],
      [`plenum:group/${s.congress.groupIds['青山区代表团']}`, '青山区代表团', 'delegation', body],
    ].sort());

    // Memberships: each deputy in the body and in their delegation, and the presiding offices held.
    const lin = doc.memberships.filter((x) => x.person_id === doc.memberships.find((y) => y.id === `plenum:membership/${members['林晓东']}`)!.person_id);
    expect(lin.map((x) => [x.organization_id, x.role, x.post_id ?? null])).toEqual([
      [body, 'chair', null],
      [`plenum:group/${s.congress.groupIds['青山区代表团']}`, 'member', null],
      [body, 'presider', `plenum:post/meeting/${s.congress.meetingId}/presider`],
    ]);
    expect(doc.posts.map((p) => p.role)).toEqual(['presider', 'executive chair']);

    // Events: term, session (under the term), the sitting (under the session) at its start in UTC.
    expect(doc.events.map((e) => [e.classification, e.parent_id ?? null])).toEqual([
      ['legislative period', null],
      ['legislative session', `plenum:term/${s.congress.termId}`],
      ['sitting', `plenum:session/${sessionId}`],
    ]);
    expect(doc.events[2]!.start_date).toBe('2025-01-09T01:00:00Z');

    // Vote events: the counts are the stored results, option by option.
    const counts = (r: Record<string, number | boolean>) => [
      { option: 'yes', value: r.yes },
      { option: 'no', value: r.no },
      { option: 'abstain', value: r.abstain },
      { option: 'not voting', value: r.notVoted },
      { option: 'absent', value: (r.expected as number) - (r.present as number) },
    ];
    const ve = (id: number) => doc.vote_events.find((v) => v.id === `plenum:vote-event/${id}`)!;
    expect(ve(recorded.id)).toMatchObject({ motion_id: `plenum:motion/${recorded.id}`, result: 'fail', classification: 'recorded', counts: counts(recorded.result) });
    expect(ve(secret.id)).toMatchObject({ motion_id: `plenum:motion/${secret.id}`, result: 'pass', classification: 'secret', counts: counts(secret.result) });
    expect(recorded.result).toMatchObject({ expected: 4, present: 3, yes: 1, no: 1, abstain: 1, notVoted: 0 });
    expect(secret.result).toMatchObject({ expected: 4, present: 3, yes: 3, no: 0, abstain: 0, notVoted: 0 });
    expect(doc.motions.find((x) => x.id === `plenum:motion/${recorded.id}`)).toMatchObject({ requirement: '全体代表的过半数', result: 'fail', classification: 'ordinary' });

    // Votes: the recorded motion's three, by person; none at all for the secret motion.
    const person = (name: string) => doc.persons.find((p) => p.name === name)!.id;
    expect(doc.votes).toEqual([
      { vote_event_id: `plenum:vote-event/${recorded.id}`, voter_id: person('林晓东'), option: 'yes' },
      { vote_event_id: `plenum:vote-event/${recorded.id}`, voter_id: person('王雨桐'), option: 'no' },
      { vote_event_id: `plenum:vote-event/${recorded.id}`, voter_id: person('陈立'), option: 'abstain' },
    ]);
    expect(doc.votes.filter((v) => v.vote_event_id === `plenum:vote-event/${secret.id}`)).toEqual([]);
  });

  it('exports the sitting as an Akoma Ntoso debate record: roll call as meetingCounts, votes as stored, no secret voter', async () => {
    const t = await startTestApp(await stores.open());
    const { meetingId, recorded, secret } = await sitting(t);
    const press = await t.tokenFor('press');
    // Non-voting attendees, and a motion of no agenda item still in draft: neither is counted in the figures.
    const desk = await t.tokenFor('secretariat');
    expect((await t.call('POST', `/api/meetings/${meetingId}/attendees`, { token: desk, body: { role: 'nonvoting', kind: 'person', name: '市人民政府组成人员', count: 12 } })).status).toBe(201);
    const draft = await t.call('POST', `/api/meetings/${meetingId}/motions`, { token: desk, body: { title: '关于临时动议的决定', kind: 'recorded' } });
    expect(draft.status).toBe(201);

    expect((await t.call('GET', `/api/meetings/${meetingId}/akn.xml`)).status).toBe(401);
    const missing = await t.call('GET', '/api/meetings/999999/akn.xml', { token: press });
    expect([missing.status, missing.body.error]).toEqual([404, 'meeting_not_found']);

    const res = await t.call('GET', `/api/meetings/${meetingId}/akn.xml`, { token: press });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/akn+xml; charset=utf-8');
    const xml = res.text;
    const verdict = validateAkn(xml);
    if ('skipped' in verdict) console.log(`Akoma Ntoso schema validation skipped: ${verdict.skipped}`);
    else expect(verdict, verdict.output).toMatchObject({ ok: true });
    expect(danglingRefs(xml)).toEqual([]);

    const nodes = [...walk(parseXml(xml))];
    const byEId = (id: string) => nodes.find((n) => n.attrs.eId === id)!;
    const counts = await meetingCounts(t.store.db, meetingId);
    expect(counts).toMatchObject({ expected: 4, present: 3, leave: 1, absent: 0 });

    // The roll call's quantities and the quorum verification are meetingCounts' figures.
    const rollCall = byEId('rollCall');
    const quantity = (concept: string) => [...walk(rollCall)].find((n) => n.name === 'quantity' && n.attrs.refersTo === `#${concept}`)!.attrs.normalized;
    for (const k of ['expected', 'present', 'leave', 'absent'] as const) {
      expect(Number(quantity(k))).toBe(counts[k]);
      expect(Number(byEId(`quorumVerification_${k}`).attrs.value)).toBe(counts[k]);
    }
    expect(byEId('quorumVerification_required').attrs.value).toBe(String(counts.quorum.required));
    expect(byEId('quorumVerification').attrs.outcome).toBe(counts.quorum.met ? '#quorumMet' : '#quorumNotMet');

    // Each vote's counts are the stored result; the recorded one names its voters, the secret one nobody.
    for (const m of [recorded, secret]) {
      for (const option of ['yes', 'no', 'abstain', 'notVoted'] as const) expect(Number(byEId(`vote_${m.id}_${option}`).attrs.value)).toBe(m.result[option]);
      expect(byEId(`vote_${m.id}_required`).attrs.value).toBe(String(m.result.required));
      expect(byEId(`vote_${m.id}`).attrs.outcome).toBe(m.result.passed ? '#adopted' : '#rejected');
    }
    const voters = (id: number, option: string) => byEId(`vote_${id}_${option}`).attrs.refersTo!.split(' ').slice(1);
    expect([voters(recorded.id, 'yes').length, voters(recorded.id, 'no').length, voters(recorded.id, 'abstain').length]).toEqual([1, 1, 1]);
    for (const option of ['yes', 'no', 'abstain']) expect(voters(secret.id, option)).toEqual([]);
    const votes = nodes.filter((n) => n.name === 'vote');
    expect(votes.map((v) => [v.text, v.attrs.choice])).toEqual([
      ['林晓东', `#vote_${recorded.id}_yes`],
      ['王雨桐', `#vote_${recorded.id}_no`],
      ['陈立', `#vote_${recorded.id}_abstain`],
    ]);

    // One section per agenda item, the votes in their items, the draft motion in a section of its own
    // without a voting element; the non-voting attendees on their own line; the presiding named.
    expect(nodes.filter((n) => n.name === 'debateSection').map((n) => n.attrs.name)).toEqual(['report', 'vote', 'vote', 'votes']);
    expect(nodes.filter((n) => n.name === 'voting').map((n) => n.attrs.eId)).toEqual([`vote_${recorded.id}`, `vote_${secret.id}`]);
    expect(quantity('attendees')).toBe('12');
    expect(nodes.filter((n) => n.name === 'person').map((n) => [n.text, n.attrs.as])).toEqual([
      ['林晓东', '#presider'],
      ['王雨桐', '#executive-chair'],
      ['陈立', '#executive-chair'],
    ]);
  });
});

import { expect, it } from 'vitest';
import { describeStores } from '../store/testing.js';
import type { Store } from '../store/store.js';
import { EventBus } from '../server/events.js';
import { execute, SYSTEM, type Runtime } from '../server/operation.js';
import { createBody } from '../modules/registry/createBody.js';
import { listMembers } from '../modules/registry/queries.js';
import { verifyChain } from '../modules/audit/verifyChain.js';
import { describeDemo, isStoreEmpty, loadDemo } from './loadDemo.js';
import { generateDemo } from './generateDemo.js';
import { meetingDetail } from '../modules/meetings/meetingDetail.js';

const runtimeOf = (store: Store): Runtime => ({ store, events: new EventBus() });

describeStores('loadDemo', (stores) => {
  it('loads both bodies, their rosters and meetings into an empty store', async () => {
    const store = await stores.open();
    const runtime = runtimeOf(store);
    expect(await isStoreEmpty(store.db)).toBe(true);

    const summary = await loadDemo(runtime);
    expect(await isStoreEmpty(store.db)).toBe(false);
    const [cppcc, congress] = summary.bodies;
    expect(summary).toEqual({
      seed: 20250108,
      bodies: [
        {
          id: cppcc!.id,
          kind: 'cppcc',
          name: '中国人民政治协商会议云州市委员会',
          term: { id: cppcc!.term.id, ordinal: 13, name: '第十三届' },
          session: { id: cppcc!.session.id, name: '中国人民政治协商会议云州市第十三届委员会第三次会议', shortName: '十三届政协三次会议', nameEn: 'Third Session of the 13th Yunzhou Committee of the CPPCC' },
          groups: 31,
          members: 446,
          meetings: 3,
        },
        {
          id: congress!.id,
          kind: 'people-congress',
          name: '云州市人民代表大会',
          term: { id: congress!.term.id, ordinal: 16, name: '第十六届' },
          session: { id: congress!.session.id, name: '云州市第十六届人民代表大会第三次会议', shortName: '十六届人大三次会议', nameEn: "Third Session of the 16th Yunzhou People's Congress" },
          groups: 11,
          members: 523,
          meetings: 6,
        },
      ],
    });
    expect(describeDemo(summary)).toBe('Demo loaded: 中国人民政治协商会议云州市第十三届委员会第三次会议 (446 members), 云州市第十六届人民代表大会第三次会议 (523 deputies)');

    const db = store.db;
    const perGroup = await db
      .selectFrom('groups')
      .leftJoin('memberships', 'memberships.group_id', 'groups.id')
      .select(['groups.body_id', 'groups.name', 'groups.kind', 'groups.sort_order', (eb) => eb.fn.count<number>('memberships.id').as('n')])
      .groupBy(['groups.id', 'groups.body_id', 'groups.name', 'groups.kind', 'groups.sort_order'])
      .orderBy('groups.body_id')
      .orderBy('groups.sort_order')
      .execute();
    const plan = generateDemo();
    expect(perGroup.map((g) => [g.body_id, g.kind, g.sort_order, g.name, Number(g.n)])).toEqual(
      plan.bodies.flatMap((b, i) => b.spec.groups.map((g, j) => [summary.bodies[i]!.id, b.spec.groupKind, j + 1, g.name, g.size])),
    );
    expect(Number((await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(969);

    // What was stored is what was generated, row for row.
    for (const [i, body] of plan.bodies.entries()) {
      const { total, rows } = await listMembers(db, summary.bodies[i]!.term.id, { limit: 1000 });
      expect(total).toBe(body.rows.length);
      expect(rows.map((r) => ({ key: r.key, name: r.name, gender: r.gender, ethnicity: r.ethnicity, birth: r.birth, group: r.group_name, title: r.title, role: r.role, status: r.status }))).toEqual(body.rows);
    }

    const meetings = await db.selectFrom('meetings').select(['body_id', 'session_id', 'ordinal', 'kind', 'title', 'starts_at', 'venue']).orderBy('id').execute();
    expect(meetings.map((m) => [m.session_id, m.ordinal, m.kind, m.title, m.starts_at, m.venue])).toEqual([
      [cppcc!.session.id, 1, 'opening', '开幕会', '2025-01-08T14:30:00+08:00', '云州市人民会堂'],
      [cppcc!.session.id, 2, 'plenary', '第二次全体会议', '2025-01-09T09:00:00+08:00', '云州市人民会堂'],
      [cppcc!.session.id, 3, 'closing', '闭幕会', '2025-01-10T09:00:00+08:00', '云州市人民会堂'],
      [congress!.session.id, 1, 'plenary', '预备会议', '2025-01-08T16:00:00+08:00', '云州市人民会堂'],
      [congress!.session.id, 2, 'presidium', '主席团第一次会议', '2025-01-08T17:00:00+08:00', '云州市人民会堂第一会议室'],
      [congress!.session.id, 3, 'opening', '第一次全体会议', '2025-01-09T09:00:00+08:00', '云州市人民会堂'],
      [congress!.session.id, 4, 'plenary', '第二次全体会议', '2025-01-10T09:00:00+08:00', '云州市人民会堂'],
      [congress!.session.id, 5, 'plenary', '第三次全体会议', '2025-01-11T09:00:00+08:00', '云州市人民会堂'],
      [congress!.session.id, 6, 'closing', '闭幕会', '2025-01-12T09:00:00+08:00', '云州市人民会堂'],
    ]);

    // One audited operation per step: body, term, session, each group, the roster, each meeting.
    const audit = await db.selectFrom('audit_log').select(['operation', 'actor', 'body_id']).orderBy('seq').execute();
    const ops = audit.reduce((m, a) => m.set(a.operation, (m.get(a.operation) ?? 0) + 1), new Map<string, number>());
    expect(Object.fromEntries(ops)).toEqual({
      'registry.createBody': 2,
      'registry.createTerm': 2,
      'registry.createSession': 2,
      'registry.createGroup': 42,
      'registry.importRoster': 2,
      'meetings.createMeeting': 9,
      'meetings.addStage': 2,
      'meetings.setAgenda': 9,
      'meetings.setPresiding': 9,
      // Every sitting but the congress's preparatory meeting and its presidium meeting.
      'meetings.setRostrum': 7,
      'meetings.addAttendee': 9,
      // One draft motion per vote on the agendas (11 in the Yunzhou spec).
      'voting.createMotion': 11,
      // The proposals (src/demo/proposals.ts): 8 units, 12 proposals, a bill and 2 suggestions.
      'proposals.createHandlingUnit': 8,
      'proposals.submitProposal': 15,
      'proposals.reviewProposal': 10,
      'proposals.decideBill': 1,
      'proposals.assignProposal': 7,
      'proposals.replyAssignment': 3,
      'proposals.evaluateReply': 2,
    });
    expect(new Set(audit.map((a) => a.actor))).toEqual(new Set(['system']));
    expect(await verifyChain(db)).toEqual({ ok: true, entries: 152 });

    // The congress's second plenary: two stages, its standing chair and presider drawn from the
    // office holders, and the consultative conference's 446 members sitting in on stage 2 (列席).
    const officeHolder = (body: number, title: string) => plan.bodies[body]!.rows.find((r) => r.title === title)!;
    const [secondPlenary] = await db.selectFrom('meetings').select('id').where('session_id', '=', congress!.session.id).where('ordinal', '=', 4).execute();
    const detail = await meetingDetail(db, secondPlenary!.id, new Date());
    expect(detail.stages.map((st) => [st.ordinal, st.title, st.startsAt])).toEqual([
      [1, '第一阶段', '2025-01-10T09:00:00+08:00'],
      [2, '第二阶段', '2025-01-10T10:30:00+08:00'],
    ]);
    const [stage1, stage2] = detail.stages;
    expect(detail.agenda.map((a) => [a.ordinal, a.kind, a.title, a.speaker, a.stageId])).toEqual([
      [1, 'report', '听取和审议市人民代表大会常务委员会工作报告', `常委会主任 ${officeHolder(1, '常委会主任').name}`, stage1!.id],
      [2, 'report', '听取和审议市中级人民法院工作报告', '市中级人民法院院长', stage2!.id],
      [3, 'report', '听取和审议市人民检察院工作报告', '市人民检察院检察长', stage2!.id],
    ]);
    expect(detail.presiding).toHaveLength(1);
    expect(detail.presiding[0]!.standingChair).toMatchObject({ name: officeHolder(1, '常委会主任').name, title: '常委会主任', groupName: '青山区代表团' });
    expect(detail.presiding[0]!.presider).toMatchObject({ title: '常委会副主任', groupName: '云湖区代表团' });
    expect(detail.presiding[0]!.executiveChairs.map((c) => [c.title, c.groupName])).toEqual([
      ['常委会副主任', '云湖区代表团'],
      ['常委会副主任', '澜江区代表团'],
      ['常委会副主任', '东岚区代表团'],
    ]);
    expect(detail.attendees.map((a) => [a.stageId, a.role, a.kind, a.bodyName, a.termOrdinal, a.count])).toEqual([[stage2!.id, 'nonvoting', 'term', '中国人民政治协商会议云州市委员会', 13, 446]]);

    // Its rostrum: the standing committee's chair and vice-chairs in front, the rest behind.
    expect(detail.rostrum.map((r) => [r.row, r.people.map((p) => p.title)])).toEqual([
      [1, ['常委会主任', '常委会副主任', '常委会副主任', '常委会副主任']],
      [2, ['常委会副主任', '常委会副主任', '常委会副主任', '常委会秘书长']],
    ]);

    // The consultative conference's closing carries its political resolution to a vote.
    const [cppccClosing] = await db.selectFrom('meetings').select('id').where('session_id', '=', cppcc!.session.id).where('kind', '=', 'closing').execute();
    const closing = await meetingDetail(db, cppccClosing!.id, new Date());
    expect(closing.agenda.filter((a) => a.kind === 'vote').map((a) => a.title)).toContain('表决中国人民政治协商会议云州市第十三届委员会第三次会议政治决议');
    expect(closing.presiding[0]!.presider).toMatchObject({ name: officeHolder(0, '主席').name, title: '主席' });
    // The city's leaders sit in its front row beside the conference's chair and vice-chairs.
    expect(closing.rostrum[0]!.people.map((p) => [p.membershipId === null, p.title])).toEqual([
      [true, '中共云州市委书记'],
      [false, '主席'],
      [true, '云州市人民政府市长'],
      [false, '副主席'],
      [false, '副主席'],
    ]);
    // Each vote on an agenda has its motion in draft, for the secretariat to open at the sitting.
    const motions = await db.selectFrom('motions').select(['title', 'kind', 'status', 'agenda_item_id']).where('meeting_id', '=', cppccClosing!.id).orderBy('id').execute();
    expect(motions.map((m) => [m.title, m.kind, m.status])).toEqual(
      closing.agenda.filter((a) => a.kind === 'vote').map((a) => [a.title.replace(/^表决/, ''), 'recorded', 'draft']),
    );
    expect(motions.map((m) => m.agenda_item_id)).toEqual(closing.agenda.filter((a) => a.kind === 'vote').map((a) => a.id));

    // Proposals in every state a session shows.
    const proposals = await db.selectFrom('proposals').select(['session_id', 'kind', 'status']).orderBy('id').execute();
    expect(proposals.filter((p) => p.session_id === cppcc!.session.id).map((p) => p.status)).toEqual(['evaluated', 'handling', 'replied', 'handling', 'handling', 'filed', 'merged', 'declined', 'letter', 'opinion', 'submitted', 'submitted']);
    expect(proposals.filter((p) => p.session_id === congress!.session.id).map((p) => [p.kind, p.status])).toEqual([['bill', 'on-agenda'], ['suggestion', 'handling'], ['suggestion', 'handling']]);
  });

  it('refuses a store that already holds a body, and changes nothing', async () => {
    const store = await stores.open();
    const runtime = runtimeOf(store);
    await execute(runtime, createBody, { kind: 'generic', level: 'other', name: '云州大学学术委员会', nameEn: 'Yunzhou University Senate', region: '云州市', regionEn: 'Yunzhou' }, SYSTEM);
    await expect(loadDemo(runtime)).rejects.toMatchObject({
      status: 409,
      id: 'store_not_empty',
      messages: { 'zh-CN': '存储中已有 1 个机构；演示数据只载入空存储', en: 'The store already holds 1 body; demo data loads into an empty store only' },
    });
    expect(await store.db.selectFrom('bodies').select('name').execute()).toEqual([{ name: '云州大学学术委员会' }]);
    expect(await store.db.selectFrom('audit_log').select('operation').execute()).toEqual([{ operation: 'registry.createBody' }]);
  });
});

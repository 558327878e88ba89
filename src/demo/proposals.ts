/**
 * The demo's proposals: at the consultative conference a dozen proposals in every state a session
 * shows (awaiting review, filed, declined, merged, passed on as a letter or a public-opinion report,
 * in handling, replied, evaluated, re-handled), at the congress a bill on the agenda and two
 * suggestions. Handling units have no account (staff enter their replies); titles are made up.
 */
import { execute, type Actor, type Runtime } from '../server/operation.js';
import { submitProposal } from '../modules/proposals/submitProposal.js';
import { reviewProposal } from '../modules/proposals/reviewProposal.js';
import { decideBill } from '../modules/proposals/decideBill.js';
import { assignProposal } from '../modules/proposals/assignProposal.js';
import { replyAssignment } from '../modules/proposals/replyAssignment.js';
import { evaluateReply } from '../modules/proposals/evaluateReply.js';
import { createHandlingUnit } from '../modules/proposals/createHandlingUnit.js';
import type { DemoBodySummary } from './loadDemo.js';

type Source = { sourceKind: 'member' | 'joint'; signers: number[] } | { sourceKind: 'group'; groupId: number } | { sourceKind: 'organisation' | 'committee'; sourceName: string };

/** What happens to a demo proposal after it is submitted. */
type Fate =
  | { review: 'declined'; reason: 'outside-remit' | 'academic' | 'judicial-case' }
  | { review: 'merged'; into: number }
  | { review: 'letter' | 'opinion' }
  | { review: 'filed'; unit?: number; co?: number[]; reply?: string; rating?: 'satisfied' | 'basically-satisfied' | 'not-satisfied'; rehandle?: boolean }
  | null;

const CPPCC_UNITS = ['市发展和改革委员会', '市教育局', '市民政局', '市财政局', '市生态环境局', '市交通运输局'];
const CONGRESS_UNITS = ['市住房和城乡建设局', '市交通运输局'];

async function membersOf(runtime: Runtime, termId: number, count: number): Promise<number[]> {
  const rows = await runtime.store.db.selectFrom('memberships').select('id').where('term_id', '=', termId).where('status', '=', 'active').orderBy('key').limit(count).execute();
  return rows.map((r) => r.id);
}

async function units(runtime: Runtime, actor: Actor, bodyId: number, names: string[]): Promise<number[]> {
  const ids = [];
  for (const name of names) ids.push((await execute(runtime, createHandlingUnit, { bodyId, name }, actor)).id);
  return ids;
}

async function follow(runtime: Runtime, actor: Actor, id: number, fate: Fate, ids: number[], unitIds: number[]): Promise<void> {
  if (fate === null) return;
  if (fate.review === 'merged') {
    await execute(runtime, reviewProposal, { proposalId: id, outcome: 'merged', mergeInto: ids[fate.into]! }, actor);
    return;
  }
  if (fate.review === 'declined') {
    await execute(runtime, reviewProposal, { proposalId: id, outcome: 'declined', reason: fate.reason }, actor);
    return;
  }
  await execute(runtime, reviewProposal, { proposalId: id, outcome: fate.review }, actor);
  if (fate.review !== 'filed' || fate.unit === undefined) return;
  await handle(runtime, actor, id, fate, unitIds);
}

async function handle(runtime: Runtime, actor: Actor, id: number, fate: Extract<Fate, { review: 'filed' }>, unitIds: number[]): Promise<void> {
  const assigned = await execute(runtime, assignProposal, { proposalId: id, lead: unitIds[fate.unit!]!, coHandlers: (fate.co ?? []).map((u) => unitIds[u]!) }, actor);
  if (fate.reply === undefined) return;
  await execute(runtime, replyAssignment, { assignmentId: assigned.assignments[0]!.id, text: fate.reply }, actor);
  if (fate.rating === undefined) return;
  await execute(runtime, evaluateReply, { proposalId: id, rating: fate.rating, ...(fate.rehandle ? { rehandle: true, comment: '答复未提出具体措施，请重新办理' } : {}) }, actor);
}

export async function loadProposals(runtime: Runtime, actor: Actor, cppcc: DemoBodySummary, congress: DemoBodySummary): Promise<void> {
  const m = await membersOf(runtime, cppcc.term.id, 12);
  const sector = await runtime.store.db.selectFrom('groups').select('id').where('body_id', '=', cppcc.id).orderBy('sort_order').executeTakeFirstOrThrow();
  const unitIds = await units(runtime, actor, cppcc.id, CPPCC_UNITS);
  const own = (i: number): Source => ({ sourceKind: 'member', signers: [m[i]!] });
  const plan: Array<[string, string, string, Source, Fate]> = [
    ['关于加快发展社区嵌入式养老服务的提案', '社会建设', '建议在老旧小区配建社区养老服务站，推行助餐、助浴、助医服务。', own(0), { review: 'filed', unit: 2, co: [3], reply: '已将社区养老服务站建设列入今年民生实事项目，计划新建40个。', rating: 'satisfied' }],
    ['关于推进职业教育产教融合的提案', '社会建设', '建议建立校企合作激励机制，支持企业参与职业院校专业建设。', { sourceKind: 'joint', signers: [m[1]!, m[2]!, m[3]!] }, { review: 'filed', unit: 1, reply: '正在研究制定产教融合实施意见。', rating: 'not-satisfied', rehandle: true }],
    ['关于持续优化营商环境的提案', '经济建设', '建议深化“一网通办”，压减企业开办时间，清理涉企收费。', { sourceKind: 'group', groupId: sector.id }, { review: 'filed', unit: 0, co: [3], reply: '企业开办时间已压减至1个工作日。' }],
    ['关于支持民营企业科技创新的提案', '经济建设', '建议设立科技型中小企业创新券，支持企业建立研发机构。', { sourceKind: 'organisation', sourceName: '民建云州市委员会' }, { review: 'filed', unit: 0 }],
    ['关于加强云湖流域生态保护的提案', '生态文明建设', '建议建立流域上下游生态补偿机制，开展入河排污口整治。', { sourceKind: 'committee', sourceName: '人口资源环境委员会' }, { review: 'filed', unit: 4 }],
    ['关于推进生活垃圾分类的提案', '生态文明建设', '建议完善垃圾分类投放、收运和处理体系，加强宣传引导。', own(4), { review: 'filed' }],
    ['关于社区养老服务设施建设的提案', '社会建设', '建议统筹规划社区养老服务设施用地。', own(5), { review: 'merged', into: 0 }],
    ['关于某企业股权纠纷案件的提案', '其他', '反映某企业股东之间的股权纠纷，请求督促法院尽快审理。', own(6), { review: 'declined', reason: 'judicial-case' }],
    ['关于小区路灯维修的提案', '其他', '反映某小区路灯损坏多时未修。', own(7), { review: 'letter' }],
    ['关于群众反映就医排队时间长的提案', '社会建设', '反映部分医院门诊排队时间长，建议推广分时段预约。', own(8), { review: 'opinion' }],
    ['关于加强中小学生近视防控的提案', '社会建设', '建议保障学生每天户外活动时间，改善教室采光照明。', own(9), null],
    ['关于发展城市公共交通的提案', '经济建设', '建议优化公交线网，增开通勤快线。', { sourceKind: 'joint', signers: [m[10]!, m[11]!] }, null],
  ];
  const ids: number[] = [];
  for (const [title, category, body, source] of plan) ids.push((await execute(runtime, submitProposal, { sessionId: cppcc.session.id, kind: 'proposal', title, body, category, ...source }, actor)).id);
  for (const [i, [, , , , fate]] of plan.entries()) await follow(runtime, actor, ids[i]!, fate, ids, unitIds);

  const d = await membersOf(runtime, congress.term.id, 12);
  const congressUnits = await units(runtime, actor, congress.id, CONGRESS_UNITS);
  const bill = await execute(
    runtime,
    submitProposal,
    { sessionId: congress.session.id, kind: 'bill', title: '关于制定云州市湿地保护条例的议案', body: '建议市人大常委会将湿地保护条例列入立法计划。', category: '生态文明建设', sourceKind: 'joint', signers: d.slice(0, 10) },
    actor,
  );
  await execute(runtime, decideBill, { proposalId: bill.id, decision: 'on-agenda' }, actor);
  const suggestions: Array<[string, string, number]> = [
    ['关于加快老旧小区加装电梯的建议', '建议简化加装电梯审批程序，加大财政补助。', 0],
    ['关于增设至高新区公交线路的建议', '建议增设市区至高新区的公交线路。', 1],
  ];
  for (const [i, [title, body, unit]] of suggestions.entries()) {
    const s = await execute(runtime, submitProposal, { sessionId: congress.session.id, kind: 'suggestion', title, body, category: '社会建设', sourceKind: 'member', signers: [d[10 + i]!] }, actor);
    await execute(runtime, assignProposal, { proposalId: s.id, lead: congressUnits[unit]! }, actor);
  }
}

/**
 * 云州市 (Yunzhou), a fictional city, and its two assemblies as the demo sets them up: the
 * 13th committee of its consultative conference in its 3rd session, and its 16th people's
 * congress in its 3rd session. Every place and body here is invented; sector and delegation
 * sizes follow the shape of a real city's rosters and add up to 446 and 523.
 */
import type { BodyKind, BodyLevel, GroupKind, MeetingKind, MembershipRole } from '../modules/registry/kinds.js';
import type { AgendaKind, AttendeeRole } from '../modules/meetings/kinds.js';

export interface DemoGroupSpec {
  name: string;
  size: number;
  /** Standing-committee members (常务委员 / 常委会委员) among the group, besides its office holders. */
  standing: number;
  /** Share of women; 0.45 when not given. */
  femaleShare?: number;
  /** Share of members from an ethnic minority; 0.06 when not given. */
  minorityShare?: number;
}

/** An office held by a member of a group (主席, 副主席, ...), given in protocol order. */
export interface DemoOffice {
  group: string;
  role: MembershipRole;
  title: string;
}

/** An agenda item; the speaker is a text, or an office holder named by the office's place in `offices`. */
export interface DemoAgendaItem {
  kind: AgendaKind;
  title: string;
  speaker?: string | { office: number };
  /** 1-based place of the stage, when the meeting has stages. */
  stage?: number;
}

/** Presiding roles, each the office holder at a place in `offices` (protocol order). */
export interface DemoPresiding {
  presider: number;
  executiveChairs: number[];
  standingChair?: number;
}

/** A non-voting line: a person (or a line with a head count), or every member of the other demo body's term. */
export type DemoAttendee =
  | { role: AttendeeRole; kind: 'person'; name: string; title?: string; count?: number; stage?: number }
  | { role: AttendeeRole; kind: 'term'; body: BodyKind; stage?: number };

/** A rostrum seat: an office holder by the office's place in `offices`, or a leader by name and title. */
export type DemoRostrumSeat = number | { name: string; title: string };

export interface DemoMeetingSpec {
  kind: MeetingKind;
  title: string;
  startsAt: string;
  venue: string;
  stages?: Array<{ title: string; startsAt: string }>;
  agenda: DemoAgendaItem[];
  presiding: DemoPresiding;
  /** Rows from the front, each in protocol order. */
  rostrum?: DemoRostrumSeat[][];
  attendees?: DemoAttendee[];
}

export interface DemoBodySpec {
  kind: BodyKind;
  level: BodyLevel;
  name: string;
  nameEn: string;
  region: string;
  regionEn: string;
  term: { ordinal: number; startDate: string };
  session: { ordinal: number; startDate: string; endDate: string };
  groupKind: GroupKind;
  /** Member numbers read `ZX13-0001`: this prefix, a dash, four digits. */
  keyPrefix: string;
  /** In protocol order; the groups' sort order follows it. */
  groups: DemoGroupSpec[];
  offices: DemoOffice[];
  meetings: DemoMeetingSpec[];
}

const REGION = { region: '云州市', regionEn: 'Yunzhou' } as const;

/** The city's leaders who sit on both assemblies' rostrums without a seat in them (synthetic names). */
const SECRETARY = { name: '韩文博', title: '中共云州市委书记' };
const MAYOR = { name: '沈清和', title: '云州市人民政府市长' };
const HALL = '云州市人民会堂';

/** 界别: the parties, people's organisations and walks of life, in the order the conference lists them. */
const CPPCC_SECTORS: DemoGroupSpec[] = [
  { name: '中国共产党', size: 40, standing: 6, femaleShare: 0.35 },
  { name: '民革', size: 12, standing: 2 },
  { name: '民盟', size: 16, standing: 2 },
  { name: '民建', size: 16, standing: 2 },
  { name: '民进', size: 14, standing: 2 },
  { name: '农工党', size: 14, standing: 2 },
  { name: '致公党', size: 8, standing: 1 },
  { name: '九三学社', size: 12, standing: 2 },
  { name: '台盟', size: 4, standing: 1 },
  { name: '无党派人士', size: 10, standing: 1 },
  { name: '共青团', size: 8, standing: 1 },
  { name: '工商联', size: 24, standing: 3, femaleShare: 0.3 },
  { name: '总工会', size: 10, standing: 1 },
  { name: '妇联', size: 10, standing: 1, femaleShare: 0.9 },
  { name: '科协', size: 8, standing: 1 },
  { name: '台联', size: 4, standing: 1 },
  { name: '侨联', size: 8, standing: 1 },
  { name: '文化艺术', size: 20, standing: 2 },
  { name: '科学技术', size: 16, standing: 2 },
  { name: '社会科学', size: 10, standing: 1 },
  { name: '经济', size: 36, standing: 4 },
  { name: '农业', size: 20, standing: 2 },
  { name: '教育', size: 26, standing: 2, femaleShare: 0.55 },
  { name: '体育', size: 6, standing: 1 },
  { name: '新闻出版', size: 8, standing: 1 },
  { name: '医药卫生', size: 24, standing: 2, femaleShare: 0.5 },
  { name: '对外友好', size: 6, standing: 1 },
  { name: '社会福利和社会保障', size: 10, standing: 1 },
  { name: '少数民族', size: 8, standing: 1, minorityShare: 1 },
  { name: '宗教', size: 10, standing: 2, minorityShare: 0.3, femaleShare: 0.3 },
  { name: '特邀人士', size: 28, standing: 3 },
];

/** 代表团: the city's districts, counties and county-level city, then the garrison. */
const CONGRESS_DELEGATIONS: DemoGroupSpec[] = [
  { name: '青山区代表团', size: 62, standing: 4 },
  { name: '云湖区代表团', size: 58, standing: 4 },
  { name: '澜江区代表团', size: 55, standing: 3 },
  { name: '东岚区代表团', size: 50, standing: 3 },
  { name: '南屿区代表团', size: 44, standing: 3 },
  { name: '云州高新区代表团', size: 28, standing: 2 },
  { name: '岚溪县代表团', size: 52, standing: 3 },
  { name: '鹤鸣县代表团', size: 48, standing: 3 },
  { name: '白鹭县代表团', size: 40, standing: 2 },
  { name: '云台市代表团', size: 66, standing: 4 },
  { name: '驻云部队代表团', size: 20, standing: 1, femaleShare: 0.1, minorityShare: 0.05 },
];

export const YUNZHOU: readonly DemoBodySpec[] = [
  {
    kind: 'cppcc',
    level: 'city',
    name: '中国人民政治协商会议云州市委员会',
    nameEn: "Yunzhou Municipal Committee of the Chinese People's Political Consultative Conference",
    ...REGION,
    term: { ordinal: 13, startDate: '2023-01-06' },
    session: { ordinal: 3, startDate: '2025-01-08', endDate: '2025-01-10' },
    groupKind: 'sector',
    keyPrefix: 'ZX13',
    groups: CPPCC_SECTORS,
    offices: [
      { group: '中国共产党', role: 'chair', title: '主席' },
      { group: '中国共产党', role: 'vice-chair', title: '副主席' },
      { group: '中国共产党', role: 'vice-chair', title: '副主席' },
      { group: '民革', role: 'vice-chair', title: '副主席' },
      { group: '民盟', role: 'vice-chair', title: '副主席' },
      { group: '民建', role: 'vice-chair', title: '副主席' },
      { group: '九三学社', role: 'vice-chair', title: '副主席' },
      { group: '工商联', role: 'vice-chair', title: '副主席' },
      { group: '无党派人士', role: 'vice-chair', title: '副主席' },
      { group: '中国共产党', role: 'secretary-general', title: '秘书长' },
    ],
    meetings: [
      {
        kind: 'opening',
        title: '开幕会',
        startsAt: '2025-01-08T14:30:00+08:00',
        venue: HALL,
        agenda: [
          { kind: 'report', title: '听取和审议政协云州市第十三届委员会常务委员会工作报告', speaker: { office: 0 } },
          { kind: 'report', title: '听取政协云州市第十三届委员会常务委员会关于十三届二次会议以来提案工作情况的报告', speaker: { office: 2 } },
        ],
        presiding: { presider: 1, executiveChairs: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
        rostrum: [[SECRETARY, 0, MAYOR, 1, 2], [3, 4, 5, 6, 7, 8, 9]],
        attendees: [
          { role: 'nonvoting', kind: 'person', name: '中共云州市委、市人大常委会、市人民政府、市监察委员会负责同志', count: 18 },
          { role: 'invited', kind: 'person', name: '方启明', title: '市政协原副主席' },
          { role: 'invited', kind: 'person', name: '许嘉禾', title: '云州大学原校长' },
        ],
      },
      {
        kind: 'plenary',
        title: '第二次全体会议',
        startsAt: '2025-01-09T09:00:00+08:00',
        venue: HALL,
        agenda: [
          { kind: 'speech', title: '大会发言：关于推进云州数字经济高质量发展的建议', speaker: '民建云州市委会' },
          { kind: 'speech', title: '大会发言：关于加强基层医疗卫生服务能力建设的建议', speaker: '农工党云州市委会' },
          { kind: 'speech', title: '大会发言：关于促进澜江流域生态保护的建议', speaker: '九三学社云州市委会' },
        ],
        presiding: { presider: 3, executiveChairs: [3, 4, 5, 6] },
        rostrum: [[0, 1, 2, 3, 4, 5, 6, 7, 8]],
      },
      {
        kind: 'closing',
        title: '闭幕会',
        startsAt: '2025-01-10T09:00:00+08:00',
        venue: HALL,
        agenda: [
          { kind: 'report', title: '听取提案审查委员会关于提案审查情况的报告', speaker: { office: 9 } },
          { kind: 'vote', title: '表决政协云州市第十三届委员会第三次会议关于常务委员会工作报告的决议' },
          { kind: 'vote', title: '表决政协云州市第十三届委员会第三次会议提案审查委员会关于提案审查情况的报告' },
          { kind: 'vote', title: '表决中国人民政治协商会议云州市第十三届委员会第三次会议政治决议' },
          { kind: 'speech', title: '闭幕讲话', speaker: { office: 0 } },
        ],
        presiding: { presider: 0, executiveChairs: [0, 1, 2, 6, 7, 8] },
        rostrum: [[SECRETARY, 0, MAYOR, 1, 2], [3, 4, 5, 6, 7, 8, 9]],
        attendees: [{ role: 'nonvoting', kind: 'person', name: '中共云州市委、市人大常委会、市人民政府、市监察委员会负责同志', count: 18 }],
      },
    ],
  },
  {
    kind: 'people-congress',
    level: 'city',
    name: '云州市人民代表大会',
    nameEn: "Yunzhou Municipal People's Congress",
    ...REGION,
    term: { ordinal: 16, startDate: '2023-01-07' },
    session: { ordinal: 3, startDate: '2025-01-08', endDate: '2025-01-12' },
    groupKind: 'delegation',
    keyPrefix: 'RD16',
    groups: CONGRESS_DELEGATIONS,
    offices: [
      { group: '青山区代表团', role: 'chair', title: '常委会主任' },
      { group: '云湖区代表团', role: 'vice-chair', title: '常委会副主任' },
      { group: '澜江区代表团', role: 'vice-chair', title: '常委会副主任' },
      { group: '东岚区代表团', role: 'vice-chair', title: '常委会副主任' },
      { group: '岚溪县代表团', role: 'vice-chair', title: '常委会副主任' },
      { group: '云台市代表团', role: 'vice-chair', title: '常委会副主任' },
      { group: '青山区代表团', role: 'vice-chair', title: '常委会副主任' },
      { group: '南屿区代表团', role: 'secretary-general', title: '常委会秘书长' },
    ],
    meetings: [
      {
        kind: 'plenary',
        title: '预备会议',
        startsAt: '2025-01-08T16:00:00+08:00',
        venue: HALL,
        agenda: [
          { kind: 'election', title: '选举大会主席团和秘书长' },
          { kind: 'vote', title: '通过云州市第十六届人民代表大会第三次会议议程' },
        ],
        presiding: { presider: 0, executiveChairs: [] },
      },
      {
        kind: 'presidium',
        title: '主席团第一次会议',
        startsAt: '2025-01-08T17:00:00+08:00',
        venue: `${HALL}第一会议室`,
        agenda: [
          { kind: 'election', title: '推选主席团常务主席' },
          { kind: 'other', title: '决定大会副秘书长' },
          { kind: 'other', title: '决定各次全体会议的执行主席' },
        ],
        presiding: { presider: 7, executiveChairs: [] },
      },
      {
        kind: 'opening',
        title: '第一次全体会议',
        startsAt: '2025-01-09T09:00:00+08:00',
        venue: HALL,
        agenda: [
          { kind: 'report', title: '听取和审议市人民政府工作报告', speaker: '市人民政府市长' },
          { kind: 'deliberation', title: '审查云州市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告' },
          { kind: 'deliberation', title: '审查云州市2024年预算执行情况与2025年预算草案的报告' },
        ],
        presiding: { standingChair: 0, presider: 0, executiveChairs: [0, 1, 2, 3, 4, 5, 6] },
        rostrum: [[SECRETARY, 0, MAYOR, 1, 2], [3, 4, 5, 6, 7]],
        attendees: [
          { role: 'nonvoting', kind: 'person', name: '市人民政府组成人员', count: 30 },
          { role: 'nonvoting', kind: 'person', name: '市监察委员会、市中级人民法院、市人民检察院负责同志', count: 6 },
          { role: 'invited', kind: 'person', name: '钟楚云', title: '市人大常委会原主任' },
        ],
      },
      {
        kind: 'plenary',
        title: '第二次全体会议',
        startsAt: '2025-01-10T09:00:00+08:00',
        venue: HALL,
        stages: [
          { title: '第一阶段', startsAt: '2025-01-10T09:00:00+08:00' },
          { title: '第二阶段', startsAt: '2025-01-10T10:30:00+08:00' },
        ],
        agenda: [
          { kind: 'report', title: '听取和审议市人民代表大会常务委员会工作报告', speaker: { office: 0 }, stage: 1 },
          { kind: 'report', title: '听取和审议市中级人民法院工作报告', speaker: '市中级人民法院院长', stage: 2 },
          { kind: 'report', title: '听取和审议市人民检察院工作报告', speaker: '市人民检察院检察长', stage: 2 },
        ],
        presiding: { standingChair: 0, presider: 1, executiveChairs: [1, 2, 3] },
        rostrum: [[0, 1, 2, 3], [4, 5, 6, 7]],
        attendees: [{ role: 'nonvoting', kind: 'term', body: 'cppcc', stage: 2 }],
      },
      {
        kind: 'plenary',
        title: '第三次全体会议',
        startsAt: '2025-01-11T09:00:00+08:00',
        venue: HALL,
        agenda: [
          { kind: 'election', title: '补选云州市人民代表大会常务委员会委员' },
          { kind: 'vote', title: '表决代表资格审查委员会关于个别代表的代表资格的报告' },
        ],
        presiding: { standingChair: 0, presider: 2, executiveChairs: [4, 5, 6] },
        rostrum: [[0, 2, 4, 5, 6], [1, 3, 7]],
      },
      {
        kind: 'closing',
        title: '闭幕会',
        startsAt: '2025-01-12T09:00:00+08:00',
        venue: HALL,
        agenda: [
          { kind: 'vote', title: '表决关于市人民政府工作报告的决议' },
          { kind: 'vote', title: '表决关于云州市2024年国民经济和社会发展计划执行情况与2025年计划的决议' },
          { kind: 'vote', title: '表决关于云州市2024年预算执行情况与2025年预算的决议' },
          { kind: 'vote', title: '表决关于市人民代表大会常务委员会工作报告的决议' },
          { kind: 'vote', title: '表决关于市中级人民法院工作报告的决议' },
          { kind: 'vote', title: '表决关于市人民检察院工作报告的决议' },
          { kind: 'speech', title: '闭幕讲话', speaker: { office: 0 } },
        ],
        presiding: { standingChair: 0, presider: 0, executiveChairs: [0, 1, 2, 3, 4, 5, 6] },
        rostrum: [[SECRETARY, 0, MAYOR, 1, 2], [3, 4, 5, 6, 7]],
        attendees: [{ role: 'nonvoting', kind: 'person', name: '市人民政府组成人员', count: 30 }],
      },
    ],
  },
];

/** What a standing-committee member's 职务 reads in each body. */
export const STANDING_TITLE: Partial<Record<BodyKind, string>> = {
  cppcc: '常务委员',
  'people-congress': '常委会委员',
};

/**
 * The app's words in zh-CN (first) and English: one small dictionary, no library. The language is
 * remembered per signed-in account (localStorage), and sent as Accept-Language so the server's
 * error messages come back in it too.
 */
import { createContext, useContext } from 'react';
import type { Lang } from '@server/server/errors.js';

export type { Lang };
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

const zh = {
  appName: 'Plenum 会议系统',
  home: '首页',
  pad: '代表委员终端',
  screen: '会场大屏',
  signIn: '登录',
  signOut: '退出登录',
  username: '用户名',
  password: '密码',
  signedInAs: '已登录',
  language: 'English',
  loading: '正在加载…',
  retry: '重试',
  notFound: '页面不存在',
  expected: '应到',
  present: '实到',
  leave: '请假',
  absent: '缺席',
  persons: '人',
  voting: '表决进行中',
  passed: '通过',
  failed: '未通过',
  notVoted: '未按表决器',
  votes: '票',
  noMotion: '',
  live: '实时更新',
  reconnecting: '连接中断，正在重连…',
  attendees: '列席',
  invited: '特邀',
  observer: '旁听',
  required: '请填写',
  padCode: '终端凭证',
  padCodeHint: '请打开凭证链接或扫描二维码；也可粘贴凭证代码。',
  meeting: '会议',
  noMeetings: '暂无会议',
  checkedIn: '已签到',
  onLeave: '请假',
  notCheckedIn: '未签到',
  checkIn: '签到',
  checkInClosed: '本次会议未开放终端签到，请到签到处签到。',
  askLeave: '请假',
  leaveReason: '请假事由',
  leavePending: '请假申请待批准',
  leaveRejected: '请假申请未获批准',
  submit: '提交',
  cancel: '取消',
  confirmVote: '确认投票',
  confirmVoteText: '您的选择：',
  voted: '已投票',
  yourChoice: '您的选择：',
  changeVote: '改票',
  votedSecret: '您已投票。回执码只在投票时显示一次。',
  receipt: '回执码',
  receiptHint: '请记下回执码，可用于核对您的选票已计入。',
  noOpenMotion: '当前没有进行中的表决',
  result: '表决结果',
} as const;

type Words = Record<keyof typeof zh, string>;

const en: Words = {
  appName: 'Plenum',
  home: 'Home',
  pad: 'Member pad',
  screen: 'Hall screen',
  signIn: 'Sign in',
  signOut: 'Sign out',
  username: 'Username',
  password: 'Password',
  signedInAs: 'Signed in as',
  language: '中文',
  loading: 'Loading…',
  retry: 'Retry',
  notFound: 'No such page',
  expected: 'Expected',
  present: 'Present',
  leave: 'On leave',
  absent: 'Absent',
  persons: '',
  voting: 'Voting in progress',
  passed: 'Adopted',
  failed: 'Not adopted',
  notVoted: 'Did not vote',
  votes: '',
  noMotion: '',
  live: 'Live',
  reconnecting: 'Connection lost, reconnecting…',
  attendees: 'Non-voting',
  invited: 'Invited',
  observer: 'Observers',
  required: 'Required',
  padCode: 'Pad credential',
  padCodeHint: 'Open your credential link or scan its QR code, or paste the credential code.',
  meeting: 'Meeting',
  noMeetings: 'No meetings',
  checkedIn: 'Checked in',
  onLeave: 'On leave',
  notCheckedIn: 'Not checked in',
  checkIn: 'Check in',
  checkInClosed: 'This meeting has no check-in on the pad: please check in at the desk.',
  askLeave: 'Ask for leave',
  leaveReason: 'Reason',
  leavePending: 'Leave request pending',
  leaveRejected: 'Leave request rejected',
  submit: 'Submit',
  cancel: 'Cancel',
  confirmVote: 'Confirm your vote',
  confirmVoteText: 'Your choice: ',
  voted: 'Vote recorded',
  yourChoice: 'Your choice: ',
  changeVote: 'Change my vote',
  votedSecret: 'You have voted. The receipt code is shown once only, when you vote.',
  receipt: 'Receipt code',
  receiptHint: 'Keep this receipt code: it lets you check your ballot was counted.',
  noOpenMotion: 'No vote in progress',
  result: 'Result',
};

export type WordKey = keyof typeof zh;
export const DICTIONARY: Record<Lang, Words> = { 'zh-CN': zh, en };

export function translate(lang: Lang, key: WordKey): string {
  return DICTIONARY[lang][key];
}

const LANG_KEY = 'plenum.lang';

/** The language remembered for this account (or for nobody signed in); zh-CN by default. */
export function storedLang(username: string | null): Lang {
  const v = localStorage.getItem(username ? `${LANG_KEY}.${username}` : LANG_KEY);
  return v === 'en' ? 'en' : 'zh-CN';
}

export function storeLang(username: string | null, lang: Lang): void {
  localStorage.setItem(username ? `${LANG_KEY}.${username}` : LANG_KEY, lang);
}

export interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

export const LangContext = createContext<LangState>({ lang: 'zh-CN', setLang: () => undefined });

/** The current language and a translator for it. */
export function useT() {
  const { lang, setLang } = useContext(LangContext);
  return { lang, setLang, t: (key: WordKey) => translate(lang, key) };
}

/** A part of the app's own words, in both languages (each console section keeps its own `words.ts`). */
export type WordSet<K extends string> = Record<Lang, Record<K, string>>;

/**
 * A hook for a part's own words: `const { w, lang } = useWords()` with `w('key')`, or
 * `w('key', { n: 3 })` to fill `{n}` in the sentence.
 */
export function defineWords<K extends string>(words: WordSet<K>) {
  return function useWords() {
    const { lang, setLang } = useContext(LangContext);
    return { lang, setLang, w: (key: K, vars?: Record<string, string | number>) => fill(words[lang][key], vars) };
  };
}

/** `{name}` in `template` replaced by `vars.name`. */
export function fill(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

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
  console: '秘书处控制台',
  pad: '代表委员终端',
  screen: '会场大屏',
  apiDocs: '接口文档',
  signIn: '登录',
  signOut: '退出登录',
  username: '用户名',
  password: '密码',
  signedInAs: '已登录',
  language: 'English',
  loading: '正在加载…',
  retry: '重试',
  notFound: '页面不存在',
  comingSoon: '此页面将在后续版本提供。',
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
  screenHint: '大屏地址：/screen/会议编号',
  required: '请填写',
} as const;

type Words = Record<keyof typeof zh, string>;

const en: Words = {
  appName: 'Plenum',
  home: 'Home',
  console: 'Secretariat console',
  pad: 'Member pad',
  screen: 'Hall screen',
  apiDocs: 'API documentation',
  signIn: 'Sign in',
  signOut: 'Sign out',
  username: 'Username',
  password: 'Password',
  signedInAs: 'Signed in as',
  language: '中文',
  loading: 'Loading…',
  retry: 'Retry',
  notFound: 'No such page',
  comingSoon: 'This page comes in a later version.',
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
  screenHint: 'Screen address: /screen/<meeting id>',
  required: 'Required',
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

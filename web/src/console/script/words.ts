import { defineWords } from '../../shared/i18n.js';

/** The presiding script section's words. */
export const useScriptWords = defineWords({
  'zh-CN': {
    print: '打印主持词',
    reread: '重新读取',
    live: '人数实时更新',
    reconnecting: '连接中断，正在重连…',
    connecting: '正在连接…',
    stopped: '已停止更新',
    liveNote: '出席人数随签到实时更新；表决结束后自动填入表决结果。',
    bigger: '放大字号',
    smaller: '缩小字号',
  },
  en: {
    print: 'Print the script',
    reread: 'Read again',
    live: 'Live figures',
    reconnecting: 'Connection lost, reconnecting…',
    connecting: 'Connecting…',
    stopped: 'Updates stopped',
    liveNote: 'Attendance follows check-in live; each vote’s result is filled in once it closes.',
    bigger: 'Larger type',
    smaller: 'Smaller type',
  },
});

/**
 * The hall board: one server-rendered page for a 1920×1080 screen, Chinese first, showing a
 * sitting's figures and quorum verdict, kept current by the meeting's stream (EventSource, which
 * reconnects by itself; the page opens a new one if the server refused the old one). No
 * framework: the figures are text nodes the script replaces, never HTML.
 */
import type { MeetingCounts } from '../attendance/counts.js';
import type { MotionPresented } from '../voting/presenters.js';
import { escapeHtml as escape } from '../../server/escapeHtml.js';

/** A value inside an inline script: JSON that cannot close the script element. */
const scriptValue = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The attendee line: "列席 12人", with invited guests and observers when there are any. */
export function attendeeLine(a: MeetingCounts['attendees']): string {
  const parts = [`列席 ${a.nonvoting}人`];
  if (a.invited > 0) parts.push(`特邀 ${a.invited}人`);
  if (a.observer > 0) parts.push(`旁听 ${a.observer}人`);
  return parts.join(' · ');
}

export interface BoardPage {
  title: string;
  counts: MeetingCounts;
  /** Where the page's EventSource connects, token included when the page was opened with one. */
  streamUrl: string;
  /** The meeting's latest closed motion, shown beside the figures until the next one opens or closes. */
  motion?: MotionPresented | null;
}

/** The motion panel's text: its title, its state, its figures and sentence once closed. */
export function motionLines(m: MotionPresented | null | undefined): { title: string; verdict: string; figures: string; sentence: string; state: string } {
  if (!m) return { title: '', verdict: '', figures: '', sentence: '', state: 'none' };
  if (m.status !== 'closed' || !m.result) return { title: m.title, verdict: '表决中', figures: '', sentence: '', state: 'open' };
  const r = m.result;
  return {
    title: m.title,
    verdict: r.passed ? '通过' : '未通过',
    figures: `${m.options.yes} ${r.yes} · ${m.options.no} ${r.no} · ${m.options.abstain} ${r.abstain} · 未按表决器 ${r.notVoted}`,
    sentence: r.sentence,
    state: r.passed ? 'passed' : 'failed',
  };
}

export function renderBoard({ title, counts, streamUrl, motion }: BoardPage): string {
  const q = counts.quorum;
  const ml = motionLines(motion);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · 实时人数</title>
<style>
html,body{margin:0;height:100%;background:#7f0000;color:#fff;font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",system-ui,sans-serif}
main{box-sizing:border-box;height:100%;padding:4vh 4vw;display:flex;flex-direction:column;justify-content:space-between;background:radial-gradient(circle at 50% 0,#b71c1c,#7f0000 70%)}
h1{margin:0;text-align:center;font-size:5.2vh;font-weight:700;letter-spacing:.1em;color:#ffd54f}
.figures{display:grid;grid-template-columns:repeat(4,1fr);gap:2vw}
.figure{background:rgba(0,0,0,.25);border-radius:2vh;padding:3vh 1vw;text-align:center}
.figure .label{font-size:5vh;color:#ffe082}
.figure .value{font-size:16vh;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
.figure .unit{font-size:4vh;margin-left:.3em}
.verdict{text-align:center;font-size:5vh;font-weight:700;padding:2.5vh 2vw;border-radius:2vh}
.verdict.met{background:#1b5e20;color:#e8f5e9}
.verdict.unmet{background:#d50000;color:#fff}
.attendees{text-align:center;font-size:4.5vh;color:#ffe082}
.motion{background:rgba(0,0,0,.3);border-radius:2vh;padding:2vh 2vw;text-align:center}
.motion.none{display:none}
.motion .mtitle{font-size:4.5vh;color:#ffd54f}
.motion .mverdict{font-size:7vh;font-weight:700}
.motion.passed .mverdict{color:#a5d6a7}
.motion.failed .mverdict{color:#ff8a80}
.motion .mfigures{font-size:4vh;font-variant-numeric:tabular-nums}
.motion .msentence{font-size:3.5vh;color:#ffe082}
.status{position:fixed;right:1.5vw;bottom:1vh;font-size:2vh;color:rgba(255,255,255,.6)}
</style></head>
<body><main>
<h1 id="title">${escape(title)}</h1>
<section class="figures">
<div class="figure"><div class="label">应到</div><div class="value"><span id="expected">${counts.expected}</span><span class="unit">人</span></div></div>
<div class="figure"><div class="label">实到</div><div class="value"><span id="present">${counts.present}</span><span class="unit">人</span></div></div>
<div class="figure"><div class="label">请假</div><div class="value"><span id="leave">${counts.leave}</span><span class="unit">人</span></div></div>
<div class="figure"><div class="label">缺席</div><div class="value"><span id="absent">${counts.absent}</span><span class="unit">人</span></div></div>
</section>
<div id="verdict" class="verdict ${q.met ? 'met' : 'unmet'}">${escape(q.sentence)}</div>
<div id="attendees" class="attendees">${escape(attendeeLine(counts.attendees))}</div>
<section id="motion" class="motion ${ml.state}">
<div id="motion-title" class="mtitle">${escape(ml.title)}</div>
<div id="motion-verdict" class="mverdict">${escape(ml.verdict)}</div>
<div id="motion-figures" class="mfigures">${escape(ml.figures)}</div>
<div id="motion-sentence" class="msentence">${escape(ml.sentence)}</div>
</section>
</main>
<div id="status" class="status">实时更新 Live</div>
<script>
(function () {
  var url = ${scriptValue(streamUrl)};
  var status = document.getElementById('status');
  function set(id, text) { document.getElementById(id).textContent = String(text); }
  function line(a) {
    var parts = ['列席 ' + a.nonvoting + '人'];
    if (a.invited > 0) parts.push('特邀 ' + a.invited + '人');
    if (a.observer > 0) parts.push('旁听 ' + a.observer + '人');
    return parts.join(' · ');
  }
  function showMotion(m) {
    var r = m.result;
    var closed = m.status === 'closed' && r;
    set('motion-title', m.title);
    set('motion-verdict', closed ? (r.passed ? '通过' : '未通过') : '表决中');
    set('motion-figures', closed ? m.options.yes + ' ' + r.yes + ' · ' + m.options.no + ' ' + r.no + ' · ' + m.options.abstain + ' ' + r.abstain + ' · 未按表决器 ' + r.notVoted : '');
    set('motion-sentence', closed ? r.sentence : '');
    document.getElementById('motion').className = 'motion ' + (closed ? (r.passed ? 'passed' : 'failed') : 'open');
  }
  function connect() {
    var source = new EventSource(url);
    source.addEventListener('open', function () { status.textContent = '实时更新 Live'; });
    source.addEventListener('counts', function (e) {
      var c = JSON.parse(e.data);
      set('expected', c.expected); set('present', c.present); set('leave', c.leave); set('absent', c.absent);
      var v = document.getElementById('verdict');
      v.textContent = c.quorum.sentence;
      v.className = 'verdict ' + (c.quorum.met ? 'met' : 'unmet');
      set('attendees', line(c.attendees));
    });
    source.addEventListener('motion.opened', function (e) { showMotion(JSON.parse(e.data)); });
    source.addEventListener('motion.closed', function (e) { showMotion(JSON.parse(e.data)); });
    source.addEventListener('error', function () {
      status.textContent = '连接中断，正在重连… Reconnecting';
      // EventSource retries a dropped connection by itself, but gives up on a refused one.
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 5000);
    });
  }
  connect();
})();
</script>
</body></html>`;
}

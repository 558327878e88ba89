/**
 * Validates an Akoma Ntoso record against the published OASIS schema, vendored in akn/
 * (akomantoso30.xsd and the W3C xml.xsd it imports as ./xml.xsd; see README.md), with
 * `xmllint --schema`. One thing the XSD cannot check is checked here: that every `#ref` in the
 * record (refersTo, by, as, choice, source, outcome, href) names an element of the record.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const AKN_XSD = fileURLToPath(new URL('./akn/akomantoso30.xsd', import.meta.url));
const XMLLINT = '/usr/bin/xmllint';

export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => UNESCAPE[e]!);

/** A tree of the elements of a document with no comments, CDATA or DOCTYPE (what Plenum writes), for reading figures back in tests. */
export function parseXml(xml: string): Node {
  const root: Node = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<\?[^?]*\?>|<(\/?)([A-Za-z][\w.:-]*)((?:\s+[\w.:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) top.text += unescape(m[5]);
    if (m[2] === undefined) continue;
    if (m[1] === '/') {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs = Object.fromEntries([...(m[3] ?? '').matchAll(/([\w.:-]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)]));
    const node: Node = { name: m[2], attrs, children: [], text: '' };
    top.children.push(node);
    if (m[4] !== '/') stack.push(node);
  }
  return root;
}

export function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.children) yield* walk(c);
}

/** Every `#ref` that names no element of the record, as `<count> @refersTo #nobody`. */
export function danglingRefs(xml: string): string[] {
  const nodes = [...walk(parseXml(xml))];
  const eIds = new Set(nodes.map((n) => n.attrs.eId).filter((id): id is string => id !== undefined));
  const out: string[] = [];
  for (const n of nodes) {
    for (const a of ['refersTo', 'by', 'as', 'choice', 'source', 'outcome', 'href']) {
      for (const r of (n.attrs[a] ?? '').split(/\s+/).filter((x) => x.startsWith('#'))) if (!eIds.has(r.slice(1))) out.push(`<${n.name}> @${a} ${r} names no element`);
    }
  }
  return out;
}

/** xmllint's verdict against the vendored Akoma Ntoso 3.0 schema, or why it could not be asked. */
export function validateAkn(xml: string): { ok: boolean; output: string } | { skipped: string } {
  if (!existsSync(XMLLINT)) return { skipped: `${XMLLINT} is not installed (Debian package libxml2-utils)` };
  const dir = mkdtempSync(path.join(tmpdir(), 'plenum-akn-'));
  try {
    const file = path.join(dir, 'record.xml');
    writeFileSync(file, xml);
    const run = spawnSync(XMLLINT, ['--noout', '--nonet', '--schema', AKN_XSD, file], { encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.replaceAll(file, 'record.xml') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

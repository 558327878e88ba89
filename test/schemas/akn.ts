/**
 * Checks an Akoma Ntoso debate record against what the OASIS LegalDocML schema (akomantoso30.xsd,
 * Akoma Ntoso 3.0, Committee Specification 01, 2017) requires of the parts Plenum writes. The XSD
 * itself is not vendored (see README.md): these are its content models and required attributes as
 * written there, type by type, plus its eId uniqueness constraint and the rule that every `#ref`
 * names an element of the document. Well-formedness is xmllint's (`wellFormed`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

const UNESCAPE: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => UNESCAPE[e]!);

/** A tree of the elements of a document with no comments, CDATA or DOCTYPE (what Plenum writes). */
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

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.children) yield* walk(c);
}

type Item = [name: string, min: number, max: number];

/** Matches children against an xsd:sequence of (element, minOccurs, maxOccurs); names what does not fit. */
function sequence(n: Node, items: Item[], problems: string[]): void {
  let i = 0;
  for (const [name, min, max] of items) {
    let k = 0;
    while (i < n.children.length && n.children[i]!.name === name && k < max) {
      i++;
      k++;
    }
    if (k < min) problems.push(`<${n.name}> needs ${min} <${name}>, has ${k}`);
  }
  if (i < n.children.length) problems.push(`<${n.name}> may not hold <${n.children[i]!.name}> there`);
}

function required(n: Node, attrs: string[], problems: string[]): void {
  for (const a of attrs) if (!(a in n.attrs)) problems.push(`<${n.name}> lacks required @${a}`);
}

const CORE: Item[] = [['FRBRthis', 1, 1], ['FRBRuri', 1, Infinity], ['FRBRalias', 0, Infinity], ['FRBRdate', 1, Infinity], ['FRBRauthor', 1, Infinity], ['componentInfo', 0, 1], ['preservation', 0, 1]];
const FRBR: Record<string, Item[]> = {
  FRBRWork: [...CORE, ['FRBRcountry', 1, 1], ['FRBRsubtype', 0, 1], ['FRBRnumber', 0, Infinity], ['FRBRname', 0, Infinity], ['FRBRprescriptive', 0, 1], ['FRBRauthoritative', 0, 1]],
  FRBRExpression: [...CORE, ['FRBRversionNumber', 0, 1], ['FRBRauthoritative', 0, 1], ['FRBRmasterExpression', 0, 1], ['FRBRlanguage', 1, Infinity], ['FRBRtranslation', 0, Infinity]],
  FRBRManifestation: [...CORE, ['FRBRportion', 0, 1], ['FRBRformat', 0, 1]],
};
const META: Item[] = [['identification', 1, 1], ['publication', 0, 1], ['classification', 0, Infinity], ['lifecycle', 0, Infinity], ['workflow', 0, Infinity], ['analysis', 0, Infinity], ['temporalData', 0, Infinity], ['references', 0, Infinity], ['notes', 0, Infinity], ['proprietary', 0, Infinity], ['presentation', 0, Infinity]];
const ANALYSIS: Item[] = [['activeModifications', 0, 1], ['passiveModifications', 0, 1], ['restrictions', 0, 1], ['judicial', 0, 1], ['parliamentary', 0, 1], ['mappings', 0, 1], ['otherReferences', 0, Infinity], ['otherAnalysis', 0, Infinity]];
/** The group speechSection: what debateBody holds. */
const SPEECH_SECTIONS = ['administrationOfOath', 'rollCall', 'prayers', 'oralStatements', 'writtenStatements', 'personalStatements', 'ministerialStatements', 'resolutions', 'nationalInterest', 'declarationOfVote', 'communication', 'petitions', 'papers', 'noticesOfMotion', 'questions', 'address', 'proceduralMotions', 'pointOfOrder', 'adjournment', 'debateSection'];
/** The blocks and containers Plenum puts in an althierarchy after its headings. */
const ALT_CONTENT = new Set([...SPEECH_SECTIONS, 'p', 'blockList', 'tblock', 'table', 'ul', 'ol', 'speech', 'narrative', 'summary', 'other', 'scene', 'container', 'div']);
const TLC = ['TLCPerson', 'TLCOrganization', 'TLCConcept', 'TLCObject', 'TLCEvent', 'TLCLocation', 'TLCProcess', 'TLCRole', 'TLCTerm', 'TLCReference'];
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The problems of a debate record; an empty list when it holds to the schema's rules checked here. */
export function aknProblems(xml: string): string[] {
  const problems: string[] = [];
  const doc = parseXml(xml);
  const root = doc.children[0];
  if (!root || root.name !== 'akomaNtoso' || root.attrs.xmlns !== 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0') return ['the root is not <akomaNtoso> in the Akoma Ntoso 3.0 namespace'];
  sequence(root, [['debate', 1, 1], ['components', 0, 1]], problems);
  const debate = root.children[0];
  if (!debate || debate.name !== 'debate') return problems;
  required(debate, ['name'], problems);
  sequence(debate, [['meta', 1, 1], ['coverPage', 0, 1], ['preface', 0, 1], ['debateBody', 1, 1], ['conclusions', 0, 1], ['attachments', 0, 1], ['components', 0, 1]], problems);

  const eIds = new Map<string, number>();
  for (const n of walk(debate)) if (n.attrs.eId !== undefined) eIds.set(n.attrs.eId, (eIds.get(n.attrs.eId) ?? 0) + 1);
  for (const [id, count] of eIds) if (count > 1) problems.push(`eId ${id} is used ${count} times (xsd:unique eId-debate)`);

  for (const n of walk(debate)) {
    switch (n.name) {
      case 'meta':
        sequence(n, META, problems);
        break;
      case 'identification':
        required(n, ['source'], problems);
        sequence(n, [['FRBRWork', 1, 1], ['FRBRExpression', 1, 1], ['FRBRManifestation', 1, 1], ['FRBRItem', 0, 1]], problems);
        break;
      case 'FRBRWork':
      case 'FRBRExpression':
      case 'FRBRManifestation':
        sequence(n, FRBR[n.name]!, problems);
        break;
      case 'FRBRthis':
      case 'FRBRuri':
      case 'FRBRcountry':
      case 'FRBRname':
      case 'FRBRformat':
        required(n, ['value'], problems);
        break;
      case 'FRBRdate':
      case 'docDate':
        required(n, n.name === 'FRBRdate' ? ['date', 'name'] : ['date'], problems);
        if (n.attrs.date !== undefined && !DATE.test(n.attrs.date)) problems.push(`<${n.name}> @date ${n.attrs.date} is no xsd:date or xsd:dateTime`);
        break;
      case 'FRBRauthor':
        required(n, ['href'], problems);
        break;
      case 'FRBRlanguage':
        required(n, ['language'], problems);
        break;
      case 'analysis':
        required(n, ['source'], problems);
        sequence(n, ANALYSIS, problems);
        break;
      case 'parliamentary':
        if (n.children.length === 0) problems.push('<parliamentary> needs at least one of quorumVerification, voting, recount');
        for (const c of n.children) if (!['quorumVerification', 'voting', 'recount'].includes(c.name)) problems.push(`<parliamentary> may not hold <${c.name}>`);
        break;
      case 'quorumVerification':
      case 'voting':
      case 'recount':
        if (n.children.length === 0) problems.push(`<${n.name}> needs at least one quorum or count`);
        for (const c of n.children) if (c.name !== 'quorum' && c.name !== 'count') problems.push(`<${n.name}> may not hold <${c.name}>`);
        break;
      case 'quorum':
      case 'count':
        required(n, ['value'], problems);
        break;
      case 'references':
        required(n, ['source'], problems);
        for (const c of n.children) {
          if (!TLC.includes(c.name) && !['original', 'passiveRef', 'activeRef', 'jurisprudence', 'hasAttachment', 'attachmentOf'].includes(c.name)) problems.push(`<references> may not hold <${c.name}>`);
          required(c, ['eId', 'href', 'showAs'], problems);
        }
        break;
      case 'debateBody':
        if (n.children.length === 0) problems.push('<debateBody> needs at least one section');
        for (const c of n.children) if (!SPEECH_SECTIONS.includes(c.name)) problems.push(`<debateBody> may not hold <${c.name}>`);
        break;
      case 'debateSection':
      case 'rollCall': {
        if (n.name === 'debateSection') required(n, ['name'], problems);
        const first = n.children.findIndex((c) => !['num', 'heading', 'subheading'].includes(c.name));
        for (const c of first < 0 ? [] : n.children.slice(first)) if (!ALT_CONTENT.has(c.name)) problems.push(`<${n.name}> may not hold <${c.name}> after its headings`);
        break;
      }
      case 'vote':
        required(n, ['by'], problems);
        break;
      case 'person':
        required(n, ['refersTo'], problems);
        break;
    }
  }

  for (const n of walk(debate)) {
    for (const a of ['refersTo', 'by', 'as', 'choice', 'source', 'outcome', 'href']) {
      const v = n.attrs[a];
      if (v === undefined) continue;
      for (const r of v.split(/\s+/).filter((x) => x.startsWith('#'))) if (!eIds.has(r.slice(1))) problems.push(`<${n.name}> @${a} ${r} names no element`);
    }
  }
  return problems;
}

/** xmllint's verdict on well-formedness, or why it could not be asked. */
export function wellFormed(xml: string): { ok: boolean; output: string } | { skipped: string } {
  if (!existsSync('/usr/bin/xmllint')) return { skipped: 'xmllint is not installed (libxml2-utils)' };
  const dir = mkdtempSync(path.join(tmpdir(), 'plenum-akn-'));
  try {
    const file = path.join(dir, 'record.xml');
    writeFileSync(file, xml);
    const run = spawnSync('/usr/bin/xmllint', ['--noout', file], { encoding: 'utf8' });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

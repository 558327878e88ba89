import { describe, expect, it } from 'vitest';
import { danglingRefs, validateAkn } from './akn.js';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const frbr = (extra: string) => `<FRBRthis value="/x/!main"/><FRBRuri value="/x"/><FRBRdate date="2025-01-09" name="sitting"/><FRBRauthor href="#body"/>${extra}`;
const record = (o: { work?: string; body?: string; analysis?: string } = {}) =>
  `<akomaNtoso xmlns="${NS}"><debate name="sitting"><meta><identification source="#body">` +
  `<FRBRWork>${frbr(o.work ?? '<FRBRcountry value="cn"/>')}</FRBRWork><FRBRExpression>${frbr('<FRBRlanguage language="zho"/>')}</FRBRExpression><FRBRManifestation>${frbr('')}</FRBRManifestation>` +
  `</identification>${o.analysis ?? ''}<references source="#body"><TLCOrganization eId="body" href="/ontology/organization/x" showAs="X"/></references></meta>` +
  `<debateBody>${o.body ?? '<rollCall eId="rollCall"><heading>出席情况</heading><p>应到5人</p></rollCall>'}</debateBody></debate></akomaNtoso>`;

/** The schema's verdict; a test of the schema itself cannot run without xmllint, so it fails rather than skips. */
function verdict(xml: string) {
  const v = validateAkn(xml);
  if ('skipped' in v) throw new Error(v.skipped);
  return v;
}

describe('the vendored Akoma Ntoso 3.0 schema, through xmllint', () => {
  it('accepts a minimal debate record', () => {
    expect(verdict(record())).toMatchObject({ ok: true });
  });

  it('refuses what the schema forbids: a missing required element, a missing required attribute, a duplicate eId, a block outside a section', () => {
    expect(verdict(record({ work: '' })).output).toContain('FRBRcountry');
    expect(verdict(record({ body: '<debateSection eId="a"><heading>x</heading></debateSection>' })).output).toContain("The attribute 'name' is required");
    expect(verdict(record({ body: '<rollCall eId="body"><p>x</p></rollCall>' })).output).toContain('eId-debate');
    expect(verdict(record({ body: '<p>loose</p>' })).ok).toBe(false);
  });

  it('names a reference to nothing, which the schema itself does not check', () => {
    const xml = record({ analysis: '<analysis source="#body"><parliamentary><voting eId="v"><count eId="c" value="1" refersTo="#nobody"/></voting></parliamentary></analysis>' });
    expect(verdict(xml)).toMatchObject({ ok: true });
    expect(danglingRefs(xml)).toEqual(['<count> @refersTo #nobody names no element']);
  });
});

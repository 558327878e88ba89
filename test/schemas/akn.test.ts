import { describe, expect, it } from 'vitest';
import { aknProblems } from './akn.js';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const frbr = (extra: string) => `<FRBRthis value="/x/!main"/><FRBRuri value="/x"/><FRBRdate date="2025-01-09" name="sitting"/><FRBRauthor href="#body"/>${extra}`;
const record = (o: { work?: string; body?: string; analysis?: string } = {}) =>
  `<akomaNtoso xmlns="${NS}"><debate name="sitting"><meta><identification source="#body">` +
  `<FRBRWork>${frbr(o.work ?? '<FRBRcountry value="cn"/>')}</FRBRWork><FRBRExpression>${frbr('<FRBRlanguage language="zho"/>')}</FRBRExpression><FRBRManifestation>${frbr('')}</FRBRManifestation>` +
  `</identification>${o.analysis ?? ''}<references source="#body"><TLCOrganization eId="body" href="/ontology/organization/x" showAs="X"/></references></meta>` +
  `<debateBody>${o.body ?? '<rollCall eId="rollCall"><heading>出席情况</heading><p>应到5人</p></rollCall>'}</debateBody></debate></akomaNtoso>`;

describe('the Akoma Ntoso checks, as the schema writes them', () => {
  it('accepts a minimal debate record', () => {
    expect(aknProblems(record())).toEqual([]);
  });

  it('names what breaks a content model, a required attribute, eId uniqueness or a reference', () => {
    expect(aknProblems(record({ work: '' }))).toEqual(['<FRBRWork> needs 1 <FRBRcountry>, has 0']);
    expect(aknProblems(record({ body: '<debateSection eId="a"><heading>x</heading></debateSection>' }))).toEqual(['<debateSection> lacks required @name']);
    expect(aknProblems(record({ body: '<rollCall eId="body"><p>x</p></rollCall>' }))).toEqual(['eId body is used 2 times (xsd:unique eId-debate)']);
    expect(aknProblems(record({ body: '<rollCall><p>x</p><heading>late</heading></rollCall>' }))).toEqual(['<rollCall> may not hold <heading> after its headings']);
    expect(aknProblems(record({ analysis: '<analysis source="#body"><parliamentary><voting eId="v"><count eId="c" value="1" refersTo="#nobody"/></voting></parliamentary></analysis>' }))).toEqual(['<count> @refersTo #nobody names no element']);
    expect(aknProblems(record({ body: '<p>loose</p>' }))).toEqual(['<debateBody> may not hold <p>']);
  });
});

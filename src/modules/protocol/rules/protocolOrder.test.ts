import { describe, expect, it } from 'vitest';
import { OrderStatements, protocolOrder, UnknownTitle } from './protocolOrder.js';

const ranks = new Map([
  ['主任', 1],
  ['副主任', 2],
  ['秘书长', 3],
  ['委员', 10],
]);

describe('protocol order (按职务排序)', () => {
  it('orders by office rank, then seniority, then strokes; people without an office last', () => {
    const people = [
      { name: '钱卫', title: '委员' },
      { name: '赵玉金', title: '副主任', since: '2023-01-12' },
      { name: '王英华', title: '副主任', since: '2023-01-12' },
      { name: '左小兵', title: '副主任', since: '2018-01-20' },
      { name: '司马红', title: '副主任' },
      { name: '葛文彤', title: '主任' },
      { name: '汪先永' },
      { name: '刘振刚' },
      { name: '严卫群', rank: 3 },
    ];
    expect(protocolOrder(people, ranks).map((r) => [r.person.name, r.rank])).toEqual([
      ['葛文彤', 1],
      ['左小兵', 2], // the earliest in office
      ['王英华', 2], // same date: strokes, 王 before 赵
      ['赵玉金', 2],
      ['司马红', 2], // no date: after those with one
      ['严卫群', 3], // an explicit rank
      ['钱卫', 10],
      ['刘振刚', null], // no office: strokes, 刘 before 汪
      ['汪先永', null],
    ]);
  });

  it('breaks ties in stroke order with the singleFirst setting', () => {
    const people = [{ name: '王东明', rank: 1 }, { name: '王毅', rank: 1 }];
    expect(protocolOrder(people, ranks).map((r) => r.person.name)).toEqual(['王毅', '王东明']);
    expect(protocolOrder(people, ranks, { singleFirst: false }).map((r) => r.person.name)).toEqual(['王东明', '王毅']);
  });

  it('refuses a title the rank table lacks rather than demote its holder', () => {
    expect(() => protocolOrder([{ name: '王英华', title: '付主任' }], ranks)).toThrow(UnknownTitle);
    expect(() => protocolOrder([{ name: '王英华', title: '付主任' }], ranks)).toThrow('No rank for the title "付主任" of 王英华');
  });

  it('states each order in the customary words', () => {
    expect(OrderStatements).toEqual({ strokes: { zh: '以姓氏笔画为序', en: 'in stroke order of surnames' }, rank: { zh: '按职务排序', en: 'in order of office' } });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../../../server/errors.js';
import { fillHall, fillOrder, fillSequential, type HallGroup, type HallLayout } from './hallFill.js';

/** Code-point order: the fill takes whatever comparison it is given. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const small: HallLayout = {
  name: '小会议厅',
  blocks: [
    { name: '左区', rows: [2, 2] },
    { name: '右区', rows: [3, 1] },
  ],
  order: 'blocks',
};

const groups: HallGroup[] = [
  { id: 7, name: '第二组', members: [{ id: 3, name: '乙丙' }, { id: 1, name: '甲乙' }, { id: 2, name: '丁戊' }] },
  { id: 4, name: '第一组', members: [{ id: 5, name: '庚辛' }, { id: 6, name: '己庚' }] },
];

const line = (a: ReturnType<typeof fillHall>) =>
  a.seats.map((s) => `${s.block}-${s.row}-${s.seat}:${s.kind === 'member' ? s.name : s.kind === 'reserved' ? `[${s.label}]` : '_'}`).join(' ');

describe('fillHall', () => {
  it('block by block, front to back: groups in the order given, members by the comparison, reserved seats skipped', () => {
    const a = fillHall(small, groups, [{ block: 1, row: 1, seat: 2, label: '工作人员' }], byCodePoint);
    expect(line(a)).toBe('1-1-1:丁戊 1-1-2:[工作人员] 1-2-1:乙丙 1-2-2:甲乙 2-1-1:己庚 2-1-2:庚辛 2-1-3:_ 2-2-1:_');
    expect(a).toMatchObject({ capacity: 8, reserved: 1, seated: 5, empty: 2 });
    expect(a.groups).toEqual([
      { id: 7, name: '第二组', count: 3, first: { block: 1, row: 1, seat: 1 }, last: { block: 1, row: 2, seat: 2 } },
      { id: 4, name: '第一组', count: 2, first: { block: 2, row: 1, seat: 1 }, last: { block: 2, row: 1, seat: 2 } },
    ]);
  });

  it('row by row across the aisles: a shorter block simply has no seat in that row', () => {
    const a = fillHall({ ...small, order: 'rows' }, groups, [], byCodePoint);
    expect(line(a)).toBe('1-1-1:丁戊 1-1-2:乙丙 2-1-1:甲乙 2-1-2:己庚 2-1-3:庚辛 1-2-1:_ 1-2-2:_ 2-2-1:_');
    expect(fillOrder({ name: '', blocks: [{ name: 'A', rows: [1] }, { name: 'B', rows: [1, 2] }], order: 'rows' })).toEqual([
      { block: 1, row: 1, seat: 1 },
      { block: 2, row: 1, seat: 1 },
      { block: 2, row: 2, seat: 1 },
      { block: 2, row: 2, seat: 2 },
    ]);
  });

  it('refuses a hall too small, naming the figures', () => {
    const e = (() => {
      try {
        fillHall(small, groups, [1, 2, 3, 4].map((seat) => ({ block: 1 + (seat > 2 ? 1 : 0), row: 1, seat: seat > 2 ? seat - 2 : seat, label: '预留' })), byCodePoint);
      } catch (error) {
        return error as AppError;
      }
      throw new Error('not refused');
    })();
    expect(e).toBeInstanceOf(AppError);
    expect(e.status).toBe(422);
    expect(e.id).toBe('hall_too_small');
    expect(e.messages['zh-CN']).toBe('会场座位不足：需安排 5 人，会场共 8 个座位，预留 4 个，可用 4 个');
    expect(e.messages.en).toBe('The hall is too small: 5 members to seat, 8 seats of which 4 reserved, 4 free');
  });

  it('refuses a reserved seat the layout lacks, or one reserved twice', () => {
    expect(() => fillHall(small, [], [{ block: 2, row: 2, seat: 2, label: 'x' }], byCodePoint)).toThrow('The hall layout has no seat 2 in row 2 of block 2');
    expect(() => fillHall(small, [], [{ block: 3, row: 1, seat: 1, label: 'x' }], byCodePoint)).toThrow('The hall layout has no seat 1 in row 1 of block 3');
    expect(() => fillHall(small, [], [{ block: 1, row: 1, seat: 1, label: 'x' }, { block: 1, row: 1, seat: 1, label: 'y' }], byCodePoint)).toThrow(
      'Seat 1 in row 1 of block 1 is reserved twice',
    );
  });

  it('the plain sequential fill seats names in the order given', () => {
    expect(fillSequential(small, ['a', 'b']).slice(0, 3)).toEqual([
      { block: 1, row: 1, seat: 1, name: 'a' },
      { block: 1, row: 1, seat: 2, name: 'b' },
      { block: 1, row: 2, seat: 1, name: null },
    ]);
  });

  it('property: every member seated once, groups contiguous in order, members sorted, reserved seats untouched', () => {
    const arb = fc.record({
      blocks: fc.array(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
      order: fc.constantFrom('blocks' as const, 'rows' as const),
      sizes: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
      reservedEvery: fc.integer({ min: 2, max: 7 }),
    });
    fc.assert(
      fc.property(arb, ({ blocks, order, sizes, reservedEvery }) => {
        const layout: HallLayout = { name: 'h', blocks: blocks.map((rows, i) => ({ name: `B${i}`, rows })), order };
        const all = fillOrder(layout);
        const reserved = all.filter((_, i) => i % reservedEvery === 0).map((s) => ({ ...s, label: 'r' }));
        let id = 0;
        const gs: HallGroup[] = sizes.map((n, g) => ({ id: g + 1, name: `G${g}`, members: Array.from({ length: n }, () => ({ id: ++id, name: String.fromCodePoint(0x4e00 + ((id * 7919) % 500)) })) }));
        const total = id;
        if (total > all.length - reserved.length) {
          expect(() => fillHall(layout, gs, reserved, byCodePoint)).toThrow('The hall is too small');
          return;
        }
        const a = fillHall(layout, gs, reserved, byCodePoint);
        expect(a.seats.map(({ block, row, seat }) => ({ block, row, seat }))).toEqual(all);
        a.seats.forEach((s, i) => expect(s.kind === 'reserved').toBe(i % reservedEvery === 0));
        const seated = a.seats.filter((s) => s.kind === 'member');
        expect(seated.map((s) => s.memberId).sort((x, y) => x - y)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
        // Groups in the order given, each contiguous among the seated, its names in order.
        const groupOrder = seated.map((s) => s.groupId).filter((g, i, arr) => i === 0 || arr[i - 1] !== g);
        expect(groupOrder).toEqual(gs.filter((g) => g.members.length > 0).map((g) => g.id));
        for (let i = 1; i < seated.length; i++) {
          if (seated[i]!.groupId === seated[i - 1]!.groupId) expect(byCodePoint(seated[i - 1]!.name, seated[i]!.name)).toBeLessThanOrEqual(0);
        }
        // No member sits after an empty seat: the fill leaves no holes.
        const lastMember = a.seats.findLastIndex((s) => s.kind === 'member');
        expect(a.seats.slice(0, lastMember + 1).some((s) => s.kind === 'empty')).toBe(false);
      }),
    );
  });
});

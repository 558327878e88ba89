/**
 * Seating a hall (会场座次): blocks of seats side by side, separated by aisles, each with its rows
 * (front row first, a row's seats numbered from the audience's left). Groups (delegations, sectors)
 * take seats in protocol order, each group contiguous in the fill order, its members in the order
 * the caller's comparison gives (stroke order); reserved seats are skipped. No I/O.
 */
import { hallTooSmall, noSuchSeat, seatReservedTwice } from '../refusals.js';

export interface HallBlock {
  /** Shown on the chart: 左区, 中区, 右区. */
  name: string;
  /** Seats in each row, front row first. */
  rows: number[];
}

export const FillOrders = {
  /** Block by block from the audience's left, each front to back: a group keeps to one area. */
  blocks: 'blocks',
  /** Row by row from the front, across the hall, crossing the aisles. */
  rows: 'rows',
} as const;
export type FillOrder = (typeof FillOrders)[keyof typeof FillOrders];
export const FillOrderValues = Object.values(FillOrders);

export interface HallLayout {
  name: string;
  /** From the audience's left; an aisle lies between each block and the next. */
  blocks: HallBlock[];
  order: FillOrder;
}

/** A seat by its block (1-based, from the audience's left), row (1-based, from the front) and seat (1-based, from the left). */
export interface SeatRef {
  block: number;
  row: number;
  seat: number;
}

export interface ReservedSeat extends SeatRef {
  /** What the seat is kept for: 工作人员, 记者. */
  label: string;
}

export interface HallMember {
  id: number;
  name: string;
}

export interface HallGroup {
  id: number;
  name: string;
  members: HallMember[];
}

export type SeatState =
  | { kind: 'member'; groupId: number; groupName: string; memberId: number; name: string }
  | { kind: 'reserved'; label: string }
  | { kind: 'empty' };

export type AssignedSeat = SeatRef & SeatState;

export interface GroupPlacement {
  id: number;
  name: string;
  count: number;
  first: SeatRef | null;
  last: SeatRef | null;
}

export interface HallAssignment {
  capacity: number;
  reserved: number;
  seated: number;
  empty: number;
  /** Every seat of the hall in fill order. */
  seats: AssignedSeat[];
  groups: GroupPlacement[];
}

export const HallLimits = { blocks: 20, rowsPerBlock: 200, seatsPerRow: 200, seats: 20000 } as const;

/** The hall's seats in fill order. */
export function fillOrder(layout: HallLayout): SeatRef[] {
  const out: SeatRef[] = [];
  if (layout.order === FillOrders.blocks) {
    layout.blocks.forEach((b, bi) => b.rows.forEach((n, ri) => {
      for (let s = 1; s <= n; s++) out.push({ block: bi + 1, row: ri + 1, seat: s });
    }));
    return out;
  }
  const rows = Math.max(0, ...layout.blocks.map((b) => b.rows.length));
  for (let r = 0; r < rows; r++) {
    layout.blocks.forEach((b, bi) => {
      const n = b.rows[r] ?? 0;
      for (let s = 1; s <= n; s++) out.push({ block: bi + 1, row: r + 1, seat: s });
    });
  }
  return out;
}

const key = (s: SeatRef) => `${s.block}:${s.row}:${s.seat}`;

/**
 * Seats the groups in the order given, members within each group sorted by `compareNames`.
 * Refuses a reserved seat the layout lacks or names twice, and a hall with fewer free seats than
 * members.
 *
 * @example fillHall(layout, [{ id: 1, name: '第一组', members }], [], compareNames)
 */
export function fillHall(layout: HallLayout, groups: readonly HallGroup[], reserved: readonly ReservedSeat[], compareNames: (a: string, b: string) => number): HallAssignment {
  const order = fillOrder(layout);
  const held = new Map<string, ReservedSeat>();
  for (const r of reserved) {
    const rows = layout.blocks[r.block - 1]?.rows;
    if (!rows || r.row < 1 || r.row > rows.length || r.seat < 1 || r.seat > rows[r.row - 1]!) throw noSuchSeat(r.block, r.row, r.seat);
    if (held.has(key(r))) throw seatReservedTwice(r.block, r.row, r.seat);
    held.set(key(r), r);
  }
  const members = groups.reduce((n, g) => n + g.members.length, 0);
  const free = order.length - held.size;
  if (members > free) throw hallTooSmall(members, free, order.length, held.size);

  const seats: AssignedSeat[] = new Array(order.length);
  const placements: GroupPlacement[] = [];
  let at = 0;
  const nextFree = () => {
    while (at < order.length) {
      const seat = order[at]!;
      const r = held.get(key(seat));
      if (!r) return at;
      seats[at] = { ...seat, kind: 'reserved', label: r.label };
      at++;
    }
    return at;
  };
  for (const g of groups) {
    const sorted = [...g.members].sort((a, b) => compareNames(a.name, b.name) || a.id - b.id);
    const placement: GroupPlacement = { id: g.id, name: g.name, count: sorted.length, first: null, last: null };
    for (const m of sorted) {
      const i = nextFree();
      const seat = order[i]!;
      seats[i] = { ...seat, kind: 'member', groupId: g.id, groupName: g.name, memberId: m.id, name: m.name };
      placement.first ??= seat;
      placement.last = seat;
      at++;
    }
    placements.push(placement);
  }
  for (; at < order.length; at++) {
    const seat = order[at]!;
    const r = held.get(key(seat));
    seats[at] = r ? { ...seat, kind: 'reserved', label: r.label } : { ...seat, kind: 'empty' };
  }
  return { capacity: order.length, reserved: held.size, seated: members, empty: free - members, seats, groups: placements };
}

/**
 * The plain sequential fill the benchmark compares against: everyone in the order given, no groups,
 * no sorting, no reserved seats.
 */
export function fillSequential(layout: HallLayout, names: readonly string[]): Array<SeatRef & { name: string | null }> {
  return fillOrder(layout).map((seat, i) => ({ ...seat, name: names[i] ?? null }));
}

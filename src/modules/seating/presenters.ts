/** What leaves the server from seating: layouts, rostrum charts and hall assignments, fields listed. */
import Type from 'typebox';
import type { HallLayoutTable } from '../../store/schema.js';
import type { Selectable } from 'kysely';
import type { RostrumChart } from './charts.js';
import type { HallAssignment } from './rules/hallFill.js';
import { layoutOf } from './queries.js';

export function presentHallLayout(row: Selectable<HallLayoutTable>) {
  const layout = layoutOf(row);
  return { id: row.id, bodyId: row.body_id, name: row.name, blocks: layout.blocks, order: layout.order, seats: row.seats, createdAt: row.created_at };
}

export function presentRostrum(chart: RostrumChart) {
  return { convention: chart.convention, rows: chart.rows.map((r) => ({ row: r.row, seats: r.seats.map((s) => ({ rank: s.rank, name: s.name })) })) };
}

export const RostrumView = Type.Object({
  convention: Type.String(),
  rows: Type.Array(Type.Object({ row: Type.Integer(), seats: Type.Array(Type.Object({ rank: Type.Integer(), name: Type.Union([Type.String(), Type.Null()]) })) })),
});

/** The assignment with every seat; a seat names its member only by membership, group and name. */
export function presentAssignment(meetingId: number, layoutId: number, a: HallAssignment) {
  return {
    meetingId,
    layoutId,
    capacity: a.capacity,
    reserved: a.reserved,
    seated: a.seated,
    empty: a.empty,
    groups: a.groups.map((g) => ({ id: g.id, name: g.name, count: g.count, first: g.first, last: g.last })),
    seats: a.seats.map((s) =>
      s.kind === 'member'
        ? { block: s.block, row: s.row, seat: s.seat, kind: s.kind, groupId: s.groupId, membershipId: s.memberId, name: s.name }
        : s.kind === 'reserved'
          ? { block: s.block, row: s.row, seat: s.seat, kind: s.kind, label: s.label }
          : { block: s.block, row: s.row, seat: s.seat, kind: s.kind },
    ),
  };
}

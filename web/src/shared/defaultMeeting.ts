/** The sitting to show first: today's first, else the next to come, else the last (one without a time counts as to come). */
export function defaultMeeting<M extends { startsAt: string | null }>(meetings: readonly M[], now: Date): M {
  const today = now.toISOString().slice(0, 10);
  return meetings.find((m) => m.startsAt === null || m.startsAt.slice(0, 10) >= today) ?? meetings.at(-1)!;
}

/** The roster files the importer reads by their Content-Type (sent with `postFile`, shared/files.ts). */

/** The Content-Types the roster importer takes, by file extension. */
export const ROSTER_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The roster Content-Type of a file by its name, or null when it is neither .csv nor .xlsx. */
export function rosterType(fileName: string): string | null {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ROSTER_TYPES[ext] : null;
}

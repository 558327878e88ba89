/** The roster's limits, in one place. */
export const RosterLimits = {
  /** Most rows one import takes: a 3,000-member body with room to spare. */
  rowsPerImport: 20_000,
  /** Largest roster file the API accepts. */
  fileBytes: 20 * 1024 * 1024,
  /** Rows written per INSERT or UPDATE statement: well under SQLite's and PostgreSQL's parameter limits. */
  writeChunk: 500,
  /** Problems listed in an error's message; `details` carries all of them. */
  problemsInMessage: 5,
} as const;

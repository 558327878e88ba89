import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { STORE_HELP, STORE_OPTIONS, openRuntime, type Command } from '../command.js';
import { CLI, execute } from '../../server/operation.js';
import { getTerm } from '../../modules/registry/queries.js';
import { importRoster } from '../../modules/registry/roster/importRoster.js';
import { parseRoster } from '../../modules/registry/roster/parseRoster.js';
import { watchProgress } from '../../modules/registry/roster/progress.js';
import { ProgressDisplay, formatOfFile, prefersChinese, termOption } from './rosterOptions.js';

export const importRosterCommand: Command = {
  path: ['import', 'roster'],
  summary: "Import a term's roster from an .xlsx or .csv file, all or nothing",
  usage: 'FILE --term ID [--dry-run] [--data DIR] [--database-url URL]',
  help: [
    '--term ID             the term whose roster FILE is (required)',
    '--dry-run             check every row and count what would change; store nothing',
    ...STORE_HELP,
    'FILE ends in .xlsx or .csv (UTF-8 or GBK). On any wrong row nothing is imported: each',
    'problem is printed with its row number and column, and the exit code is 1.',
  ],
  options: { ...STORE_OPTIONS, term: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }) {
    const file = positionals[0]!;
    const termId = termOption(values.term);
    const format = formatOfFile(file);
    if (!existsSync(file)) {
      console.error(`plenum import roster: no such file: ${file}`);
      return 1;
    }
    const bytes = readFileSync(file);
    const dryRun = values['dry-run'] === true;
    const zh = prefersChinese();
    const started = performance.now();
    const runtime = await openRuntime(values);
    const progress = new ProgressDisplay();
    try {
      await getTerm(runtime.store.db, termId);
      const outcome = await watchProgress(progress.update, async () => {
        const parsed = await parseRoster(bytes, format);
        if (parsed.problems.length > 0) return { parsed, result: null };
        return { parsed, result: await execute(runtime, importRoster, { termId, rows: parsed.rows, dryRun }, CLI) };
      });
      progress.finish();
      for (const w of outcome.parsed.warnings) console.error(`warning: ${zh ? w.reason : w.reasonEn}`);
      const { problems } = outcome.parsed;
      if (!outcome.result) {
        for (const p of problems) console.error(zh ? `  第 ${p.row} 行“${p.column}”：${p.reason}` : `  row ${p.row}, ${p.column}: ${p.reasonEn}`);
        const rows = new Set(problems.map((p) => p.row)).size;
        console.error(zh ? `名册有 ${rows} 行有误，未导入任何数据。` : `Nothing was imported: ${rows} ${rows === 1 ? 'row is' : 'rows are'} wrong.`);
        return 1;
      }
      const r = outcome.result;
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const counts = `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.groupsCreated} groups created`;
      console.log(
        dryRun
          ? `Dry run, nothing stored: ${r.total} rows for term ${termId} would give ${counts} (${seconds} s).`
          : `Imported ${r.total} rows into term ${termId}: ${counts} (${seconds} s).`,
      );
      return 0;
    } finally {
      progress.finish();
      await runtime.store.close();
    }
  },
};

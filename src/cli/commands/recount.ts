import { AppError } from '../../server/errors.js';
import { recount } from '../../modules/voting/recount.js';
import { STORE_HELP, STORE_OPTIONS, UsageError, openRuntime, type Command } from '../command.js';

/** `plenum recount --motion 12`: count a closed motion again and compare with its stored result. */
export const recountCommand: Command = {
  path: ['recount'],
  summary: "Count a closed motion again from its stored votes and compare with the result stored at its close; exit 1 on any difference",
  usage: '--motion ID [--json] [--data DIR] [--database-url URL]',
  help: ['--motion ID           the motion to recount', '--json                print {motionId, title, equal, stored, recounted, differences}', ...STORE_HELP],
  options: { ...STORE_OPTIONS, motion: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }) {
    const text = values.motion;
    if (typeof text !== 'string') throw new UsageError('--motion is required');
    if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2147483647) throw new UsageError(`--motion must be a motion id, not "${text}"`);
    const runtime = await openRuntime(values);
    try {
      const report = await recount(runtime.store.db, runtime.store.dialect, Number(text));
      if (values.json) {
        console.log(JSON.stringify(report));
      } else {
        console.log(`Motion ${report.motionId} (${report.title})`);
        console.log(`  stored:    ${report.stored.sentence}`);
        console.log(`  recounted: ${report.recounted ? report.recounted.sentence : '(cannot be counted)'}`);
        if (report.equal) console.log('Recount matches the stored result.');
        else console.log(`Recount DIFFERS from the stored result: ${report.differences.join('; ')}`);
      }
      return report.equal ? 0 : 1;
    } catch (error) {
      // No recount possible (no such motion, not closed): not a difference, so not exit 1.
      if (!(error instanceof AppError)) throw error;
      console.error(`plenum recount: ${error.messages.en} [${error.id}]`);
      return 2;
    } finally {
      await runtime.store.close();
    }
  },
};

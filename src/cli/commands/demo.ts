import { performance } from 'node:perf_hooks';
import { CLI } from '../../server/operation.js';
import { memberNoun } from '../../modules/registry/kinds.js';
import { DEFAULT_SEED } from '../../demo/generateDemo.js';
import { describeDemo, isStoreEmpty, loadDemo } from '../../demo/loadDemo.js';
import { STORE_HELP, STORE_OPTIONS, UsageError, openRuntime, type Command } from '../command.js';

export const demo: Command = {
  path: ['demo'],
  summary: "Load the Yunzhou demo (a consultative conference and a people's congress) into an empty store",
  usage: '[--seed N] [--data DIR] [--database-url URL]',
  help: [`--seed N              seed for the generated names (default: ${DEFAULT_SEED}); the same seed gives the same data`, ...STORE_HELP],
  options: { ...STORE_OPTIONS, seed: { type: 'string' } },
  async run({ values }) {
    const raw = values.seed as string | undefined;
    if (raw !== undefined && (!/^\d{1,10}$/.test(raw) || Number(raw) > 0xffffffff)) {
      throw new UsageError(`--seed must be a whole number from 0 to 4294967295, not "${raw}"`);
    }
    const seed = raw === undefined ? DEFAULT_SEED : Number(raw);
    const runtime = await openRuntime(values);
    try {
      if (!(await isStoreEmpty(runtime.store.db))) {
        console.error('plenum demo: 存储中已有机构，演示数据只载入空存储；未做任何改动。');
        console.error('plenum demo: the store already holds bodies; demo data loads into an empty store only. Nothing was changed.');
        return 1;
      }
      const started = performance.now();
      const summary = await loadDemo(runtime, CLI, { seed });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(`${describeDemo(summary)}  (seed ${summary.seed}, ${seconds} s)`);
      for (const b of summary.bodies) {
        console.log(`  ${b.name} (body ${b.id})`);
        console.log(`    ${b.session.name} · ${b.session.shortName} (session ${b.session.id}, term ${b.term.id})`);
        console.log(`    ${b.members} ${memberNoun(b.kind).en} in ${b.groups} groups; ${b.meetings} meetings`);
      }
      return 0;
    } finally {
      await runtime.store.close();
    }
  },
};

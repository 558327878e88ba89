import { verifyChain, describeReport } from '../../modules/audit/verifyChain.js';
import { STORE_HELP, STORE_OPTIONS, openRuntime, type Command } from '../command.js';

export const auditVerify: Command = {
  path: ['audit', 'verify'],
  summary: 'Check the whole audit hash chain; exit 1 naming the first broken entry',
  usage: '[--json] [--data DIR] [--database-url URL]',
  help: ['--json                print the report as JSON', ...STORE_HELP],
  options: { ...STORE_OPTIONS, json: { type: 'boolean' } },
  async run({ values }) {
    const runtime = await openRuntime(values);
    try {
      const report = await verifyChain(runtime.store.db);
      console.log(values.json ? JSON.stringify(report) : describeReport(report));
      return report.ok ? 0 : 1;
    } finally {
      await runtime.store.close();
    }
  },
};

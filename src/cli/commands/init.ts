import { bootstrapAdmin } from '../../modules/accounts/bootstrapAdmin.js';
import { STORE_HELP, STORE_OPTIONS, openRuntime, type Command } from '../command.js';

export const init: Command = {
  path: ['init'],
  summary: 'Create or migrate the store and the first administrator account',
  usage: '[--data DIR] [--database-url URL]',
  help: STORE_HELP,
  options: STORE_OPTIONS,
  async run({ values }) {
    const runtime = await openRuntime(values);
    try {
      const admin = await bootstrapAdmin(runtime);
      console.log(`Store ready (${runtime.store.dialect}, schema ${await runtime.store.schemaVersion()}).`);
      if (admin) {
        console.log('Administrator created. Write this down; it is shown only once.');
        console.log(`  username: ${admin.username}`);
        console.log(`  password: ${admin.password}`);
      } else {
        console.log('Accounts already exist; no administrator was created.');
      }
      return 0;
    } finally {
      await runtime.store.close();
    }
  },
};

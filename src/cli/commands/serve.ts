import { buildApp } from '../../server/app.js';
import { readConfig } from '../../config.js';
import { bootstrapAdmin } from '../../modules/accounts/bootstrapAdmin.js';
import { describeDemo, isStoreEmpty, loadDemo } from '../../demo/loadDemo.js';
import { STORE_HELP, STORE_OPTIONS, UsageError, openRuntime, type Command } from '../command.js';

export const serve: Command = {
  path: ['serve'],
  summary: 'Start the Plenum server (migrates the store; on an empty store creates the first admin and loads the demo)',
  usage: '[--port N] [--host ADDR] [--no-demo] [--data DIR] [--database-url URL]',
  help: ['--port N              port to listen on (default: $PLENUM_PORT or 8080)', '--host ADDR           address to listen on (default: $PLENUM_HOST or 0.0.0.0)', '--no-demo             do not load the demo session into an empty store (also PLENUM_DEMO=0)', ...STORE_HELP],
  options: { ...STORE_OPTIONS, port: { type: 'string' }, host: { type: 'string' }, 'no-demo': { type: 'boolean' } },
  async run({ values }) {
    const config = readConfig();
    const port = values.port === undefined ? config.port : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number from 0 to 65535, not "${values.port}"`);
    const host = (values.host as string | undefined) ?? config.host;

    const runtime = await openRuntime(values);
    const admin = await bootstrapAdmin(runtime);
    const wantDemo = !values['no-demo'] && process.env.PLENUM_DEMO !== '0';
    const demo = wantDemo && (await isStoreEmpty(runtime.store.db)) ? await loadDemo(runtime) : null;
    const app = await buildApp({ runtime, logger: false });
    const shutdown = async () => {
      await app.close();
      await runtime.store.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());

    await app.listen({ port, host });
    const where = runtime.store.dialect === 'sqlite' ? runtime.store.file : 'PostgreSQL';
    const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    const actual = (app.server.address() as { port: number }).port;
    console.log(`Plenum listening on http://${shown}:${actual}  (store: ${where}, schema ${await runtime.store.schemaVersion()})`);
    console.log(`API documentation: http://${shown}:${actual}/api/docs`);
    if (demo) console.log(describeDemo(demo));
    if (admin) {
      console.log('');
      console.log('First start: an administrator account was created. Write this down; it is shown only once.');
      console.log(`  username: ${admin.username}`);
      console.log(`  password: ${admin.password}`);
    }
    return new Promise<number>(() => undefined);
  },
};

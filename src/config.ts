/** Settings from the environment, each with its default. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PLENUM_PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PLENUM_PORT must be a port number from 0 to 65535, not "${env.PLENUM_PORT}"`);
  }
  return {
    port,
    host: env.PLENUM_HOST ?? '0.0.0.0',
    dataDir: env.PLENUM_DATA ?? 'data',
    databaseUrl: env.PLENUM_DATABASE_URL || undefined,
  };
}

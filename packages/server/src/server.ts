import { mkdir } from 'node:fs/promises';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { demoLogins, seedDemoPractice, type DemoLogin } from './features/demo/seed.ts';
import { buildApp, type TandemApp } from './http/app.ts';
import { createMailer } from './mail/mailer.ts';

export type RunningServer = {
  app: TandemApp;
  db: Database;
  url: string;
  /** Where emails go: an outbox folder or an SMTP host. */
  mail: string;
  migrationsApplied: string[];
  demo: { created: boolean; logins: DemoLogin[] } | undefined;
  close(): Promise<void>;
};

export async function openConfiguredDatabase(config: Pick<Config, 'databaseUrl' | 'databaseSchema' | 'databasePool' | 'dataDir'>): Promise<Database> {
  if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true });
  return openDatabase({ databaseUrl: config.databaseUrl, schema: config.databaseSchema, dataDir: config.dataDir, maxConnections: config.databasePool });
}

/** Opens the database, brings its schema up to date, seeds the demo if asked, and listens. */
export async function startServer(config: Config, clock: () => Date = () => new Date()): Promise<RunningServer> {
  const db = await openConfiguredDatabase(config);
  try {
    const migrationsApplied = await migrate(db);
    const app = await buildApp({
      db,
      clock,
      publicUrl: config.publicUrl,
      webDist: config.webDist,
      logger: { level: config.logLevel },
      trustProxy: config.trustProxy,
      mailer: createMailer(config.mail),
    });
    await app.listen({ port: config.port, host: config.host });
    app.emails.start();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = config.publicUrl ?? `http://localhost:${port}`;
    const demo = config.seedDemo
      ? { created: await seedDemoPractice({ db, clock }, url), logins: demoLogins() }
      : undefined;
    return {
      app,
      db,
      url,
      mail: app.mailer.description,
      migrationsApplied,
      demo,
      async close() {
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

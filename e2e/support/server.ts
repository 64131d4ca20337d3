import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, startServer } from '@tandem/server';

export type TestServer = {
  url: string;
  /** Where the server writes its emails (the development outbox under the data directory). */
  outboxDir: string;
  close(): Promise<void>;
};

/**
 * The real Tandem server on a free port, with a fresh embedded database and the demo practice,
 * serving the web app that `npm run test:e2e` has just built.
 */
export async function startTestServer(): Promise<TestServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tandem-e2e-'));
  const config = readConfig({ PORT: '0', HOST: '127.0.0.1', TANDEM_DATA_DIR: dataDir, TANDEM_DEMO: 'on' });
  if (!existsSync(join(config.webDist, 'index.html'))) {
    throw new Error(`No built web app in ${config.webDist}: run the journeys with \`npm run test:e2e\`.`);
  }
  const server = await startServer(config);
  return {
    url: server.url,
    outboxDir: config.mail.outboxDir,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

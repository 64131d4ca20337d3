// The server that `npm run bench` measures at scale, in a process of its own, as in service where
// the clients are other machines: the bench's own process writes the practices and runs the load
// generator. It serves Tandem on the PostgreSQL schema it is given (BENCH_SERVER_DATABASE_URL,
// BENCH_SERVER_SCHEMA, BENCH_SERVER_POOL), or with BENCH_SERVER_BARE=1 the bare Fastify route to
// compare with; it says where it listens, and its memory when asked (see child-server.ts).
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { buildApp, openPostgres } from '@tandem/server';

async function listen(): Promise<string> {
  if (process.env.BENCH_SERVER_BARE === '1') {
    const bare = Fastify();
    bare.get('/bare', async () => ({ ok: true }));
    await bare.listen({ port: 0, host: '127.0.0.1' });
    return `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;
  }
  const db = await openPostgres({
    connectionString: process.env.BENCH_SERVER_DATABASE_URL ?? '',
    schema: process.env.BENCH_SERVER_SCHEMA,
    maxConnections: Number(process.env.BENCH_SERVER_POOL ?? 10),
  });
  const app = await buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

const url = await listen();
process.on('message', (message) => {
  if (message === 'memory') process.send?.({ memory: process.memoryUsage() });
});
process.send?.({ url });

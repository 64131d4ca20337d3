// One autocannon run against one target, with the same settings for every target so that the
// figures can be set side by side: 10 connections, no pipelining, a short warm-up first.
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpuPerRequest, sampleCpu, type CpuPerRequest } from './cpu.ts';

export type BenchRequest = {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
};

export type Measurement = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses counted, all of them 2xx (a run with any other status throws). */
  responses: number;
  /** The CPU each request of the measured run cost, by part, when `cpu` was asked for. */
  cpu?: CpuPerRequest | undefined;
};

export type MeasureOptions = {
  baseUrl: string;
  /**
   * The requests, dealt out among the connections (deal-requests.cjs); each sends its share in
   * turn and round again. Several requests spread the load over several people (sessions,
   * engagements) instead of hammering one row.
   */
  requests: BenchRequest[];
  seconds: number;
  warmupSeconds?: number;
  /** Concurrent connections (10 unless said): 1 measures a request's own latency, without queueing. */
  connections?: number;
  /**
   * Sends each request of the list exactly once instead of for `seconds`: first looks, each
   * computing what nothing kept yet. Run after the warm-up and `beforeRun`.
   */
  once?: boolean;
  /** Runs between the warm-up and the measured run: clears what the warm-up kept, say. */
  beforeRun?: () => Promise<void>;
  /**
   * Reads the CPU of the server in process `serverPid`, of PostgreSQL (when `postgresHere`: it
   * runs on this machine) and of the bench around the measured run (cpu.ts).
   */
  cpu?: { serverPid: number | undefined; postgresHere: boolean };
};

const CONNECTIONS = 10;
// What a browser (and Node's fetch) asks for on its own: answers gzipped where the server keeps
// them so (decision 028). The load generator counts the bytes as sent and unzips nothing.
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate' };
const DEAL_REQUESTS = fileURLToPath(new URL('./deal-requests.cjs', import.meta.url));
const PIPELINING = 1;

/** Sends one request, reads its whole answer, and throws unless it is a 2xx. */
export async function send(baseUrl: string, request: BenchRequest): Promise<void> {
  const response = await fetch(baseUrl + request.path, { method: request.method, headers: request.headers, body: request.body });
  if (!response.ok) throw new Error(`${request.method} ${request.path} answered ${response.status}`);
  await response.arrayBuffer();
}

export async function measure(options: MeasureOptions): Promise<Measurement> {
  await fire(options, options.warmupSeconds ?? 1);
  await options.beforeRun?.();
  const before = options.cpu && sampleCpu(options.cpu.serverPid, options.cpu.postgresHere);
  const result = await fire(options, options.seconds, options.once ? options.requests.length : undefined);
  const after = options.cpu && sampleCpu(options.cpu.serverPid, options.cpu.postgresHere);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses: result['2xx'],
    cpu: before && after ? cpuPerRequest(before, after, result['2xx']) : undefined,
  };
}

async function fire(options: MeasureOptions, seconds: number, amount?: number): Promise<autocannon.Result> {
  const connections = options.connections ?? CONNECTIONS;
  // The whole list goes to the connections through a file (see deal-requests.cjs).
  const plan = join(tmpdir(), `tandem-bench-${process.pid}.json`);
  const requests = options.requests.map((request) => ({ ...request, headers: { ...BROWSER_HEADERS, ...request.headers } }));
  writeFileSync(plan, JSON.stringify({ connections, requests }));
  process.env.TANDEM_BENCH_REQUESTS = plan;
  try {
    const result = await autocannon({
      url: options.baseUrl,
      connections,
      pipelining: PIPELINING,
      // A number of requests, when given, ends the run instead of its duration.
      ...(amount === undefined ? { duration: seconds } : { amount }),
      // The load generator gets a thread of its own, so that it does not share the event loop with
      // the server it measures (which would roughly halve every figure, the bare route's most).
      workers: 1,
      // Each connection gets its own share of the list (see the file), not all of it. With workers
      // autocannon takes the module's path; its types know only the function.
      setupClient: DEAL_REQUESTS as unknown as (client: autocannon.Client) => void,
      requests: requests.slice(0, 1),
    });
    return checked(options, result);
  } finally {
    rmSync(plan, { force: true });
  }
}

function checked(options: MeasureOptions, result: autocannon.Result): autocannon.Result {
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) {
    const statuses = JSON.stringify(result.statusCodeStats ?? {});
    throw new Error(
      `${options.requests[0]?.method} ${options.requests[0]?.path}: ${result.non2xx} non-2xx, ${result.errors} errors, ` +
        `${result.timeouts} timeouts (status codes ${statuses})`,
    );
  }
  return result;
}

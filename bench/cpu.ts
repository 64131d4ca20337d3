// Where the cores went during a run: the CPU time of the server measured, of PostgreSQL (every
// process of it on this machine: the backends and the writers behind them) and of the bench's own
// process (the load generator's thread), read from Linux's /proc. On two cores shared by all
// three, a route's latency at 32 connections is bounded below by 32 × its CPU per request / 2.
import { readFileSync, readdirSync } from 'node:fs';

/** CPU milliseconds used so far (PostgreSQL's by process); a part is undefined where this machine cannot say (no /proc, a PostgreSQL elsewhere). */
export type CpuSample = { server: number | undefined; postgres: Map<number, number> | undefined; loadGenerator: number };

/** CPU milliseconds per request of one run, by part (undefined where this machine cannot say). */
export type CpuPerRequest = { server: number | undefined; postgres: number | undefined; loadGenerator: number };

// /proc/<pid>/stat counts in clock ticks of 1/100 s (USER_HZ) on every Linux Tandem runs on.
const MS_PER_TICK = 10;

/** User and system CPU of one process in milliseconds, or undefined when it cannot be read. */
function processCpu(pid: number): number | undefined {
  try {
    // The command name (field 2) may hold spaces: fields after it start past its closing ')'.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * MS_PER_TICK : undefined;
  } catch {
    return undefined;
  }
}

/** The CPU of each PostgreSQL process on this machine by process id, or undefined when there is none to read. */
function postgresCpu(): Map<number, number> | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const byProcess = new Map<number, number>();
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let command: string;
    try {
      command = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
    } catch {
      continue; // ended while being looked at
    }
    if (command !== 'postgres') continue;
    const cpu = processCpu(Number(entry));
    if (cpu !== undefined) byProcess.set(Number(entry), cpu);
  }
  return byProcess.size > 0 ? byProcess : undefined;
}

/**
 * What the server process `serverPid`, PostgreSQL (when `postgresHere`: the one measured runs on
 * this machine) and this process have used so far.
 */
export function sampleCpu(serverPid: number | undefined, postgresHere: boolean): CpuSample {
  const own = process.cpuUsage();
  return {
    server: serverPid === undefined ? undefined : processCpu(serverPid),
    postgres: postgresHere ? postgresCpu() : undefined,
    loadGenerator: (own.user + own.system) / 1000,
  };
}

/** The CPU between two samples, per request of the `requests` answered between them. */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): CpuPerRequest {
  const per = (spent: number | undefined) => (spent === undefined || requests === 0 ? undefined : spent / requests);
  const serverSpent = before.server === undefined || after.server === undefined ? undefined : after.server - before.server;
  return {
    server: per(serverSpent),
    postgres: per(postgresSpent(before.postgres, after.postgres)),
    loadGenerator: per(after.loadGenerator - before.loadGenerator) ?? 0,
  };
}

/**
 * PostgreSQL's CPU between two samples, process by process: a backend that started in between
 * counts from nothing, and one that ended (an idle connection closed) is left out rather than
 * taking all it ever spent off the sum.
 */
function postgresSpent(before: Map<number, number> | undefined, after: Map<number, number> | undefined): number | undefined {
  if (!before || !after) return undefined;
  let spent = 0;
  for (const [pid, cpu] of after) spent += cpu - (before.get(pid) ?? 0);
  return spent;
}

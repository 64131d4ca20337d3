import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Database } from './database.ts';

/**
 * A backup is one gzipped file of JSON lines that both engines write and read (decision 013):
 *
 *   {"format":"tandem-backup","version":1,"migrations":[...],"tables":[{"name":..,"rows":..}],...}
 *   {"table":"practices"}            then one line per row: the row as to_jsonb gives it
 *   {"table":"users"}                ...every table of the schema, parents before children
 *   {"end":true,"rows":N,"sha256":"<hash of every line above>"}
 *
 * The schema is not in the file: it is the migrations it names, which the restore applies.
 */
export const BACKUP_FORMAT = 'tandem-backup';
export const BACKUP_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  engine: Database['engine'];
  migrations: string[];
  tables: { name: string; rows: number }[];
};

/** Why a backup or a restore stopped; the command puts each in the reader's language. */
export type BackupProblem =
  | { code: 'not_migrated' }
  | { code: 'not_a_backup' }
  | { code: 'truncated' }
  | { code: 'corrupt'; detail: string }
  | { code: 'newer_schema'; migration: string }
  | { code: 'target_newer'; migration: string }
  | { code: 'target_not_empty'; table: string };

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup: ${problem.code}${'detail' in problem ? `: ${problem.detail}` : ''}`);
    this.name = 'BackupError';
  }
}

export function corrupt(detail: string): BackupError {
  return new BackupError({ code: 'corrupt', detail });
}

export function parseLine<T>(line: string): T {
  try {
    return JSON.parse(line) as T;
  } catch {
    throw corrupt('a line is not JSON');
  }
}

export async function readHeader(lines: AsyncGenerator<string>): Promise<BackupHeader> {
  const first = await lines.next().catch((error: unknown) => {
    if (error instanceof BackupError && error.problem.code !== 'truncated') throw new BackupError({ code: 'not_a_backup' });
    throw error;
  });
  if (first.done) throw new BackupError({ code: 'not_a_backup' });
  let header: BackupHeader;
  try {
    header = JSON.parse(first.value) as BackupHeader;
  } catch {
    throw new BackupError({ code: 'not_a_backup' });
  }
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION || !Array.isArray(header.migrations) || !Array.isArray(header.tables)) {
    throw new BackupError({ code: 'not_a_backup' });
  }
  return header;
}

export /** The file's lines, ungzipped as they are read; a damaged or cut-short file is a BackupError. */
async function* linesOf(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      rest += decoder.write(chunk as Buffer);
      let end = rest.indexOf('\n');
      while (end >= 0) {
        yield rest.slice(0, end);
        rest = rest.slice(end + 1);
        end = rest.indexOf('\n');
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'Z_BUF_ERROR') throw new BackupError({ code: 'truncated' });
    if (code === 'Z_DATA_ERROR') throw corrupt('the file is not intact gzip');
    throw error;
  }
  rest += decoder.end();
  if (rest) yield rest;
}

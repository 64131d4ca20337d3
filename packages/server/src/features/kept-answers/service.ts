import { gzipSync } from 'node:zlib';
import { calendarDateIn } from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import * as repo from './repo.ts';

/**
 * Names the rules behind kept answers (decisions 018, 021 and 026): change it when what a kept
 * answer (a cascade, a goal's progress, a goal list) answers changes for the same data, or the
 * stamp it is kept at, and every kept answer is computed again.
 */
const ANSWER_RULES = 'answer-4';

/**
 * An answer checked and written as JSON, ready to send: gzipped, as it is kept and as most clients
 * take it; with its text too when it was just computed (a client that takes no gzip gets that).
 */
export type WrittenAnswer = { gzip: Buffer; text?: string };

// The fastest level: a goal list of 20 goals (57 kB) in 0.17 ms to 3.1 kB, where level 6 takes
// 0.28 ms to 2.7 kB (decision 028).
const GZIP_LEVEL = 1;

/** An answer just written as JSON text, gzipped to be kept (here, and by the inbox). */
export function written(text: string): Required<WrittenAnswer> {
  return { gzip: gzipSync(text, { level: GZIP_LEVEL }), text };
}

/**
 * What the reader was answered before under `key`, when nothing it was computed from has changed
 * since (the engagement's stamp for `basis`, migrations 0015 and 0024), in the same language and
 * time zone, and for a `progress` answer on the same day; otherwise `compute`'s answer, kept for
 * next time. A `goals` answer (a goal list) says nothing that changes with the day: it is kept
 * for any day. The stamp is read before anything is computed, so a change committed meanwhile
 * outdates what is kept. Answers are kept and given back as the JSON text they were written as
 * (decision 021), gzipped (decision 028). Callers check access first: the kept rows are also
 * their reader's alone (row-level security).
 */
export async function keptAnswer(
  scope: Scope,
  engagementId: string,
  key: string,
  compute: (asOf: string) => Promise<string>,
  basis: repo.AnswerBasis = 'progress',
): Promise<WrittenAnswer> {
  const actor = requireActor(scope);
  const today = calendarDateIn(actor.timeZone, scope.now);
  const where = {
    userId: actor.userId,
    engagementId,
    key,
    asOf: basis === 'progress' ? today : null,
    reader: `${ANSWER_RULES}|${actor.locale}|${actor.timeZone}`,
    basis,
  };
  const kept = await repo.readKeptAnswer(scope.tx, where);
  if (kept.answer !== null) return { gzip: kept.answer };
  const answer = written(await compute(today));
  await repo.keepAnswer(scope.tx, { ...where, practiceId: actor.practiceId, stamp: kept.stamp, answer: answer.gzip });
  return answer;
}

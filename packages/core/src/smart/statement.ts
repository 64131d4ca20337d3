import {
  COMPARATIVE_WORDS,
  CONCRETE_VERBS,
  FILLER_WORDS,
  JOINING_WORDS,
  NUMBER_WORDS,
  PURPOSE_PHRASES,
  SKILL_WORDS,
  VAGUE_PHRASES,
  type WordPattern,
} from './lexicon.ts';
import { findTimeframes, type Timeframe } from './timeframe.ts';

/**
 * What the words of a goal (its title and description) say, read once and shared by the five
 * criteria. Everything quoted is quoted as the client wrote it.
 */
export type Statement = {
  /** Vague verbs and phrases: "improve", "uzlabošu", "be a better". */
  vague: string[];
  /** Concrete actions with their object: "delivering 5 company presentations". */
  actions: string[];
  /** Numbers tied to a thing: "5 company presentations", "4 out of 5", "80%". */
  quantities: string[];
  /** "more", "vairāk": a direction without an amount. */
  comparatives: string[];
  /** A purpose carried by the statement itself: "so that …", "lai …". */
  purpose: string | null;
  /** The first timeframe named: "over the next 3 months", "līdz jūnijam". */
  timeframe: Timeframe | null;
  /** Words that add detail: not filler, not vague, not numbers, not the timeframe. */
  detailWords: number;
};

type Token = { word: string; start: number; end: number };
type Slot = { exact: ReadonlySet<string>; stems: readonly string[] };
type Compiled = { slots: readonly Slot[]; except: readonly string[]; isConcreteWhenNamed: boolean };
type Found = { from: number; to: number; pattern: Compiled };

const TOKEN = /[€$£]?\d+(?:[.,]\d+)?%?(?!\p{L})|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const NUMBER = /^[€$£]?\d/;
const YEAR = /^(19|20)\d\d$/;
const UPPER = /^\p{Lu}/u;
const BREAK = /[\p{L}\p{N},.;:!?()]/u;
/** How many words after an action's verb are quoted when the clause ends there. */
const ACTION_WHOLE_CLAUSE_WORDS = 5;
/** How many words a number's noun phrase may run to ("6 industry networking events") before the whole clause is quoted. */
const QUANTITY_PHRASE_WORDS = 4;
/** Words that join two verbs sharing one object: "prepare and rehearse a talk", "sagatavot un izmēģināt". */
const VERB_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'un', 'vai']);

function compile(patterns: readonly WordPattern[]): Compiled[] {
  return patterns.map((p) => ({
    slots: p.words.map((alternatives) => ({
      exact: new Set(alternatives.filter((a) => !a.endsWith('*'))),
      stems: alternatives.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
    })),
    except: (p.except ?? []).map((a) => a.replace(/\*$/, '')),
    isConcreteWhenNamed: p.isConcreteWhenNamed === true,
  }));
}

const VAGUE = compile(VAGUE_PHRASES);
const CONCRETE = compile(CONCRETE_VERBS);
const COMPARATIVE = compile(COMPARATIVE_WORDS);
const PURPOSE = compile(PURPOSE_PHRASES);

function fitsSlot(word: string, slot: Slot, except: readonly string[]): boolean {
  const fits = slot.exact.has(word) || slot.stems.some((stem) => word.startsWith(stem));
  return fits && !except.some((stem) => word.startsWith(stem));
}

/** Every place the patterns occur, earliest first; where two overlap the longer wins. */
function findAll(tokens: readonly Token[], patterns: readonly Compiled[]): Found[] {
  const found: Found[] = [];
  tokens.forEach((_token, from) => {
    for (const pattern of patterns) {
      const fits = pattern.slots.every((slot, k) => {
        const token = tokens[from + k];
        return token !== undefined && fitsSlot(token.word, slot, pattern.except);
      });
      if (fits) found.push({ from, to: from + pattern.slots.length, pattern });
    }
  });
  found.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Found[] = [];
  for (const f of found) if (kept.every((k) => k.to <= f.from)) kept.push(f);
  return kept;
}

function isNumberAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (NUMBER.test(token.word)) {
    const next = tokens[i + 1];
    const isYear = YEAR.test(token.word) && (next === undefined || FILLER_WORDS.has(next.word) || next.word.startsWith('gad'));
    return !isYear;
  }
  const next = tokens[i + 1];
  return NUMBER_WORDS.has(token.word) && next !== undefined && !FILLER_WORDS.has(next.word);
}

/**
 * Reads a goal's title and description in English and Latvian at once. Timeframes count from
 * `anchor` (the goal's start, or today), and their words are set aside so that "3 months" is
 * never taken for a number of things.
 */
export function readStatement(title: string, description: string, anchor: string): Statement {
  const written = [title, description].filter((part) => part.trim() !== '').join('. ').normalize('NFC');
  const lower = written.toLowerCase();
  const raw = lower.length === written.length ? written : lower;
  const timeframes = findTimeframes(lower, raw, anchor);
  const tokens = [...lower.matchAll(TOKEN)]
    .map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }))
    .filter((t) => timeframes.every((f) => t.end <= f.start || t.start >= f.end));

  const quote = (from: number, to: number) => {
    const first = tokens[from];
    const last = tokens[to - 1];
    return first === undefined || last === undefined ? '' : raw.slice(first.start, last.end);
  };
  /** How far a phrase runs on from token `from`: up to `max` words, stopping at punctuation or a joining word. */
  const runOn = (from: number, max: number, accepts: (token: Token, index: number) => boolean) => {
    let to = from;
    while (to < from + max) {
      const previous = tokens[to - 1];
      const next = tokens[to];
      if (previous === undefined || next === undefined || !accepts(next, to)) break;
      if (BREAK.test(raw.slice(previous.end, next.start)) || JOINING_WORDS.has(next.word)) break;
      to += 1;
    }
    return to;
  };

  const vague: string[] = [];
  const actions: string[] = [];
  const vagueTokens = new Set<number>();
  const verbTokens = new Set<number>();
  /** The end of a verb joined to the next one ("Sagatavot un izmēģināt"), which names the shared object. */
  const joinedVerbEnd = (verbEnd: number) => {
    const joiner = tokens[verbEnd];
    const next = tokens[verbEnd + 1];
    const previous = tokens[verbEnd - 1];
    if (joiner === undefined || next === undefined || previous === undefined || !VERB_JOINERS.has(joiner.word)) return verbEnd;
    const isOneClause = !BREAK.test(raw.slice(previous.end, joiner.start)) && !BREAK.test(raw.slice(joiner.end, next.start));
    return isOneClause && !FILLER_WORDS.has(next.word) && !isNumberAt(tokens, verbEnd + 1) ? verbEnd + 2 : verbEnd;
  };
  const addAction = (from: number, namedEnd: number) => {
    const verbEnd = joinedVerbEnd(namedEnd);
    if (SKILL_WORDS.has(tokens[verbEnd]?.word ?? '')) return;
    for (let i = from; i < verbEnd; i += 1) verbTokens.add(i);
    // The verb and its object; a clause that ends within five words is quoted whole, so that
    // "Nolasīt 1 referātu angļu valodā" is not cut after "angļu". A longer one is cut after up to
    // three words, before a small word that starts the next phrase ("… prezentāciju par …").
    const clause = runOn(verbEnd, ACTION_WHOLE_CLAUSE_WORDS + 1, () => true);
    const isObjectWord = (t: Token, k: number) => k === verbEnd || !FILLER_WORDS.has(t.word) || tokens.slice(verbEnd, k).every((w) => FILLER_WORDS.has(w.word));
    let to = clause <= verbEnd + ACTION_WHOLE_CLAUSE_WORDS ? clause : runOn(verbEnd, 3, isObjectWord);
    while (to > verbEnd && FILLER_WORDS.has(tokens[to - 1]?.word ?? '')) to -= 1;
    const hasObject = tokens.slice(verbEnd, to).some((t) => !FILLER_WORDS.has(t.word));
    if (hasObject) actions.push(quote(from, to));
  };
  for (const f of findAll(tokens, VAGUE)) {
    const next = tokens[f.to];
    if (f.pattern.isConcreteWhenNamed && next !== undefined && UPPER.test(raw.slice(next.start, next.end))) {
      addAction(f.from, f.to);
      continue;
    }
    vague.push(quote(f.from, f.to));
    for (let i = f.from; i < f.to; i += 1) vagueTokens.add(i);
  }
  for (const f of findAll(tokens, CONCRETE)) addAction(f.from, f.to);

  const quantities: string[] = [];
  const numberTokens = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isNumberAt(tokens, i) || numberTokens.has(i)) continue;
    numberTokens.add(i);
    const [a, b, c] = [tokens[i + 1]?.word, tokens[i + 2]?.word, tokens[i + 3]];
    const isScore = (a === 'out' && b === 'of' && c !== undefined && NUMBER.test(c.word)) || (a === 'no' && b !== undefined && NUMBER.test(b));
    // The number with the noun phrase it counts, up to the next small word, number, verb or
    // punctuation: "6 industry networking events", never "6 industry networking".
    const isNounWord = (t: Token, k: number) => !FILLER_WORDS.has(t.word) && !isNumberAt(tokens, k) && !vagueTokens.has(k) && !verbTokens.has(k);
    const nounPhrase = runOn(i + 1, QUANTITY_PHRASE_WORDS + 1, isNounWord);
    const to = isScore
      ? i + (a === 'out' ? 4 : 3)
      : nounPhrase <= i + QUANTITY_PHRASE_WORDS
        ? nounPhrase
        : runOn(i + 1, Number.POSITIVE_INFINITY, () => true);
    for (let k = i + 1; k < to; k += 1) numberTokens.add(k);
    quantities.push(quote(i, to));
  }

  const purposeFound = findAll(tokens, PURPOSE)[0];
  return {
    vague,
    actions,
    quantities,
    comparatives: findAll(tokens, COMPARATIVE).map((f) => quote(f.from, f.to)),
    purpose: purposeFound === undefined ? null : quote(purposeFound.from, runOn(purposeFound.to, 5, () => true)),
    timeframe: timeframes[0] ?? null,
    detailWords: tokens.filter((t, i) => !FILLER_WORDS.has(t.word) && !vagueTokens.has(i) && !numberTokens.has(i)).length,
  };
}

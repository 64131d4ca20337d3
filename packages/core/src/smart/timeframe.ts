import { addDays, addMonths, addWeeks, addYears, endOfMonth, endOfQuarter, endOfYear, set } from 'date-fns';
import { formatCalendarDate, isCalendarDate, parseCalendarDate } from '../horizon.ts';
import { NUMBER_WORDS } from './lexicon.ts';

/**
 * A timeframe named in the words of a goal: "over the next 3 months", "by June",
 * "3 mēnešu laikā", "līdz jūnijam". `dueOn` is the date it points to, counted from the goal's
 * start (or today). A duration ("in 6 months") says how long the work takes; a deadline
 * ("by June") only says when it must be done.
 */
export type Timeframe = { phrase: string; start: number; end: number; dueOn: string; isDuration: boolean };

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
type Rule = { pattern: RegExp; read: (groups: readonly (string | undefined)[], anchor: Date) => Date | null; isDuration: boolean };

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const words = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
const NUM = `(\\d{1,3}|an|a|${words})`;
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_LV = ['janvār', 'februār', 'mart', 'aprīl', 'maij', 'jūnij', 'jūlij', 'august', 'septembr', 'oktobr', 'novembr', 'decembr'];
const MONTH_EN = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_LV = `(${MONTHS_LV.join('|')})\\p{L}*`;

const re = (source: string) => new RegExp(source, 'gu');

function amountOf(word: string | undefined): number {
  if (word === undefined || word === 'a' || word === 'an') return 1;
  return NUMBER_WORDS.get(word) ?? Number.parseInt(word, 10);
}

function unitOf(word: string | undefined): Unit {
  const w = word ?? '';
  if (w.startsWith('da') || w.startsWith('dien')) return 'day';
  if (w.startsWith('we') || w.startsWith('nedēļ')) return 'week';
  if (w.startsWith('mo') || w.startsWith('mēne')) return 'month';
  if (w.startsWith('qu') || w.startsWith('ceturk')) return 'quarter';
  return 'year';
}

function addUnits(anchor: Date, amount: number, unit: Unit): Date {
  if (unit === 'day') return addDays(anchor, amount);
  if (unit === 'week') return addWeeks(anchor, amount);
  if (unit === 'month') return addMonths(anchor, amount);
  if (unit === 'quarter') return addMonths(anchor, amount * 3);
  return addYears(anchor, amount);
}

function monthIndex(word: string | undefined): number {
  const w = word ?? '';
  const lv = MONTHS_LV.findIndex((stem) => w.startsWith(stem));
  return lv >= 0 ? lv : MONTHS_EN.findIndex((stem) => w.startsWith(stem));
}

/** The end of that month (or that day of it), the first one not before the anchor unless a year is given. */
function nextMonthEnd(anchor: Date, month: number, day: string | undefined, year: string | undefined): Date | null {
  if (month < 0) return null;
  const inYear = (y: number) => {
    const first = set(anchor, { year: y, month, date: 1 });
    return day === undefined ? endOfMonth(first) : addDays(first, Number.parseInt(day, 10) - 1);
  };
  if (year !== undefined) return inYear(Number.parseInt(year, 10));
  const thisYear = inYear(anchor.getFullYear());
  return thisYear < anchor ? inYear(anchor.getFullYear() + 1) : thisYear;
}

function periodEnd(anchor: Date, word: string | undefined): Date {
  const unit = unitOf(word);
  if (unit === 'month') return endOfMonth(anchor);
  if (unit === 'quarter') return endOfQuarter(anchor);
  return endOfYear(anchor);
}

function quarterEnd(anchor: Date, quarter: string | undefined, year: string | undefined): Date {
  const q = Number.parseInt(quarter ?? '1', 10);
  const inQuarter = set(anchor, { year: year === undefined ? anchor.getFullYear() : Number.parseInt(year, 10), month: (q - 1) * 3, date: 1 });
  const end = endOfQuarter(inQuarter);
  return year === undefined && end < anchor ? addYears(end, 1) : end;
}

const RULES: readonly Rule[] = [
  // English durations: "over the next 3 months", "within a year", "in 6 months", "for 90 days"
  {
    pattern: re(`${B}(?:(?:over|in|within|during|for)\\s+(?:the\\s+)?(?:next|coming|following)\\s+|(?:over|in|within|during|for)\\s+|(?:the\\s+)?(?:next|coming)\\s+)${NUM}\\s+(day|week|month|quarter|year)s?${E}`),
    read: ([, amount, unit], anchor) => addUnits(anchor, amountOf(amount), unitOf(unit)),
    isDuration: true,
  },
  {
    pattern: re(`${B}(?:over|in|within|during|for)\\s+(?:the\\s+next\\s+)?half\\s+a\\s+year${E}`),
    read: (_groups, anchor) => addMonths(anchor, 6),
    isDuration: true,
  },
  // English deadlines: "by June", "by 30 June 2026", "until March 15", "in June"
  {
    pattern: re(`${B}(?:by|until|till|before|in)\\s+(?:the\\s+end\\s+of\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?${MONTH_EN}${E}\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?${E})?(?:,?\\s+(\\d{4})${E})?`),
    read: ([, dayBefore, month, dayAfter, year], anchor) => nextMonthEnd(anchor, monthIndex(month), dayBefore ?? dayAfter, year),
    isDuration: false,
  },
  {
    pattern: re(`${B}(?:(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?|this\\s+)(year|quarter|month)${E}`),
    read: ([, unit], anchor) => periodEnd(anchor, unit),
    isDuration: false,
  },
  {
    pattern: re(`${B}(?:by|in|until|before|during)\\s+(?:the\\s+end\\s+of\\s+)?q([1-4])(?:\\s+(\\d{4}))?${E}`),
    read: ([, quarter, year], anchor) => quarterEnd(anchor, quarter, year),
    isDuration: false,
  },
  // Latvian durations: "3 mēnešu laikā", "nākamo 3 mēnešu laikā", "gada laikā", "6 mēnešos", "pēc gada"
  {
    pattern: re(`${B}(?:(?:nākamo|tuvāko|turpmāko)\\s+)?(?:${NUM}\\s+)?(dienu|dienas|nedēļu|nedēļas|mēnešu|mēneša|gadu|gada|ceturkšņu|ceturkšņa)\\s+laikā${E}`),
    read: ([, amount, unit], anchor) => addUnits(anchor, amountOf(amount), unitOf(unit)),
    isDuration: true,
  },
  {
    pattern: re(`${B}(?:(?:nākamajos|tuvākajos|turpmākajos|nākamajās|tuvākajās|turpmākajās)\\s+)?${NUM}\\s+(dienās|nedēļās|mēnešos|gados|ceturkšņos)${E}`),
    read: ([, amount, unit], anchor) => addUnits(anchor, amountOf(amount), unitOf(unit)),
    isDuration: true,
  },
  {
    pattern: re(`${B}pēc\\s+(?:${NUM}\\s+)?(dienām|nedēļām|mēnešiem|gadiem|ceturkšņiem|dienas|nedēļas|mēneša|gada|ceturkšņa)${E}`),
    read: ([, amount, unit], anchor) => addUnits(anchor, amountOf(amount), unitOf(unit)),
    isDuration: true,
  },
  {
    pattern: re(`${B}(?:pusgada\\s+laikā|pusgadā)${E}`),
    read: (_groups, anchor) => addMonths(anchor, 6),
    isDuration: true,
  },
  // Latvian deadlines: "līdz jūnijam", "līdz 2026. gada 30. jūnijam", "līdz gada beigām", "šogad"
  {
    pattern: re(`${B}līdz\\s+(?:(\\d{4})\\.\\s*gada\\s+)?(?:(\\d{1,2})\\.\\s*)?${MONTH_LV}(?:\\s+beigām)?${E}`),
    read: ([, year, day, month], anchor) => nextMonthEnd(anchor, monthIndex(month), day, year),
    isDuration: false,
  },
  {
    pattern: re(`${B}(${MONTHS_LV.join('|')})(?:ā|ī)${E}`),
    read: ([, month], anchor) => nextMonthEnd(anchor, monthIndex(month), undefined, undefined),
    isDuration: false,
  },
  {
    pattern: re(`${B}(?:līdz\\s+(?:šī\\s+|šā\\s+)?(gada|ceturkšņa|mēneša)\\s+beigām|(?:šī|šā)\\s+(gada|ceturkšņa|mēneša)\\s+laikā)${E}`),
    read: ([, until, within], anchor) => periodEnd(anchor, until ?? within),
    isDuration: false,
  },
  {
    pattern: re(`${B}(šogad|šomēnes|šajā\\s+ceturksnī)${E}`),
    read: ([, word], anchor) => periodEnd(anchor, word === 'šogad' ? 'gada' : word === 'šomēnes' ? 'mēneša' : 'ceturkšņa'),
    isDuration: false,
  },
  {
    pattern: re(`${B}(?:līdz\\s+)?(?:(\\d{4})\\.\\s*gada\\s+)?([1-4])\\.\\s*ceturkšņa(?:\\s+beigām)?${E}`),
    read: ([, year, quarter], anchor) => quarterEnd(anchor, quarter, year),
    isDuration: false,
  },
  // A year: "by 2027", "in 2027", "2027. gadā", "līdz 2027. gadam"
  {
    pattern: re(`${B}(?:(?:by|in|until|before|during)\\s+(?:the\\s+end\\s+of\\s+)?(20\\d\\d)|(?:līdz\\s+)?(20\\d\\d)\\.\\s*(?:gadā|gadam|gada\\s+beigām))${E}`),
    read: ([, en, lv], anchor) => endOfYear(set(anchor, { year: Number.parseInt(en ?? lv ?? '', 10) })),
    isDuration: false,
  },
  // A date written out in either language: "by 2026-06-30", "līdz 2026-06-30"
  {
    pattern: re(`${B}(?:(?:by|until|before|due|līdz)\\s+)?(\\d{4}-\\d{2}-\\d{2})${E}`),
    read: ([, date]) => (date !== undefined && isCalendarDate(date) ? parseCalendarDate(date) : null),
    isDuration: false,
  },
];

/**
 * Every timeframe named in `lower` (the lower-cased statement), earliest first; where two
 * overlap the longer wins. `raw` is the statement as written, for quoting.
 */
export function findTimeframes(lower: string, raw: string, anchorDate: string): Timeframe[] {
  const anchor = parseCalendarDate(anchorDate);
  const found: Timeframe[] = [];
  for (const rule of RULES) {
    for (const match of lower.matchAll(rule.pattern)) {
      const due = rule.read(match, anchor);
      if (due === null || Number.isNaN(due.getTime())) continue;
      const start = match.index;
      const end = start + match[0].length;
      found.push({ phrase: raw.slice(start, end), start, end, dueOn: formatCalendarDate(due), isDuration: rule.isDuration });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Timeframe[] = [];
  for (const t of found) if (kept.every((other) => other.end <= t.start)) kept.push(t);
  return kept;
}

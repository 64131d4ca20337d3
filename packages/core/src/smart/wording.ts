import { formatCalendarDayInFull } from '../calendar.ts';
import type { Horizon } from '../horizon.ts';
import { inLatvianCase } from '../latvian-cases.ts';
import type { Locale } from '../locale.ts';
import { formatNumber, quotePaces } from './pace.ts';

/**
 * Everything the SMART assessment says to a person, English and Latvian side by side.
 * A `Line` is fixed text; a `Phrase` fills in what the rules found (the vague verb, the number,
 * the days). Latvian addresses the reader with the polite "jūs", as the rest of Tandem does.
 */
export type Line = Readonly<Record<Locale, string>>;
export type Phrase<A> = Readonly<Record<Locale, (args: A) => string>>;

const line = (text: Line): Line => text;
const phrase = <A>(text: Phrase<A>): Phrase<A> => text;

const and = (items: readonly string[], word: string) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`;
/** Quoted words lose a full stop of their own: the sentence around them has one ("…know you”."). */
const withoutFullStop = (text: string) => text.replace(/(?<!\.)\.\s*$/u, '');
/** Ends a sentence with a full stop, unless it already ends with ! or ? (inside its closing quote). */
const close = (sentence: string) => (/[.!?…][”"]?$/u.test(sentence) ? sentence : `${sentence}.`);

const en = {
  q: (text: string) => `“${withoutFullStop(text)}”`,
  days: (n: number) => `${n} ${Math.abs(n) === 1 ? 'day' : 'days'}`,
  date: (iso: string) => formatCalendarDayInFull(iso, 'en'),
  num: (x: number) => formatNumber('en', x),
  horizon: { vision: 'a vision', year: 'a year goal', quarter: 'a quarter goal', month: 'a month goal' } satisfies Record<Horizon, string>,
};

/** Whether a Latvian count takes the singular: 1, 21, 31, but not 11 ("21 diena", "11 dienas"). */
const isSingularLv = (n: number) => Math.abs(n) % 10 === 1 && Math.abs(n) % 100 !== 11;

const lv = {
  q: (text: string) => `„${withoutFullStop(text)}”`,
  days: (n: number) => `${n} ${isSingularLv(n) ? 'diena' : 'dienas'}`,
  /** A date in full, its month in the nominative ("2026. gada 8. jūnijs"), or in the case its sentence asks for. */
  date: (iso: string) => formatCalendarDayInFull(iso, 'lv'),
  genitive: (iso: string) => inLatvianCase(formatCalendarDayInFull(iso, 'lv'), 'genitive'),
  dative: (iso: string) => inLatvianCase(formatCalendarDayInFull(iso, 'lv'), 'dative'),
  locative: (iso: string) => inLatvianCase(formatCalendarDayInFull(iso, 'lv'), 'locative'),
  num: (x: number) => formatNumber('lv', x),
  /** Dative, as in "ceturkšņa mērķim tas ir par ilgu". */
  horizon: { vision: 'vīzijai', year: 'gada mērķim', quarter: 'ceturkšņa mērķim', month: 'mēneša mērķim' } satisfies Record<Horizon, string>,
};

export const SPECIFIC = {
  action: phrase<{ action: string }>({
    en: ({ action }) => `Names a concrete action: ${en.q(action)}.`,
    lv: ({ action }) => `Nosaukta konkrēta darbība: ${lv.q(action)}.`,
  }),
  vagueMadeConcrete: phrase<{ vague: string; action: string }>({
    en: ({ vague, action }) => `${en.q(vague)} alone would be vague, but ${en.q(action)} says exactly what will be done.`,
    lv: ({ vague, action }) => `${lv.q(vague)} vien būtu pārāk vispārīgi, taču ${lv.q(action)} skaidri pasaka, kas tiks darīts.`,
  }),
  outcomeNumber: phrase<{ quantity: string }>({
    en: ({ quantity }) => `No action is named, but a number pins the outcome down: ${en.q(quantity)}.`,
    lv: ({ quantity }) => `Darbība nav nosaukta, taču rezultātu precīzi nosaka skaitlis: ${lv.q(quantity)}.`,
  }),
  vagueWithDetail: phrase<{ vague: string }>({
    en: ({ vague }) => `${en.q(vague)} says what should change, not what will be done: there is some detail, but no concrete action or number.`,
    lv: ({ vague }) => `${lv.q(vague)} pasaka, kam jāmainās, nevis ko jūs darīsiet: ir dažas detaļas, bet nav ne konkrētas darbības, ne skaitļa.`,
  }),
  detailWithoutAction: line({
    en: 'Describes the aim in some detail, but names no concrete action or number.',
    lv: 'Mērķis aprakstīts ar dažām detaļām, taču nav nosaukta ne konkrēta darbība, ne skaitlis.',
  }),
  onlyVague: phrase<{ vague: string }>({
    en: ({ vague }) => `Only a vague verb, ${en.q(vague)}, with a general object: it does not say what will be done.`,
    lv: ({ vague }) => `Tikai vispārīgs darbības vārds ${lv.q(vague)} ar vispārīgu objektu: nav pateikts, kas tiks darīts.`,
  }),
  nothingNamed: line({
    en: 'No concrete action is named yet, and there is too little detail to picture the outcome.',
    lv: 'Vēl nav nosaukta konkrēta darbība, un ir par maz detaļu, lai iztēlotos rezultātu.',
  }),
  ask: line({
    en: 'What exactly will you do, and what will be different when it is done?',
    lv: 'Ko tieši jūs darīsiet, un kas būs citādi, kad tas būs paveikts?',
  }),
  reflect: line({
    en: 'Could someone else read this and picture exactly what you will be doing?',
    lv: 'Vai kāds cits, to izlasot, varētu skaidri iztēloties, ko tieši jūs darīsiet?',
  }),
};

export const MEASURABLE = {
  metric: phrase<{ name: string; baseline: number; target: number }>({
    en: ({ name, baseline, target }) => `${en.q(name)} is tracked from a baseline of ${en.num(baseline)} to a target of ${en.num(target)}.`,
    lv: ({ name, baseline, target }) => `Rādītājam ${lv.q(name)} ir sākuma līmenis ${lv.num(baseline)} un mērķa vērtība ${lv.num(target)}.`,
  }),
  numbers: phrase<{ quantities: readonly string[] }>({
    en: ({ quantities }) => `The statement has ${quantities.length === 1 ? 'a number' : 'numbers'} to check against: ${quantities.map(en.q).join(', ')}.`,
    lv: ({ quantities }) => `Formulējumā ir ${quantities.length === 1 ? 'skaitlis, pēc kura' : 'skaitļi, pēc kuriem'} pārbaudīt: ${quantities.map(lv.q).join(', ')}.`,
  }),
  noBaseline: phrase<{ name: string }>({
    en: ({ name }) => `${en.q(name)} has a target but no baseline yet: where it starts is not known.`,
    lv: ({ name }) => `Rādītājam ${lv.q(name)} ir mērķa vērtība, bet vēl nav sākuma līmeņa: nav zināms, no kā sākat.`,
  }),
  noTarget: phrase<{ name: string }>({
    en: ({ name }) => `${en.q(name)} has a baseline but no target yet.`,
    lv: ({ name }) => `Rādītājam ${lv.q(name)} ir sākuma līmenis, bet vēl nav mērķa vērtības.`,
  }),
  noBaselineNorTarget: phrase<{ name: string }>({
    en: ({ name }) => `${en.q(name)} has neither a baseline nor a target yet.`,
    lv: ({ name }) => `Rādītājam ${lv.q(name)} vēl nav ne sākuma līmeņa, ne mērķa vērtības.`,
  }),
  sameValue: phrase<{ name: string; value: number }>({
    en: ({ name, value }) => `${en.q(name)} starts and ends at ${en.num(value)}: nothing would change.`,
    lv: ({ name, value }) => `Rādītājam ${lv.q(name)} sākuma līmenis un mērķa vērtība ir vienādi (${lv.num(value)}): nekas nemainītos.`,
  }),
  comparative: phrase<{ word: string }>({
    en: ({ word }) => `${en.q(word)} says which way, but not how much: there is no number.`,
    lv: ({ word }) => `${lv.q(word)} pasaka virzienu, bet ne apjomu: nav skaitļa.`,
  }),
  nothingToCount: line({
    en: 'No metric and no number: there is no way yet to tell whether it is done.',
    lv: 'Nav ne rādītāja, ne skaitļa: pagaidām nevar pateikt, vai mērķis ir sasniegts.',
  }),
  ask: line({
    en: 'How will you know — what number will you track, from what baseline to what target?',
    lv: 'Kā jūs to zināsiet — kuram skaitlim sekosiet līdzi, no kāda sākuma līmeņa līdz kādai mērķa vērtībai?',
  }),
  askForMetric: phrase<{ name: string }>({
    en: ({ name }) => `Where does ${en.q(name)} stand today, and where should it be at the end?`,
    lv: ({ name }) => `Kāds ir rādītājs ${lv.q(name)} šodien, un kādam tam jābūt beigās?`,
  }),
  askHowMuch: line({
    en: 'By how much — what number would tell you it is enough?',
    lv: 'Par cik — kāds skaitlis jums pateiktu, ka ar to pietiek?',
  }),
  reflect: line({
    en: 'How often will you look at this number together?',
    lv: 'Cik bieži jūs šo skaitli pārskatīsiet kopā?',
  }),
};

export const ACHIEVABLE = {
  overdue: phrase<{ dueOn: string; days: number }>({
    en: ({ dueOn, days }) => `The due date, ${en.date(dueOn)}, is already ${en.days(days)} past.`,
    lv: ({ dueOn, days }) => `Termiņš (${lv.date(dueOn)}) jau ir pagājis: kavējums ir ${lv.days(days)}.`,
  }),
  dueToday: phrase<{ dueOn: string }>({
    en: ({ dueOn }) => `It is due today (${en.date(dueOn)}): no time is left to do the work.`,
    lv: ({ dueOn }) => `Termiņš ir šodien (${lv.date(dueOn)}): darbam vairs neatliek laika.`,
  }),
  /** The paces come in the metric's unit and a period they read in ("0.50 km a week"): see pace.ts. */
  tooFast: phrase<{ name: string; unit: string; need: number; soFar: number }>({
    en: ({ name, unit, need, soFar }) => {
      const [needed, so] = quotePaces('en', unit, need, soFar);
      return `${en.q(name)} would have to move ${needed} to reach the target in time: ${en.num(need / soFar)}× the pace so far (${so}).`;
    },
    lv: ({ name, unit, need, soFar }) => {
      const [needed, so] = quotePaces('lv', unit, need, soFar);
      return `Lai mērķi sasniegtu laikā, rādītājam ${lv.q(name)} jāmainās par ${needed} — ${lv.num(need / soFar)} reizes ātrāk nekā līdz šim (${so}).`;
    },
  }),
  bufferSuggestion: phrase<{ from: string; to: string }>({
    en: ({ from, to }) => `A buffer of 20–30% on the deadline would put the due date between ${en.date(from)} and ${en.date(to)}.`,
    lv: ({ from, to }) => `Ar 20–30% laika rezervi termiņš būtu no ${lv.genitive(from)} līdz ${lv.dative(to)}.`,
  }),
  reachAtPaceSoFar: phrase<{ reachOn: string; from: string; to: string }>({
    en: ({ reachOn, from, to }) => `At the pace so far the target would be reached around ${en.date(reachOn)}; a buffer of 20–30% on the time until then would put the due date between ${en.date(from)} and ${en.date(to)}.`,
    lv: ({ reachOn, from, to }) => `Ar līdzšinējo tempu mērķis būtu sasniegts aptuveni ${lv.locative(reachOn)}. Ar 20–30% laika rezervi līdz tam termiņš būtu no ${lv.genitive(from)} līdz ${lv.dative(to)}.`,
  }),
  stalled: phrase<{ name: string; unit: string; soFar: number }>({
    en: ({ name, unit, soFar }) => `So far ${en.q(name)} has not moved towards the target (${quotePaces('en', unit, soFar).join('')}).`,
    lv: ({ name, unit, soFar }) => `Līdz šim rādītājs ${lv.q(name)} nav virzījies uz mērķi (${quotePaces('lv', unit, soFar).join('')}).`,
  }),
  noBuffer: phrase<{ days: number; horizon: Horizon; typical: number }>({
    en: ({ days, horizon, typical }) => `It gives ${en.horizon[horizon]} ${en.days(days)} where ${en.days(typical)} is usual: no room for setbacks (a buffer of 20–30% is wise).`,
    lv: ({ days, horizon, typical }) => `Atvēlētas ${lv.days(days)}, lai gan ${lv.horizon[horizon]} parasti ir ${lv.days(typical)}: nav rezerves neveiksmēm (ieteicams 20–30% laika rezerves).`,
  }),
  noTime: line({
    en: 'No dates and no timeframe: there is nothing yet to weigh the effort against.',
    lv: 'Nav ne datumu, ne laika posma: vēl nav, ar ko salīdzināt vajadzīgo darbu.',
  }),
  /** Each check is a clause of its own: "Checked: 54 days are left …; the pace needed …". */
  checked: phrase<{ checks: readonly string[] }>({
    en: ({ checks }) => `Checked: ${checks.join('; ')}.`,
    lv: ({ checks }) => `Pārbaudīts: ${checks.join('; ')}.`,
  }),
  daysLeft: phrase<{ days: number }>({
    en: ({ days }) => `${en.days(days)} ${days === 1 ? 'is' : 'are'} left until the deadline`,
    lv: ({ days }) => `līdz termiņam ${isSingularLv(days) ? 'atlikusi' : 'atlikušas'} ${lv.days(days)}`,
  }),
  /** A goal that has not started yet has the days from its start, the same count Time-bound gives. */
  daysFromStart: phrase<{ days: number }>({
    en: ({ days }) => `there ${days === 1 ? 'is' : 'are'} ${en.days(days)} from the start to the deadline`,
    lv: ({ days }) => `no sākuma līdz termiņam ir ${lv.days(days)}`,
  }),
  roomForSetbacks: phrase<{ horizon: Horizon }>({
    en: () => 'the dates leave room for setbacks',
    lv: ({ horizon }) => `datumi atstāj ${lv.horizon[horizon]} rezervi neveiksmēm`,
  }),
  paceWithinReach: phrase<{ unit: string; need: number; soFar: number }>({
    en: ({ unit, need, soFar }) => {
      const [needed, so] = quotePaces('en', unit, need, soFar);
      return `the pace needed (${needed}) is within reach of the pace so far (${so})`;
    },
    lv: ({ unit, need, soFar }) => {
      const [needed, so] = quotePaces('lv', unit, need, soFar);
      return `vajadzīgais temps (${needed}) ir sasniedzams, ņemot vērā līdzšinējo tempu (${so})`;
    },
  }),
  targetReached: phrase<{ name: string }>({
    en: ({ name }) => `the latest value of ${en.q(name)} already reaches the target`,
    lv: ({ name }) => `rādītāja ${lv.q(name)} jaunākā vērtība jau sasniedz mērķi`,
  }),
  noPaceYet: line({
    en: 'there are no check-ins yet to compare the pace with',
    lv: 'vēl nav progresa ierakstu, ar ko salīdzināt tempu',
  }),
  askNewDate: line({
    en: 'What new date is realistic, given how things have gone so far?',
    lv: 'Kāds jauns termiņš ir reālistisks, ņemot vērā, kā līdz šim ir veicies?',
  }),
  askPace: line({
    en: 'What would have to change to get there in time — more time, a smaller target, or more support?',
    lv: 'Kam būtu jāmainās, lai to paveiktu laikā — vairāk laika, mazāks mērķis vai lielāks atbalsts?',
  }),
  askStalled: line({
    en: 'What is holding it back, and what would help it start moving?',
    lv: 'Kas to kavē, un kas palīdzētu to iekustināt?',
  }),
  askBuffer: line({
    en: 'What if something gets in the way — could the deadline allow 20–30% more time?',
    lv: 'Kas notiks, ja kaut kas traucēs — vai termiņā var atvēlēt par 20–30% vairāk laika?',
  }),
  askResources: line({
    en: 'What resources will this take, and how much time is realistic?',
    lv: 'Kādi resursi tam būs vajadzīgi, un cik daudz laika ir reāli?',
  }),
  reflect: line({
    en: 'What is most likely to get in the way, and what will you do then?',
    lv: 'Kas visticamāk varētu traucēt, un ko jūs tad darīsiet?',
  }),
};

/** What a goal is linked to: `values` of the client's values and aspirations, and its bigger goal. */
type Links = { values: number; parent: string | null };
const linksEn = ({ values, parent }: Links) =>
  and([...(values > 0 ? [`${values} ${values === 1 ? 'value or aspiration' : 'values or aspirations'}`] : []), ...(parent === null ? [] : [`the bigger goal ${en.q(parent)}`])], 'and');
const linksLv = ({ values, parent }: Links) =>
  and([...(values > 0 ? [`${values} ${values % 10 === 1 && values % 100 !== 11 ? 'vērtību vai centienu' : 'vērtībām vai centieniem'}`] : []), ...(parent === null ? [] : [`lielāko mērķi ${lv.q(parent)}`])], 'un');
/** Why it matters, or a note that it is too short to say much ("Career"). */
type Why = { shortWhy: string | null };
const noWhyEn = ({ shortWhy }: Why) => (shortWhy === null ? 'why it matters is not written down' : `why it matters is too short to say much (${en.q(shortWhy)})`);
const noWhyLv = ({ shortWhy }: Why) => (shortWhy === null ? 'nav pierakstīts, kāpēc tas ir svarīgi' : `pierakstītais „kāpēc” ir pārāk īss, lai daudz pateiktu (${lv.q(shortWhy)})`);

export const RELEVANT = {
  linkedWithWhy: phrase<Links & { why: string }>({
    en: (a) => close(`Linked to ${linksEn(a)}, and it says why it matters: ${en.q(a.why)}`),
    lv: (a) => close(`Saistīts ar ${linksLv(a)}, un ir pateikts, kāpēc tas ir svarīgi: ${lv.q(a.why)}`),
  }),
  linkedWithoutWhy: phrase<Links & Why>({
    en: (a) => `Linked to ${linksEn(a)}, but ${noWhyEn(a)}.`,
    lv: (a) => `Saistīts ar ${linksLv(a)}, bet ${noWhyLv(a)}.`,
  }),
  whyWithoutLink: phrase<{ why: string }>({
    en: ({ why }) => `It says why it matters (${en.q(why)}), but is not linked to a value, an aspiration or a bigger goal.`,
    lv: ({ why }) => `Ir pateikts, kāpēc tas ir svarīgi (${lv.q(why)}), bet mērķis nav saistīts ne ar vērtību, ne centienu, ne lielāku mērķi.`,
  }),
  purposeOnly: phrase<Why & { purpose: string }>({
    en: (a) => `The statement gives a purpose (${en.q(a.purpose)}), but it is not linked to a value, an aspiration or a bigger goal, and ${noWhyEn(a)}.`,
    lv: (a) => `Formulējumā ir nolūks (${lv.q(a.purpose)}), bet mērķis nav saistīts ne ar vērtību, ne centienu, ne lielāku mērķi, un ${noWhyLv(a)}.`,
  }),
  unlinked: phrase<Why>({
    en: (a) => `Not linked to a value, an aspiration or a bigger goal, and ${noWhyEn(a)}.`,
    lv: (a) => `Mērķis nav saistīts ne ar vērtību, ne centienu, ne lielāku mērķi, un ${noWhyLv(a)}.`,
  }),
  ask: line({
    en: 'Why does this matter to you, and which of your values or aspirations does it serve?',
    lv: 'Kāpēc tas jums ir svarīgi, un kurai no jūsu vērtībām vai kuram centienam tas kalpo?',
  }),
  askLink: line({
    en: 'Which of your values or aspirations — or which bigger goal — does this serve?',
    lv: 'Kurai jūsu vērtībai, centienam vai lielākam mērķim tas kalpo?',
  }),
  askWhy: line({
    en: 'Why does this matter to you — what will it make possible?',
    lv: 'Kāpēc tas jums ir svarīgi — ko tas padarīs iespējamu?',
  }),
  reflect: line({
    en: 'If this goal were done tomorrow, what would it make possible for you?',
    lv: 'Ja šis mērķis būtu sasniegts jau rīt, ko tas jums dotu?',
  }),
};

/** One thing wrong with the dates; a rule lists all it finds. */
export type DateProblem =
  | { kind: 'dueNotAfterStart'; dueOn: string; startsOn: string; isToday: boolean }
  | { kind: 'startsBeforeParent'; startsOn: string; parent: string; parentStartsOn: string }
  | { kind: 'dueAfterParent'; dueOn: string; parent: string; parentDueOn: string }
  | { kind: 'tooLong'; days: number; horizon: Horizon; maxDays: number }
  | { kind: 'tooShort'; days: number; horizon: Horizon; minDays: number }
  | { kind: 'disagreesWithText'; phrase: string; textDueOn: string; dueOn: string };

const problemEn = (p: DateProblem): string => {
  switch (p.kind) {
    case 'dueNotAfterStart': return `the due date (${en.date(p.dueOn)}) is not after ${p.isToday ? 'today' : 'the start'} (${en.date(p.startsOn)})`;
    case 'startsBeforeParent': return `it starts on ${en.date(p.startsOn)}, before the bigger goal ${en.q(p.parent)} does (${en.date(p.parentStartsOn)})`;
    case 'dueAfterParent': return `it is due ${en.date(p.dueOn)}, outside the dates of the bigger goal ${en.q(p.parent)} (due ${en.date(p.parentDueOn)})`;
    case 'tooLong': return `it is due ${en.days(p.days)} after the start, later than ${en.horizon[p.horizon]} allows (at most ${en.days(p.maxDays)})`;
    case 'tooShort': return `it is due ${en.days(p.days)} after the start, sooner than ${en.horizon[p.horizon]} needs (at least ${en.days(p.minDays)})`;
    case 'disagreesWithText': return `the statement says ${en.q(p.phrase)} (about ${en.date(p.textDueOn)}), but the due date is ${en.date(p.dueOn)}`;
  }
};
const problemLv = (p: DateProblem): string => {
  switch (p.kind) {
    case 'dueNotAfterStart': return `termiņš (${lv.date(p.dueOn)}) nav vēlāks par ${p.isToday ? 'šodienu' : 'sākuma datumu'} (${lv.date(p.startsOn)})`;
    case 'startsBeforeParent': return `tas sākas ${lv.locative(p.startsOn)}, agrāk nekā lielākais mērķis ${lv.q(p.parent)} (${lv.date(p.parentStartsOn)})`;
    case 'dueAfterParent': return `tā termiņš (${lv.date(p.dueOn)}) ir ārpus lielākā mērķa ${lv.q(p.parent)} datumiem (termiņš ${lv.date(p.parentDueOn)})`;
    case 'tooLong': return `tas iestājas ${lv.days(p.days)} pēc sākuma — ${lv.horizon[p.horizon]} tas ir par ilgu (ne vairāk kā ${lv.days(p.maxDays)})`;
    case 'tooShort': return `tas iestājas ${lv.days(p.days)} pēc sākuma — ${lv.horizon[p.horizon]} tas ir par īsu (vismaz ${lv.days(p.minDays)})`;
    case 'disagreesWithText': return `formulējumā teikts ${lv.q(p.phrase)} (aptuveni līdz ${lv.dative(p.textDueOn)}), bet termiņš ir ${lv.date(p.dueOn)}`;
  }
};

export const TIME_BOUND = {
  fits: phrase<{ dueOn: string; days: number; horizon: Horizon | null; parent: string | null }>({
    en: (a) => `Due ${en.date(a.dueOn)}, ${en.days(a.days)} after the start${a.horizon === null ? '' : `, which fits ${en.horizon[a.horizon]}`}${a.parent === null ? '' : `, inside the dates of ${en.q(a.parent)}`}.`,
    lv: (a) => `Termiņš ir ${lv.date(a.dueOn)}, ${lv.days(a.days)} pēc sākuma${a.horizon === null ? '' : `, kas der ${lv.horizon[a.horizon]}`}${a.parent === null ? '' : `, un tas iekļaujas mērķa ${lv.q(a.parent)} datumos`}.`,
  }),
  timeframeNamed: phrase<{ phrase: string; dueOn: string }>({
    en: (a) => `A timeframe is named: ${en.q(a.phrase)} (until about ${en.date(a.dueOn)}).`,
    lv: (a) => `Nosaukts laika posms: ${lv.q(a.phrase)} (aptuveni līdz ${lv.dative(a.dueOn)}).`,
  }),
  dateProblems: phrase<{ problems: readonly DateProblem[] }>({
    en: ({ problems }) => `A due date is set, but ${problems.map(problemEn).join('; ')}.`,
    lv: ({ problems }) => `Termiņš ir noteikts, bet ${problems.map(problemLv).join('; ')}.`,
  }),
  timeframeOutsideDates: phrase<{ phrase: string; textDueOn: string; limit: string; parent: string | null }>({
    en: (a) => `A timeframe is named (${en.q(a.phrase)}), but it ends about ${en.date(a.textDueOn)}, ${a.parent === null ? `before the start (${en.date(a.limit)})` : `after the bigger goal ${en.q(a.parent)} is due (${en.date(a.limit)})`}.`,
    lv: (a) => `Laika posms ir nosaukts (${lv.q(a.phrase)}), bet tas beidzas aptuveni ${lv.locative(a.textDueOn)}, ${a.parent === null ? `pirms sākuma datuma (${lv.date(a.limit)})` : `vēlāk nekā lielākā mērķa ${lv.q(a.parent)} termiņš (${lv.date(a.limit)})`}.`,
  }),
  none: line({
    en: 'No due date, and the statement names no timeframe.',
    lv: 'Nav termiņa, un formulējumā nav nosaukts laika posms.',
  }),
  ask: line({ en: 'By what date will this be done?', lv: 'Līdz kuram datumam tas būs paveikts?' }),
  askStart: line({ en: 'When will you start, and by what date will it be done?', lv: 'Kad jūs sāksiet, un līdz kuram datumam tas būs paveikts?' }),
  askParentDates: phrase<{ parent: string }>({
    en: ({ parent }) => `What dates fit inside ${en.q(parent)} — or does the bigger goal need new dates?`,
    lv: ({ parent }) => `Kādi datumi iekļaujas mērķa ${lv.q(parent)} laikā — vai varbūt lielākajam mērķim vajag jaunus datumus?`,
  }),
  askSplit: line({
    en: 'Could this be split into smaller steps, with the first ones due sooner?',
    lv: 'Vai to var sadalīt mazākos soļos, lai pirmie būtu paveikti ātrāk?',
  }),
  askHorizon: line({ en: 'Is this a vision, or a goal for this year?', lv: 'Vai tā ir vīzija vai šī gada mērķis?' }),
  askWhichDate: line({
    en: 'Which is right — the due date or the timeframe in the words?',
    lv: 'Kas ir pareizi — termiņš vai formulējumā minētais laika posms?',
  }),
  reflect: line({
    en: 'What will you check along the way to know you are on schedule?',
    lv: 'Ko jūs pa ceļam pārbaudīsiet, lai zinātu, ka iekļaujaties laikā?',
  }),
};

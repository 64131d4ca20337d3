import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../horizon.ts';
import type { Locale } from '../locale.ts';
import { suggestBufferedDueOn } from './achievable.ts';
import { assessSmart, isSmart, missingCriteria } from './assess-smart.ts';
import { SMART_CRITERIA, type SmartAssessment, type SmartCriterion, type SmartDraft, type SmartVerdict } from './types.ts';

const today = '2026-03-10';
const inDays = (days: number) => addCalendarDays(today, days);
const assess = (draft: SmartDraft, locale: Locale = 'en') => assessSmart(draft, { locale, today });
const verdictsOf = (a: SmartAssessment) => Object.fromEntries(SMART_CRITERIA.map((c) => [c, a[c].verdict]));
const LATVIAN_LETTER = /[āčēģīķļņšūž]/i;

const SEED = 'Over the next 3 months, improve public speaking skills by delivering 5 company presentations and receiving an average score of 4 out of 5 on feedback forms';
const SEED_LV = 'Uzlabošu savu līderību, nolasot 5 prezentācijas nākamo 3 mēnešu laikā';
const seedGoal: SmartDraft = {
  title: SEED,
  whyItMatters: 'I want to lead the product team within two years',
  linkedValueCount: 1,
  horizon: 'quarter',
  startsOn: today,
  dueOn: inDays(90),
};
const parent = { title: 'Lead the product team', horizon: 'year', startsOn: '2026-01-01', dueOn: '2026-12-31' } as const;

describe('assessSmart: the seed goal', () => {
  it.each<Locale>(['en', 'lv'])('with its dates, why and a linked value, meets all five criteria (%s)', (locale) => {
    const assessment = assess(seedGoal, locale);
    expect(verdictsOf(assessment)).toEqual({ specific: 'met', measurable: 'met', achievable: 'met', relevant: 'met', timeBound: 'met' });
    expect(isSmart(assessment)).toBe(true);
    expect(missingCriteria(assessment)).toEqual([]);
  });

  it.each<[Locale, string, string]>([
    ['en', '“delivering 5 company presentations”', '“Over the next 3 months”'],
    ['lv', '„delivering 5 company presentations”', '„Over the next 3 months”'],
  ])('as text alone, is specific, measurable and time-bound (%s)', (locale, action, timeframe) => {
    const assessment = assess({ title: SEED }, locale);
    expect([assessment.specific.verdict, assessment.measurable.verdict, assessment.timeBound.verdict]).toEqual(['met', 'met', 'met']);
    expect(assessment.specific.reason).toContain(action);
    expect(assessment.measurable.reason).toContain('4 out of 5');
    expect(assessment.timeBound.reason).toContain(timeframe);
  });
});

describe('assessSmart: specific, measurable and time-bound from the words alone', () => {
  type Row = [string, SmartVerdict, SmartVerdict, SmartVerdict];
  it.each<Row>([
    ['Improve leadership', 'missing', 'missing', 'missing'],
    ['Uzlabot līderību', 'missing', 'missing', 'missing'],
    ['Be a better manager', 'missing', 'missing', 'missing'],
    ['Kļūt par labāku vadītāju', 'missing', 'missing', 'missing'],
    ['Strādāt pie savas pašpārliecības', 'missing', 'missing', 'missing'],
    [SEED_LV, 'met', 'met', 'met'],
    ['Improve communication with my team during weekly meetings', 'partly', 'missing', 'missing'],
    ['Be more confident in meetings', 'missing', 'partly', 'missing'],
    ['Palielināt pārdošanu', 'missing', 'partly', 'missing'],
    ['Increase sales by 20% by June', 'met', 'met', 'met'],
    ['Learn Spanish', 'met', 'missing', 'missing'],
    ['Hire two engineers within 1 year', 'met', 'met', 'met'],
    ['Read twelve books this year', 'met', 'met', 'met'],
    ['Noskriet maratonu līdz 2026. gada 30. jūnijam', 'met', 'missing', 'met'],
    ['Pieņemt darbā trīs izstrādātājus divu mēnešu laikā', 'met', 'met', 'met'],
    ['Sasniegt vismaz 80% klientu apmierinātību līdz gada beigām', 'met', 'met', 'met'],
    ['Uzrakstīt grāmatu', 'met', 'missing', 'missing'],
  ])('%s → specific %s, measurable %s, time-bound %s', (title, specific, measurable, timeBound) => {
    for (const locale of ['en', 'lv'] as const) {
      const assessment = assess({ title }, locale);
      expect([assessment.specific.verdict, assessment.measurable.verdict, assessment.timeBound.verdict]).toEqual([specific, measurable, timeBound]);
    }
  });

  it.each<[string, Locale, string[]]>([
    ['Improve leadership', 'en', ['“Improve”']],
    ['Uzlabot līderību', 'lv', ['„Uzlabot”', 'vispārīgs']],
    [SEED_LV, 'lv', ['„nolasot 5 prezentācijas”', '„Uzlabošu”']],
    [SEED_LV, 'en', ['“nolasot 5 prezentācijas”']],
    // A clause that ends within five words after the verb is quoted whole, not cut after three.
    ['Nolasīt 1 referātu angļu valodā', 'lv', ['„Nolasīt 1 referātu angļu valodā”']],
    ['Nolasīt 1 referātu angļu valodā, lai iegūtu pieredzi', 'en', ['“Nolasīt 1 referātu angļu valodā”']],
    ['Deliver 5 company presentations to the whole sales team in Riga', 'en', ['“Deliver 5 company presentations”']],
  ])('%s: the specific reason quotes what it found (%s)', (title, locale, quoted) => {
    const { reason } = assess({ title }, locale).specific;
    for (const text of quoted) expect(reason).toContain(text);
  });

  it('answers a Latvian reader in Latvian', () => {
    const assessment = assess({ title: 'Uzlabot līderību' }, 'lv');
    expect(assessment.specific.question).toBe('Ko tieši jūs darīsiet, un kas būs citādi, kad tas būs paveikts?');
    expect(assessment.timeBound.question).toBe('Līdz kuram datumam tas būs paveikts?');
    expect(assessment.measurable.reason).toMatch(LATVIAN_LETTER);
  });
});

describe('assessSmart: measurable from metrics', () => {
  it.each<[SmartDraft['metrics'], SmartVerdict, string]>([
    [[{ name: 'Feedback score', baseline: 3.1, target: 4 }], 'met', 'from a baseline of 3.1 to a target of 4'],
    [[{ name: 'Feedback score', baseline: null, target: 4 }], 'partly', 'no baseline'],
    [[{ name: 'Feedback score', baseline: 3.1, target: null }], 'partly', 'no target'],
    [[{ name: 'Feedback score', baseline: null, target: null }], 'partly', 'neither a baseline nor a target'],
    [[{ name: 'Feedback score', baseline: 4, target: 4 }], 'partly', 'nothing would change'],
    [[{ name: 'Talks', baseline: null, target: null }, { name: 'Feedback score', baseline: 3, target: 4 }], 'met', '“Feedback score”'],
  ])('%j → %s', (metrics, verdict, said) => {
    const { measurable } = assess({ title: 'Improve leadership', metrics });
    expect(measurable.verdict).toBe(verdict);
    expect(measurable.reason).toContain(said);
  });

  it('writes decimals the Latvian way', () => {
    const { measurable } = assess({ title: 'Uzlabot līderību', metrics: [{ name: 'Atsauksmju vērtējums', baseline: 3.1, target: 4 }] }, 'lv');
    expect(measurable.reason).toBe('Rādītājam „Atsauksmju vērtējums” ir sākuma līmenis 3,1 un mērķa vērtība 4.');
  });
});

describe('assessSmart: achievable', () => {
  const score = [{ name: 'Presentations given', baseline: 0, target: 900 }];
  it.each<[string, Partial<SmartDraft>, SmartVerdict, string]>([
    ['due in the past', { dueOn: inDays(-9) }, 'missing', 'The due date, 1 March 2026, is already 9 days past.'],
    ['due today', { dueOn: today }, 'missing', 'due today'],
    ['asking for twice the pace so far', { metrics: score, paceSoFar: 5, startsOn: today, dueOn: inDays(90) }, 'partly', 'would have to move 10 a day to reach the target in time: 2× the pace so far (5 a day)'],
    ['asking for 11% more than the pace so far', { metrics: score, paceSoFar: 9, startsOn: today, dueOn: inDays(90) }, 'met', 'the pace needed (10 a day) is within reach of the pace so far (9 a day)'],
    ['not moving so far', { metrics: score, paceSoFar: 0, startsOn: today, dueOn: inDays(90) }, 'partly', 'has not moved towards the target'],
    ['going down towards a lower target', { metrics: [{ name: 'Weight', baseline: 90, target: 81 }], paceSoFar: -0.1, dueOn: inDays(90) }, 'met', 'within reach'],
    ['30 days in, on the plan line', { metrics: [{ name: 'Talks', baseline: 0, target: 100 }], paceSoFar: 1, startsOn: inDays(-30), dueOn: inDays(60) }, 'met', 'the pace needed (1.17 a day) is within reach of the pace so far (1.00 a day)'],
    ['30 days in, with too little time left', { metrics: [{ name: 'Talks', baseline: 0, target: 100 }], paceSoFar: 1, startsOn: inDays(-30), dueOn: inDays(40) }, 'partly', '1.75× the pace so far'],
    ['a quarter goal due in 20 days', { horizon: 'quarter', dueOn: inDays(20) }, 'partly', 'no room for setbacks'],
    ['a quarter goal due in 63 days', { horizon: 'quarter', dueOn: inDays(63) }, 'met', 'the dates leave room for setbacks'],
    ['no dates and no timeframe', {}, 'partly', 'nothing yet to weigh the effort against'],
  ])('%s → %s', (_name, draft, verdict, said) => {
    const { achievable } = assess({ title: 'Give 900 presentations', ...draft });
    expect(achievable.verdict).toBe(verdict);
    expect(achievable.reason).toContain(said);
  });

  it('reads a timeframe in the words when there are no dates', () => {
    expect(assess({ title: SEED_LV }, 'lv').achievable).toMatchObject({ verdict: 'met', reason: 'Pārbaudīts: līdz termiņam atlikušas 92 dienas.' });
  });

  it('says it in Latvian too, with the buffered due dates', () => {
    const { achievable } = assess({ title: 'Nolasīt 900 prezentācijas', metrics: score, paceSoFar: 5, startsOn: today, dueOn: inDays(90) }, 'lv');
    expect(achievable.reason).toBe(
      'Lai mērķi sasniegtu laikā, rādītājam „Presentations given” jāmainās par 10 dienā — 2 reizes ātrāk nekā līdz šim (5 dienā). Ar līdzšinējo tempu mērķis būtu sasniegts aptuveni 2026. gada 6. septembrī. Ar 20–30% laika rezervi līdz tam termiņš būtu no 2026. gada 12. oktobra līdz 2026. gada 30. oktobrim.',
    );
  });

  it('suggests a 20-30% buffer on the deadline only when the pace asked for is steeper than the pace so far', () => {
    // 900 at 5 a day takes 180 days from 10 March 2026 (6 September); 20-30% more is 216 to 234 days.
    const steep = assess({ title: 'Give 900 presentations', metrics: score, paceSoFar: 5, startsOn: today, dueOn: inDays(90) }).achievable;
    expect(steep.reason).toContain('At the pace so far the target would be reached around 6 September 2026; a buffer of 20–30% on the time until then would put the due date between 12 October 2026 and 30 October 2026.');
    // Not moving, the pace so far reaches no date: the buffer goes on the planned 90 days, 108 to 117.
    const stalled = assess({ title: 'Give 900 presentations', metrics: score, paceSoFar: 0, startsOn: today, dueOn: inDays(90) }).achievable;
    expect(stalled.reason).toContain('A buffer of 20–30% on the deadline would put the due date between 26 June 2026 and 5 July 2026.');
    const withinReach = assess({ title: 'Give 900 presentations', metrics: score, paceSoFar: 9, startsOn: today, dueOn: inDays(90) }).achievable;
    expect(withinReach.reason).not.toContain('buffer');
  });

  it.each([
    ['2026-01-01', '2026-01-11', '2026-01-13', '2026-01-14'],
    ['2026-03-10', '2026-06-08', '2026-06-26', '2026-07-05'],
    // Across a leap day: 2028-02-29 counts.
    ['2028-02-01', '2028-03-02', '2028-03-08', '2028-03-11'],
  ])('from %s to %s, a buffer gives %s to %s', (startsOn, dueOn, from, to) => {
    expect(suggestBufferedDueOn(startsOn, dueOn)).toEqual({ from, to });
  });

  it('has no buffer to suggest for a plan without length', () => {
    expect(suggestBufferedDueOn('2026-03-10', '2026-03-10')).toBeNull();
    expect(suggestBufferedDueOn('2026-03-10', '2026-03-01')).toBeNull();
  });
});

describe('assessSmart: relevant', () => {
  const why = 'I want to lead the product team';
  it.each<[string, Partial<SmartDraft>, SmartVerdict, string]>([
    ['a linked value and a why', { linkedValueCount: 1, whyItMatters: why }, 'met', 'Linked to 1 value or aspiration'],
    ['a parent goal and a why', { parent, whyItMatters: why }, 'met', 'the bigger goal “Lead the product team”'],
    ['two values and a parent, with a why', { linkedValueCount: 2, parent, whyItMatters: why }, 'met', '2 values or aspirations and the bigger goal'],
    ['a linked value, no why', { linkedValueCount: 1 }, 'partly', 'why it matters is not written down'],
    ['a linked value, a one-word why', { linkedValueCount: 1, whyItMatters: 'Career' }, 'partly', 'too short to say much (“Career”)'],
    ['a why, no link', { whyItMatters: why }, 'partly', 'not linked'],
    ['neither', {}, 'missing', 'Not linked'],
    ['neither, but "so that" in the words', { title: 'Give 5 talks so that people know my work' }, 'partly', '“so that people know my work”'],
    ['neither, but "lai" in the words', { title: 'Nolasīt 5 lekcijas, lai mani pamanītu' }, 'partly', '“lai mani pamanītu”'],
  ])('%s → %s', (_name, draft, verdict, said) => {
    const { relevant } = assess({ title: 'Give 5 talks', ...draft });
    expect(relevant.verdict).toBe(verdict);
    expect(relevant.reason).toContain(said);
  });
});

describe('assessSmart: time-bound with dates', () => {
  it.each<[string, Partial<SmartDraft>, SmartVerdict, string]>([
    ['inside the parent and the horizon', { horizon: 'quarter', parent, startsOn: today, dueOn: inDays(90) }, 'met', 'Due 8 June 2026, 90 days after the start, which fits a quarter goal, inside the dates of'],
    ['due after the parent', { horizon: 'quarter', parent: { ...parent, dueOn: '2026-05-31' }, startsOn: today, dueOn: inDays(90) }, 'partly', 'outside the dates of the bigger goal “Lead the product team” (due 31 May 2026)'],
    ['starting before the parent', { parent: { ...parent, startsOn: '2026-04-01' }, startsOn: today, dueOn: inDays(60) }, 'partly', 'before the bigger goal “Lead the product team” does (1 April 2026)'],
    ['longer than a 90-day goal allows', { horizon: 'quarter', startsOn: today, dueOn: inDays(120) }, 'partly', 'it is due 120 days after the start, later than a quarter goal allows (at most 92 days)'],
    ['a vision of 200 days', { horizon: 'vision', dueOn: inDays(200) }, 'partly', 'sooner than a vision needs (at least 365 days)'],
    ['due before it starts', { startsOn: inDays(10), dueOn: inDays(5) }, 'partly', 'is not after the start'],
    ['due in the past, with no start', { dueOn: inDays(-9) }, 'partly', 'is not after today'],
    ['three months in the words, 30 days in the dates', { title: 'Give 5 talks over the next 3 months', dueOn: inDays(30) }, 'partly', 'the statement says “over the next 3 months”'],
    ['by June in the words, September in the dates', { title: 'Give 5 talks by June', dueOn: '2026-09-30' }, 'partly', '“by June”'],
    ['a timeframe in the words running past the parent', { title: 'Give 5 talks within 1 year', parent }, 'partly', 'after the bigger goal “Lead the product team” is due'],
  ])('%s → %s', (_name, draft, verdict, said) => {
    const { timeBound } = assess({ title: 'Give 5 talks', ...draft });
    expect(timeBound.verdict).toBe(verdict);
    expect(timeBound.reason).toContain(said);
  });

  it('names the parent in Latvian when the dates fall outside it', () => {
    const { timeBound } = assess({ title: 'Nolasīt 5 lekcijas', parent: { ...parent, dueOn: '2026-05-31' }, startsOn: today, dueOn: inDays(90) }, 'lv');
    expect(timeBound.reason).toBe('Termiņš ir noteikts, bet tā termiņš (2026. gada 8. jūnijs) ir ārpus lielākā mērķa „Lead the product team” datumiem (termiņš 2026. gada 31. maijs).');
  });
});

describe('assessSmart: every answer', () => {
  const drafts: SmartDraft[] = [
    seedGoal,
    { title: SEED },
    { title: 'Improve leadership' },
    { title: 'Uzlabot līderību' },
    { title: SEED_LV, linkedValueCount: 1 },
    { title: 'Be more confident', metrics: [{ name: 'Talks', baseline: null, target: 4 }] },
    { title: 'Give 900 talks', metrics: [{ name: 'Talks', baseline: 0, target: 900 }], paceSoFar: 5, dueOn: inDays(90), horizon: 'quarter' },
    { title: 'Give 5 talks', dueOn: inDays(-1), parent, whyItMatters: 'Career' },
    { title: 'Give 5 talks', horizon: 'vision', startsOn: today, dueOn: inDays(1200), parent, whyItMatters: 'So people know my work' },
  ];
  const answers = drafts.flatMap((draft) =>
    (['en', 'lv'] as const).flatMap((locale) => {
      const assessment = assess(draft, locale);
      return SMART_CRITERIA.map((criterion): [string, Locale, SmartCriterion, SmartAssessment[SmartCriterion]] => [draft.title.slice(0, 30), locale, criterion, assessment[criterion]]);
    }),
  );

  it.each(answers)('%s (%s) %s: a reason and a question in the reader\'s language', (_title, locale, _criterion, { reason, question }) => {
    expect(reason.trim()).not.toBe('');
    expect(question.trim()).toMatch(/\?$/);
    if (locale === 'lv') expect(`${reason} ${question}`).toMatch(LATVIAN_LETTER);
  });

  it('is the same for the same draft and day, and leaves the draft untouched', () => {
    const draft = Object.freeze({ ...seedGoal, metrics: Object.freeze([Object.freeze({ name: 'Talks', baseline: 0, target: 5 })]) }) as SmartDraft;
    expect(assess(draft)).toEqual(assess(draft));
  });
});

describe('isSmart and missingCriteria', () => {
  it.each<[string, SmartDraft, SmartCriterion[]]>([
    ['the seed goal', seedGoal, []],
    ['a wish', { title: 'Improve leadership' }, ['specific', 'measurable', 'achievable', 'relevant', 'timeBound']],
    ['the seed text alone', { title: SEED }, ['relevant']],
  ])('%s → %j', (_name, draft, expected) => {
    const assessment = assess(draft);
    expect(missingCriteria(assessment)).toEqual(expected);
    expect(isSmart(assessment)).toBe(expected.length === 0);
  });

  it('lists the criteria in SMART order', () => {
    expect(SMART_CRITERIA).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
  });
});

// The printable report (renderReport) as its reader reads it: numbers and ranges written the way
// the app writes them in the reader's language, figures that need no grammar around the unit a
// person typed, and a goal not yet agreed saying so instead of showing a score. No database: the
// page is built from progress.
import type { GoalState, Locale } from '@tandem/core';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/features/exports/report.ts';
import type { GoalProgress } from '../src/features/progress/compute.ts';

type MetricFigures = { name: string; unit: string; baseline: number; current: number | null; target: number; progress: number };

const FEEDBACK_SCORE: MetricFigures = { name: 'Feedback score', unit: 'points', baseline: 1.2, current: 3.6, target: 4.5, progress: 0.73 };

/**
 * A vision in `state` measured by `metrics`; by default active, on track, at 3.6 of a target of
 * 4.5 from a baseline of 1.2. Only an active goal is judged, as assessRisk has it.
 */
function vision({ state = 'active', progress = 0.73, metrics = [FEEDBACK_SCORE] }: { state?: GoalState; progress?: number; metrics?: MetricFigures[] } = {}): GoalProgress {
  const goalId = 'goal-1';
  const isAgreed = state !== 'draft' && state !== 'proposed';
  return {
    goal: {
      id: goalId, practiceId: 'practice-1', engagementId: 'engagement-1', parentId: null, horizon: 'vision', state, weight: 1,
      activatedAt: isAgreed ? new Date('2026-01-05T09:00:00Z') : null, activatedOn: isAgreed ? '2026-01-05' : null,
      awaitingAgreementFrom: state === 'proposed' ? ['coach'] : [], mySide: 'client',
      current: { title: 'Lead the product team', startsOn: '2026-01-05', dueOn: '2028-12-31' },
    },
    rolled: { id: goalId, state, progress, expected: state === 'active' ? 0.2 : null, hasMeasure: true, countsInParent: isAgreed, weight: 1, children: [] },
    risk: state === 'active' ? { status: 'on_track', reasons: [] } : { status: 'not_judged', reasons: [] },
    metrics: metrics.map((figures, index) => {
      const metricId = `metric-${index + 1}`;
      return {
        metric: { id: metricId, goalId, name: figures.name, unit: figures.unit, kind: 'number', min: null, max: null, baseline: figures.baseline, baselineOn: '2026-01-05', target: figures.target, weight: 1, createdAt: new Date('2026-01-05T09:00:00Z') },
        progress: {
          metricId, weight: 1, direction: 'increase', current: figures.current, currentOn: figures.current === null ? null : '2026-03-01',
          rawProgress: figures.progress, progress: figures.progress, overshoot: 0, isBehindBaseline: false, hasMeasure: figures.current !== null,
        },
      };
    }),
    lastCheckIn: isAgreed ? { effectiveOn: '2026-03-01', confidence: 7 } : null,
    lastReviewOn: null,
    children: [],
  };
}

const render = (locale: Locale, goal: GoalProgress = vision()) =>
  renderReport({
    personName: 'Anna Bērziņa',
    locale,
    asOf: '2026-03-20',
    engagements: [{ practiceName: 'North Star', coachName: 'Coach', clientName: 'Anna Bērziņa', values: [], goals: [goal], commitments: [] }],
  });

/** What a reader sees of a piece of the page: its text without markup, spaces collapsed. */
function readable(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** What a reader sees of the whole page: the text of its body. */
function pageText(page: string): string {
  return readable(page.slice(page.indexOf('<body>')));
}

/** The line under the goal's title: its progress, due day and status as they read. */
function goalLine(page: string): string {
  const line = /<div class="goal">\s*<h4>.*?<\/h4>\s*<p class="meta">(.*?)<\/p>/s.exec(page);
  if (!line?.[1]) throw new Error('The goal has no line under its title.');
  return readable(line[1]);
}

/** Each metric table's rows as the reader reads them, the headings first: one array of cells a row. */
function metricRows(page: string): string[][] {
  const table = /<table class="metrics">(.*?)<\/table>/s.exec(page);
  if (!table?.[1]) return [];
  return [...table[1].matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((cell) => readable(cell[1] ?? '')));
}

describe('renderReport', () => {
  it.each<[Locale, string[], string]>([
    ['en', ['Feedback score (points)', '1.2', '3.6', '4.5', '73%'], 'Vision (1–3 years)'],
    ['lv', ['Feedback score (points)', '1,2', '3,6', '4,5', '73%'], 'Vīzija (1–3 gadi)'],
  ])('writes numbers and the vision range the way the app writes them (%s)', (locale, row, horizon) => {
    const page = render(locale);
    expect(metricRows(page)[1]).toEqual(row);
    expect(page).toContain(`<small>(${horizon})</small>`);
  });

  describe('figures whose unit is a word the person typed', () => {
    // "1 times", "1 reizes", "0 moduļi": a typed unit cannot be made to agree with its number, so
    // it stands once beside the metric's name and every figure is a bare number.
    it.each<[Locale, MetricFigures[], string[][]]>([
      [
        'en',
        [{ name: 'Talks given', unit: 'times', baseline: 0, current: 1, target: 5, progress: 0.2 }],
        [['Measure', 'Baseline', 'Current', 'Target', 'Progress'], ['Talks given (times)', '0', '1', '5', '20%']],
      ],
      [
        'lv',
        [
          { name: 'Uzstāšanās', unit: 'reizes', baseline: 0, current: 1, target: 5, progress: 0.2 },
          { name: 'Apgūtie kursi', unit: 'moduļi', baseline: 0, current: null, target: 12, progress: 0 },
        ],
        [
          ['Rādītājs', 'Sākumpunkts', 'Pašlaik', 'Mērķis', 'Progress'],
          ['Uzstāšanās (reizes)', '0', '1', '5', '20%'],
          ['Apgūtie kursi (moduļi)', '0', 'vērtības vēl nav', '12', '0%'],
        ],
      ],
    ])('names the unit once, beside the measure, never after a number (%s)', (locale, metrics, rows) => {
      const page = render(locale, vision({ metrics }));
      expect(metricRows(page)).toEqual(rows);
      expect(pageText(page)).not.toMatch(/\d (times|reizes|moduļi)/);
    });

    it('writes a measure without a unit by its name alone', () => {
      const page = render('en', vision({ metrics: [{ name: 'Confidence', unit: '', baseline: 2, current: 3, target: 4, progress: 0.5 }] }));
      expect(metricRows(page)[1]).toEqual(['Confidence', '2', '3', '4', '50%']);
    });
  });

  describe("a goal's state where its progress is shown", () => {
    it.each<[Locale, GoalState, string]>([
      ['en', 'draft', 'Due 31 Dec 2028 · Status: Draft'],
      ['en', 'proposed', 'Due 31 Dec 2028 · Status: Proposed'],
      ['lv', 'draft', 'Termiņš 2028. gada 31. dec. · Stāvoklis: Melnraksts'],
      ['lv', 'proposed', 'Termiņš 2028. gada 31. dec. · Stāvoklis: Ierosināts'],
    ])('says a goal not yet agreed is one, with no score to read as a judgement (%s, %s)', (locale, state, line) => {
      const page = render(locale, vision({ state, progress: 0, metrics: [{ ...FEEDBACK_SCORE, current: null, progress: 0 }] }));
      expect(goalLine(page)).toBe(line);
      expect(page).not.toContain('class="bar"');
      expect(pageText(page)).not.toMatch(/0%|Not judged|Netiek vērtēts/);
      expect(pageText(page)).toContain(
        locale === 'en'
          ? 'Progress will be measured once the coach and the client have both agreed to this goal.'
          : 'Progress tiks vērtēts, kad šim mērķim būs piekrituši gan koučs, gan klients.',
      );
      // Nothing has been measured before agreement: where the measure starts and where it aims, no "current" or "progress".
      expect(metricRows(page)).toEqual(
        locale === 'en'
          ? [['Measure', 'Baseline', 'Target'], ['Feedback score (points)', '1.2', '4.5']]
          : [['Rādītājs', 'Sākumpunkts', 'Mērķis'], ['Feedback score (points)', '1,2', '4,5']],
      );
    });

    it.each<[Locale, GoalState, number, string]>([
      ['en', 'achieved', 1, 'Progress: 100% · Due 31 Dec 2028 · Status: Achieved'],
      ['en', 'dropped', 0.4, 'Progress: 40% · Due 31 Dec 2028 · Status: Dropped'],
      ['lv', 'achieved', 1, 'Progress: 100% · Termiņš 2028. gada 31. dec. · Stāvoklis: Sasniegts'],
      ['lv', 'dropped', 0.4, 'Progress: 40% · Termiņš 2028. gada 31. dec. · Stāvoklis: Atmests'],
    ])('says a closed goal is closed, with how far it got (%s, %s)', (locale, state, progress, line) => {
      const page = render(locale, vision({ state, progress }));
      expect(goalLine(page)).toBe(line);
      expect(page).toContain('class="bar"');
      expect(pageText(page)).not.toMatch(/Not judged|Netiek vērtēts/);
    });

    it.each<[Locale, string]>([
      ['en', 'Progress: 73% · Expected by now: 20% · Due 31 Dec 2028 · Status: On track'],
      ['lv', 'Progress: 73% · Gaidāms šobrīd: 20% · Termiņš 2028. gada 31. dec. · Stāvoklis: Viss kārtībā'],
    ])('judges an active goal against the plan (%s)', (locale, line) => {
      expect(goalLine(render(locale))).toBe(line);
    });
  });
});

import type { Horizon } from '@tandem/core';

type Side = 'coach' | 'client';

/**
 * One step in a demo goal's history: who did what. Day offsets (`startsIn`, `dueIn`, `on`) count
 * from the day the demo is seeded, so the demo always looks current.
 */
export type DemoStep =
  | {
      by: Side;
      draft: {
        title: string;
        horizon: Horizon;
        whyItMatters?: string;
        description?: string;
        startsIn?: number;
        dueIn?: number;
        linkValues?: boolean;
        /** The index of an earlier goal of the same client that this one breaks down. */
        parent?: number;
      };
    }
  | { by: Side; agree: true }
  | { by: Side; decline: string }
  | { by: Side; revise: { title?: string; dueIn?: number; description?: string }; reason: string }
  | { by: Side; close: 'achieved' | 'dropped'; reason: string }
  | { by: Side; metric: { name: string; unit?: string; kind?: 'number' | 'scale'; min?: number; max?: number; baseline: number; target: number; baselineIn: number } }
  | { by: Side; checkIn: { on: number; values?: number[]; confidence?: number; kind?: 'observation' | 'self_report' | 'mindset_shift'; text?: string } };

const agreeBoth: DemoStep[] = [
  { by: 'client', agree: true },
  { by: 'coach', agree: true },
];

/**
 * Demo goals per client (by email), in the client's language: a cascade for each (vision or year
 * → quarter → month) with months of check-ins, goals on track, needing attention and at risk, and
 * goals in every state with their revision histories.
 */
export const DEMO_GOAL_SCRIPTS: Record<string, DemoStep[][]> = {
  'marta@demo.tandem.lv': [
    [
      { by: 'client', draft: { title: 'Divu gadu laikā kļūt par produktu komandas vadītāju', horizon: 'vision', whyItMatters: 'Tas ir mans lielākais profesionālais mērķis', startsIn: -150, dueIn: 570, linkValues: true } },
      ...agreeBoth,
    ],
    [
      { by: 'client', draft: { title: 'Pabeigt vadītāju attīstības programmas 8 moduļus un vadīt 2 starpkomandu projektus', horizon: 'year', whyItMatters: 'Vadītājam vajag gan zināšanas, gan pieredzi', startsIn: -120, dueIn: 240, linkValues: true, parent: 0 } },
      ...agreeBoth,
      { by: 'client', metric: { name: 'Pabeigti moduļi', unit: 'moduļi', baseline: 0, target: 8, baselineIn: -120 } },
      { by: 'client', checkIn: { on: -90, values: [1], confidence: 7 } },
      { by: 'client', checkIn: { on: -60, values: [2], confidence: 7 } },
      { by: 'client', checkIn: { on: -30, values: [3], confidence: 8 } },
      { by: 'client', checkIn: { on: -6, values: [4], confidence: 8, text: 'Moduļi par atgriezenisko saiti bija visnoderīgākie' } },
    ],
    [
      { by: 'client', draft: { title: 'Nolasīt 5 prezentācijas uzņēmuma sanāksmēs nākamo 3 mēnešu laikā un saņemt vidējo vērtējumu vismaz 4 no 5', horizon: 'quarter', whyItMatters: 'Gribu pierādīt, ka varu vadīt komandu', startsIn: -60, dueIn: 28, linkValues: true, parent: 1 } },
      { by: 'client', agree: true },
      { by: 'coach', revise: { title: 'Nolasīt 4 prezentācijas uzņēmuma sanāksmēs nākamo 3 mēnešu laikā un saņemt vidējo vērtējumu vismaz 4 no 5' }, reason: 'Piecas prezentācijas līdztekus produkta izlaidei neatstāj rezervi' },
      { by: 'client', agree: true },
      { by: 'client', metric: { name: 'Prezentācijas', unit: 'prezentācijas', baseline: 0, target: 4, baselineIn: -60 } },
      { by: 'coach', metric: { name: 'Vidējais vērtējums', kind: 'scale', min: 1, max: 5, baseline: 3, target: 4, baselineIn: -60 } },
      { by: 'client', checkIn: { on: -45, values: [1, 3.4], confidence: 6 } },
      { by: 'client', checkIn: { on: -20, values: [2, 3.6], confidence: 6 } },
      { by: 'coach', checkIn: { on: -19, kind: 'observation', text: 'Marta runāja brīvāk un pati vadīja jautājumu daļu' } },
      { by: 'client', checkIn: { on: -10, kind: 'mindset_shift', text: 'Sapratu, ka kļūdas prezentācijā neviens neatceras ilgāk par dienu' } },
    ],
    [
      { by: 'client', draft: { title: 'Sagatavot un izmēģināt prezentāciju par ceturkšņa rezultātiem 3 reizes', horizon: 'month', startsIn: -20, dueIn: 8, parent: 2 } },
      ...agreeBoth,
      { by: 'client', metric: { name: 'Mēģinājumi', unit: 'reizes', baseline: 0, target: 3, baselineIn: -20 } },
      { by: 'client', checkIn: { on: -4, values: [1], confidence: 3, text: 'Izmēģināju vienu reizi; produkta izlaide aizņem visu nedēļu' } },
    ],
    [{ by: 'client', draft: { title: 'Uzlabot līderību', horizon: 'year' } }],
  ],
  'james@demo.tandem.lv': [
    [
      { by: 'client', draft: { title: 'Run my own consultancy with 3 steady clients', horizon: 'year', whyItMatters: 'Independence and work I would sign my name under', startsIn: -90, dueIn: 275, linkValues: true } },
      ...agreeBoth,
      { by: 'client', metric: { name: 'Paying clients', unit: 'clients', baseline: 0, target: 3, baselineIn: -90 } },
      { by: 'client', checkIn: { on: -40, values: [1], confidence: 8, text: 'First retainer signed' } },
    ],
    [
      { by: 'coach', draft: { title: 'Hold 3 discovery calls a week with prospective clients', horizon: 'quarter', whyItMatters: 'Three steady clients make independence possible', startsIn: -30, dueIn: 54, linkValues: true, parent: 0 } },
      { by: 'coach', agree: true },
      { by: 'client', agree: true },
      { by: 'client', metric: { name: 'Discovery calls', unit: 'calls', baseline: 0, target: 36, baselineIn: -30 } },
      { by: 'client', checkIn: { on: -21, values: [4], confidence: 8 } },
      { by: 'client', checkIn: { on: -7, values: [11], confidence: 7 } },
      { by: 'client', checkIn: { on: -6, kind: 'self_report', text: 'Calls feel less like selling now' } },
      { by: 'client', revise: { title: 'Hold 2 discovery calls a week with prospective clients' }, reason: 'December is quiet; two a week is honest' },
    ],
    [
      { by: 'client', draft: { title: 'Complete the AWS Solutions Architect certification', horizon: 'month', whyItMatters: 'Clients ask for it in every proposal', startsIn: -40, dueIn: -5, linkValues: true, parent: 0 } },
      ...agreeBoth,
      { by: 'client', close: 'achieved', reason: 'Passed with 86%' },
    ],
    [
      { by: 'client', draft: { title: 'Launch a weekly newsletter', horizon: 'month', dueIn: 30 } },
      { by: 'client', agree: true },
      { by: 'coach', decline: 'What would make this measurable: subscribers, issues sent?' },
      { by: 'client', close: 'dropped', reason: 'Focusing on discovery calls instead' },
    ],
  ],
  'anna@demo.tandem.lv': [
    [
      { by: 'client', draft: { title: 'Nolasīt referātu starptautiskā konferencē angļu valodā', horizon: 'year', whyItMatters: 'Tas ir mans lielākais izaicinājums šogad', startsIn: -50, dueIn: 300, linkValues: true } },
      ...agreeBoth,
    ],
    [
      { by: 'client', draft: { title: 'Iesniegt referāta pieteikumu 2 starptautiskām konferencēm', horizon: 'quarter', whyItMatters: 'Lai uzstātos konferencē angļu valodā', startsIn: -50, dueIn: 30, linkValues: true, parent: 0 } },
      ...agreeBoth,
      { by: 'client', metric: { name: 'Iesniegti pieteikumi', unit: 'pieteikumi', baseline: 0, target: 2, baselineIn: -50 } },
      { by: 'client', checkIn: { on: -40, values: [0], confidence: 2, text: 'Baidos, ka mana angļu valoda nav pietiekami laba' } },
    ],
    [
      { by: 'client', draft: { title: 'Nolasīt 1 referātu angļu valodā iekšējā tehnoloģiju dienā', horizon: 'month', whyItMatters: 'Mēģinājums drošā vidē pirms konferences', startsIn: 0, dueIn: 30, linkValues: true, parent: 1 } },
      { by: 'client', agree: true },
    ],
  ],
};

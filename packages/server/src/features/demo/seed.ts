import { addDaysToInstant, calendarDateIn, type Locale, type ValueKind } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { actAs, runInScope, type ScopeDeps } from '../../run-scope.ts';
import * as accounts from '../accounts/service.ts';
import * as engagements from '../engagements/service.ts';
import * as invitations from '../invitations/service.ts';
import * as values from '../values/service.ts';
import { DEMO_GOAL_SCRIPTS, type DemoStep } from './demo-goal-scripts.ts';
import { seedDemoGoals } from './demo-goals.ts';
import { DEMO_REVIEW_SCRIPTS, seedDemoReviews } from './demo-reviews.ts';
import { DEMO_SESSION_SCRIPTS, seedDemoSessions } from './demo-sessions.ts';

/** Every demo account signs in with this password. The demo is for clicking through, not for real clients. */
export const DEMO_PASSWORD = 'tandem-demo';

type DemoClient = {
  name: string;
  email: string;
  locale: Locale;
  values: { kind: ValueKind; title: string; description: string }[];
};

export const DEMO_COACH = {
  name: 'Ilze Ozola',
  email: 'coach@demo.tandem.lv',
  practiceName: 'Ozola Coaching',
  locale: 'en' as Locale,
  timeZone: 'Europe/Riga',
};

export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: 'Marta Kalniņa',
    email: 'marta@demo.tandem.lv',
    locale: 'lv',
    values: [
      { kind: 'value', title: 'Godīgums', description: 'Runāt atklāti, arī tad, kad tas ir neērti.' },
      { kind: 'value', title: 'Ģimene', description: 'Vakari un nedēļas nogales pieder ģimenei.' },
      { kind: 'aspiration', title: 'Vadīt savu komandu', description: 'Divu gadu laikā kļūt par produktu komandas vadītāju.' },
    ],
  },
  {
    name: 'James Carter',
    email: 'james@demo.tandem.lv',
    locale: 'en',
    values: [
      { kind: 'value', title: 'Health', description: 'Energy to do the work well and still enjoy the evening.' },
      { kind: 'value', title: 'Craftsmanship', description: 'Work I would sign my name under.' },
      { kind: 'aspiration', title: 'Run my own consultancy', description: 'Independent within three years, with three steady clients.' },
    ],
  },
  {
    name: 'Anna Bērziņa',
    email: 'anna@demo.tandem.lv',
    locale: 'lv',
    values: [
      { kind: 'value', title: 'Izaugsme', description: 'Katru gadu iemācīties kaut ko jaunu un grūtu.' },
      { kind: 'aspiration', title: 'Uzstāties konferencē', description: 'Nolasīt referātu starptautiskā konferencē angļu valodā.' },
    ],
  },
];

/** The day offset (from today, 0 or less) on which the earliest of a client's demo goals starts. */
function earliestStart(script: readonly DemoStep[][]): number {
  return Math.min(0, ...script.flat().map((step) => ('draft' in step ? (step.draft.startsIn ?? 0) : 0)));
}

export type DemoLogin = { role: 'coach' | 'client'; name: string; email: string; password: string };

export function demoLogins(): DemoLogin[] {
  return [
    { role: 'coach', name: DEMO_COACH.name, email: DEMO_COACH.email, password: DEMO_PASSWORD },
    ...DEMO_CLIENTS.map((client) => ({ role: 'client' as const, name: client.name, email: client.email, password: DEMO_PASSWORD })),
  ];
}

/**
 * Seeds the demo practice through the same use cases people use, in one transaction: a coach,
 * three clients who accepted their invitations, their values and aspirations, goals in every
 * state with their revision histories, reviews of each outcome and obstacles in each state, and
 * sessions past and planned with their notes, commitments and journal entries. Does nothing
 * when the demo coach already exists. Returns whether it created the practice.
 */
export async function seedDemoPractice(deps: ScopeDeps, publicUrl: string): Promise<boolean> {
  return runInScope(deps, { token: undefined, publicUrl }, async (anonymous) => {
    if (await accounts.accountExists(anonymous, DEMO_COACH.email)) return false;
    const coachSession = await accounts.signUp(anonymous, { ...DEMO_COACH, password: DEMO_PASSWORD });
    for (const client of DEMO_CLIENTS) {
      const script = DEMO_GOAL_SCRIPTS[client.email] ?? [];
      // The client was invited and joined a week before their first goal began, so that the
      // engagement's start reads true beside months of check-ins.
      const joined: Scope = { ...anonymous, now: addDaysToInstant(anonymous.now, earliestStart(script) - 7) };
      const coach = await actAs(joined, coachSession.token);
      const invited = await engagements.inviteClient(coach, { clientName: client.name, clientEmail: client.email });
      const token = invited.inviteUrl.split('/').pop() ?? '';
      const accepted = await invitations.acceptInvitation(await actAs(joined, undefined), token, {
        name: client.name,
        password: DEMO_PASSWORD,
        locale: client.locale,
        timeZone: DEMO_COACH.timeZone,
      });
      // That session began on the day they joined, long expired: the rest is seeded today.
      const session = await accounts.openSession(anonymous, accepted.me.user.id, { practiceId: accepted.me.practice.id, role: accepted.me.role });
      const clientScope: Scope = await actAs(anonymous, session.token);
      const engagementId = invited.engagement.id;
      const valueIds: string[] = [];
      for (const value of client.values) valueIds.push((await values.addValue(clientScope, engagementId, value)).id);
      const as = (side: 'coach' | 'client') => actAs(anonymous, side === 'coach' ? coachSession.token : session.token);
      const aspirationsFirst = [...valueIds].reverse();
      const today = calendarDateIn(DEMO_COACH.timeZone, anonymous.now);
      const goalIds = await seedDemoGoals(as, engagementId, aspirationsFirst, script, today);
      const reviews = DEMO_REVIEW_SCRIPTS[client.email];
      if (reviews) await seedDemoReviews(as, engagementId, goalIds, valueIds, reviews, today);
      const sessions = DEMO_SESSION_SCRIPTS[client.email];
      if (sessions) await seedDemoSessions(as, engagementId, sessions, today);
    }
    return true;
  });
}

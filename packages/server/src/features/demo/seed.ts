import { addDaysToInstant, calendarDateIn, type Locale, type ValueKind } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { actAs, runInScope, type ScopeDeps } from '../../run-scope.ts';
import * as accounts from '../accounts/service.ts';
import * as engagements from '../engagements/service.ts';
import * as invitations from '../invitations/service.ts';
import * as practice from '../practice/service.ts';
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

/**
 * A second coach the owner invited into the practice, so that the practice page shows a firm: one
 * client who joined (with values, no goals yet: their work is just starting) and one still
 * invited. Another coach's invitation is left open for the owner to withdraw or let expire.
 */
export const DEMO_SECOND_COACH = {
  name: 'Pēteris Liepa',
  email: 'peteris@demo.tandem.lv',
  locale: 'lv' as Locale,
  clients: {
    joined: {
      name: 'Elīna Kalna',
      email: 'elina@demo.tandem.lv',
      locale: 'lv' as Locale,
      values: [
        { kind: 'value', title: 'Miers', description: 'Darīt mazāk, bet pabeigt to, ko iesāku.' },
        { kind: 'aspiration', title: 'Atvērt savu darbnīcu', description: 'Keramikas darbnīca ar saviem kursiem divu gadu laikā.' },
      ] satisfies DemoClient['values'],
    },
    invited: { name: 'Tom Walker', email: 'tom@demo.tandem.lv' },
  },
  openInvitation: { name: 'Sandra Vītola', email: 'sandra@demo.tandem.lv' },
};

/** The day offset (from today, 0 or less) on which the earliest of a client's demo goals starts. */
function earliestStart(script: readonly DemoStep[][]): number {
  return Math.min(0, ...script.flat().map((step) => ('draft' in step ? (step.draft.startsIn ?? 0) : 0)));
}

export type DemoLogin = { role: 'coach' | 'client'; name: string; email: string; password: string };

/** The demo's sign-ins: the owner first (what "the demo coach" means everywhere), then her clients, then the second coach and his. */
export function demoLogins(): DemoLogin[] {
  const { joined } = DEMO_SECOND_COACH.clients;
  return [
    { role: 'coach', name: DEMO_COACH.name, email: DEMO_COACH.email, password: DEMO_PASSWORD },
    ...DEMO_CLIENTS.map((client) => ({ role: 'client' as const, name: client.name, email: client.email, password: DEMO_PASSWORD })),
    { role: 'coach', name: DEMO_SECOND_COACH.name, email: DEMO_SECOND_COACH.email, password: DEMO_PASSWORD },
    { role: 'client', name: joined.name, email: joined.email, password: DEMO_PASSWORD },
  ];
}

/**
 * Seeds the demo practice through the same use cases people use, in one transaction: its owner, a
 * coach, three clients who accepted their invitations, their values and aspirations, goals in every
 * state with their revision histories, reviews of each outcome and obstacles in each state, and
 * sessions past and planned with their notes, commitments and journal entries; and a second coach
 * the owner invited, with clients of his own (DEMO_SECOND_COACH). Does nothing
 * when the demo coach already exists. Returns whether it created the practice.
 */
export async function seedDemoPractice(deps: ScopeDeps, publicUrl: string): Promise<boolean> {
  return runInScope(deps, { token: undefined, publicUrl }, async (opened) => {
    // What the demo's people did "before" (goals closed, a client handed over) is told to no one.
    const anonymous: Scope = { ...opened, tellsNobody: true };
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
      const accepted = await acceptNew(await actAs(joined, undefined), token, {
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
    await seedSecondCoach(anonymous, coachSession.token);
    return true;
  });
}

/** A demo person accepts their invitation with an account of their own, which cannot fail as a returning coach's password can. */
async function acceptNew(scope: Scope, token: string, input: Parameters<typeof invitations.acceptInvitation>[2]) {
  const outcome = await invitations.acceptInvitation(scope, token, input);
  if (!outcome.ok) throw outcome.error;
  return outcome.accepted;
}

/**
 * The owner invites the second coach, who joins and invites his two clients; one of them joins.
 * Each step acts as its person afresh: the transaction's database context is the last one set.
 */
async function seedSecondCoach(anonymous: Scope, ownerToken: string): Promise<void> {
  const { clients, openInvitation, ...coach } = DEMO_SECOND_COACH;
  const tokenOf = (url: string) => url.split('/').pop() ?? '';
  const welcome = async (url: string, person: { name: string; locale: Locale }) =>
    acceptNew(await actAs(anonymous, undefined), tokenOf(url), {
      name: person.name,
      password: DEMO_PASSWORD,
      locale: person.locale,
      timeZone: DEMO_COACH.timeZone,
    });
  const invited = await practice.inviteCoach(await actAs(anonymous, ownerToken), { name: coach.name, email: coach.email });
  const coachToken = (await welcome(invited.inviteUrl, coach)).token;
  const engagement = await engagements.inviteClient(await actAs(anonymous, coachToken), { clientName: clients.joined.name, clientEmail: clients.joined.email });
  const clientToken = (await welcome(engagement.inviteUrl, clients.joined)).token;
  for (const value of clients.joined.values) await values.addValue(await actAs(anonymous, clientToken), engagement.engagement.id, value);
  await engagements.inviteClient(await actAs(anonymous, coachToken), { clientName: clients.invited.name, clientEmail: clients.invited.email });
  await practice.inviteCoach(await actAs(anonymous, ownerToken), openInvitation);
}

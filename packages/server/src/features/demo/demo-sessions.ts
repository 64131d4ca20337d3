import { addCalendarDays } from '@tandem/core';
import type { Scope } from '../../context.ts';
import { addCoachNote } from '../coach-notes/service.ts';
import { changeCommitment, makeCommitment } from '../commitments/service.ts';
import { setEntryShared, writeEntry } from '../journal/service.ts';
import { addAgendaItem, changeSession, scheduleSession } from '../sessions/service.ts';

/** One demo client's sessions: what was said, promised and kept, in the client's language. */
export type DemoSessionsScript = {
  /** Two held sessions, four and two weeks ago, and one planned next week. */
  first: { agenda: string[]; notes: string; coachNote: string; commitments: { text: string; dueIn: number; owner?: 'coach' | 'client' }[] };
  second: { agenda: string[]; notes: string; coachNote: string; done: string; commitments: { text: string; dueIn: number }[] };
  next: { agenda: string[] };
  journal: { body: string; shared: boolean }[];
};

export const DEMO_SESSION_SCRIPTS: Record<string, DemoSessionsScript> = {
  'marta@demo.tandem.lv': {
    first: {
      agenda: ['Ceturkšņa mērķis: prezentācijas komandai', 'Kā sagatavoties sarunai ar vadītāju'],
      notes: 'Marta izvēlējās sākt ar īsām prezentācijām komandas sapulcēs. Pirmā — par klientu atsauksmēm.',
      coachNote: 'Runājot par vadītāja lomu, Marta divreiz minēja bailes kļūdīties publiski. Nākamreiz pajautāt, no kurienes tās nāk.',
      commitments: [
        { text: 'Sagatavot 5 minūšu prezentāciju par klientu atsauksmēm', dueIn: -20 },
        { text: 'Palūgt vadītājam atgriezenisko saiti pēc prezentācijas', dueIn: -3 },
        { text: 'Atsūtīt Martai rakstu par stāstu veidošanu prezentācijās', dueIn: -24, owner: 'coach' },
      ],
    },
    second: {
      agenda: ['Kas izdevās pirmajā prezentācijā'],
      notes: 'Prezentācija notika; komanda uzdeva jautājumus. Nākamais solis — prezentācija nodaļas sapulcē.',
      coachNote: 'Pārliecība augusi. Saistība par atgriezenisko saiti vēl nav izpildīta — uzmanīgi pajautāt, kas kavē.',
      done: 'Prezentācija notika 12 cilvēkiem, jautājumi bija par nākamā ceturkšņa plāniem.',
      commitments: [{ text: 'Pieteikt prezentāciju nodaļas sapulcē', dueIn: 5 }],
    },
    next: { agenda: ['Sagatavošanās nodaļas sapulcei'] },
    journal: [
      { body: 'Pirms prezentācijas rokas trīcēja, bet pēc pirmās minūtes kļuva vieglāk. Gribu to atcerēties.', shared: true },
      { body: 'Neesmu droša, vai tiešām gribu vadīt komandu, vai arī to no manis gaida citi.', shared: false },
    ],
  },
  'james@demo.tandem.lv': {
    first: {
      agenda: ['Pipeline for the consultancy', 'Weekly rhythm for discovery calls'],
      notes: 'James will hold discovery calls on Tuesdays and Thursdays and keep a simple pipeline sheet.',
      coachNote: 'James talks about independence mostly in terms of money. Explore what else it means to him.',
      commitments: [
        { text: 'Set up the pipeline sheet with the first 10 prospects', dueIn: -21 },
        { text: 'Book 3 discovery calls for next week', dueIn: -16 },
      ],
    },
    second: {
      agenda: ['What the first calls taught'],
      notes: 'Four calls held; two prospects want a proposal. Pricing is the open question.',
      coachNote: 'Energy is high. Watch for overcommitting alongside the day job.',
      done: 'Booked and held four calls; two asked for proposals.',
      commitments: [
        { text: 'Draft a one-page proposal template', dueIn: 4 },
        { text: 'Ask two former colleagues what they would pay for an audit', dueIn: 9 },
      ],
    },
    next: { agenda: ['Pricing the first proposals'] },
    journal: [
      { body: 'Two people said yes to a proposal. I did not expect it this soon.', shared: true },
      { body: 'Worried what my manager would say if she knew about the consultancy plans.', shared: false },
    ],
  },
  'anna@demo.tandem.lv': {
    first: {
      agenda: ['Konferences pieteikumi', 'Angļu valodas prakse'],
      notes: 'Anna izvēlējās divas konferences un rakstīs pieteikumu tēzes līdz mēneša beigām.',
      coachNote: 'Anna par sevi runā kā par "tehnisko cilvēku, ne runātāju". Šo pārliecību vērts izpētīt.',
      commitments: [
        { text: 'Uzrakstīt pieteikuma tēzes pirmajai konferencei', dueIn: -18 },
        { text: 'Pierakstīties uz angļu valodas sarunu grupu', dueIn: -10 },
      ],
    },
    second: {
      agenda: ['Pieteikumu melnraksti'],
      notes: 'Tēzes ir gatavas, bet pieteikums vēl nav iesniegts. Angļu valodas grupa sāksies nākammēnes.',
      coachNote: 'Termiņi slīd. Varbūt mērķis par divām konferencēm ir par lielu šim ceturksnim.',
      done: 'Tēzes uzrakstītas un nosūtītas kolēģei pārskatīšanai.',
      commitments: [{ text: 'Iesniegt pieteikumu pirmajai konferencei', dueIn: -2 }],
    },
    next: { agenda: ['Vai mērķis joprojām ir reālistisks?'] },
    journal: [{ body: 'Pārāk daudz darba projektu vienlaikus. Konference šķiet tāla.', shared: true }],
  },
};

/**
 * Plays a demo client's sessions through the same use cases people use: two held sessions with
 * agendas, shared notes, the coach's private notes and commitments (kept, followed up, still
 * open or overdue), one planned next week whose agenda carries the open ones over, and journal
 * entries, some shared with the coach.
 */
export async function seedDemoSessions(
  as: (side: 'coach' | 'client') => Promise<Scope>,
  engagementId: string,
  script: DemoSessionsScript,
  today: string,
): Promise<void> {
  const at = (offset: number) => `${addCalendarDays(today, offset)}T10:00`;
  // Acting as someone sets who the database sees as asking: switch right before each step.
  const coach = () => as('coach');
  const client = () => as('client');

  const first = await scheduleSession(await coach(), engagementId, { scheduledAt: at(-28), durationMinutes: 60 });
  for (const text of script.first.agenda) await addAgendaItem(await client(), first.id, { text });
  const firstCommitments = [];
  for (const commitment of script.first.commitments) {
    firstCommitments.push(
      await makeCommitment(await coach(), first.id, { text: commitment.text, owner: commitment.owner ?? 'client', dueOn: addCalendarDays(today, commitment.dueIn) }),
    );
  }
  await addCoachNote(await coach(), engagementId, { body: script.first.coachNote, sessionId: first.id });
  await changeSession(await client(), first.id, { status: 'held', sharedNotes: script.first.notes });

  const second = await scheduleSession(await coach(), engagementId, { scheduledAt: at(-14), durationMinutes: 60 });
  for (const text of script.second.agenda) await addAgendaItem(await coach(), second.id, { text });
  const [kept, , byCoach] = firstCommitments;
  if (kept) await changeCommitment(await client(), kept.id, { status: 'done', outcome: script.second.done, sessionId: second.id });
  if (byCoach) await changeCommitment(await coach(), byCoach.id, { status: 'done', sessionId: second.id });
  for (const commitment of script.second.commitments) {
    await makeCommitment(await client(), second.id, { text: commitment.text, dueOn: addCalendarDays(today, commitment.dueIn) });
  }
  await addCoachNote(await coach(), engagementId, { body: script.second.coachNote, sessionId: second.id });
  await changeSession(await coach(), second.id, { status: 'held', sharedNotes: script.second.notes });

  const next = await scheduleSession(await client(), engagementId, { scheduledAt: at(7), durationMinutes: 60 });
  for (const text of script.next.agenda) await addAgendaItem(await client(), next.id, { text });

  for (const entry of script.journal) {
    const written = await writeEntry(await client(), engagementId, { body: entry.body });
    if (entry.shared) await setEntryShared(await client(), written.id, true);
  }
}

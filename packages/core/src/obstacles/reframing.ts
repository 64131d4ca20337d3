import type { Locale } from '../locale.ts';

/**
 * What gets in the way of a goal, in the seeds' words ("Overcoming obstacles to achieving goals"):
 * an event nobody planned for, other priorities pulling focus, motivation fading after the first
 * enthusiasm, progress too slow to keep hope, a missing skill, resource or support, and a world
 * that changed around the goal (a reorganisation, a new opportunity).
 */
export const OBSTACLE_CATEGORIES = [
  'unanticipated_event',
  'competing_priorities',
  'lost_motivation',
  'insufficient_progress',
  'missing_skills_resources_support',
  'changed_circumstances',
] as const;
export type ObstacleCategory = (typeof OBSTACLE_CATEGORIES)[number];

export function isObstacleCategory(value: unknown): value is ObstacleCategory {
  return typeof value === 'string' && (OBSTACLE_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Questions that turn a perceived obstacle towards what the client controls, by category, in
 * both languages, the most widely useful first. The coach asks them of the client, so they say
 * "you" (the polite "jūs" in Latvian, as the rest of Tandem), never "I": the seeds' examples,
 * written as the client's own questions ("Can I create visibility…?"), are turned to the client.
 * Each question sits under the obstacle it answers: the seeds' "Is group coaching an option to
 * simulate experience?" finds a way to gain experience, so it answers a missing skill, resource or
 * support, not a clash of priorities (what to drop, combine or protect time for).
 */
export const REFRAMING_QUESTIONS: Record<ObstacleCategory, Record<Locale, readonly string[]>> = {
  unanticipated_event: {
    en: [
      'Which part of the goal is still within your control this month?',
      'What would a smaller version of the goal look like until things settle?',
      'Who could help carry part of the load while you deal with this?',
      'If this happens again, what would you want to have ready?',
    ],
    lv: [
      'Kura mērķa daļa šomēnes joprojām ir jūsu ziņā?',
      'Kāda izskatītos mērķa mazāka versija, līdz situācija nostabilizējas?',
      'Kas varētu uzņemties daļu slodzes, kamēr jūs ar to tiekat galā?',
      'Ja tas atkārtosies, kam jūs vēlētos būt gatavam?',
    ],
  },
  competing_priorities: {
    en: [
      'Which commitment could you drop, delegate or postpone to make room for this goal?',
      'Could this goal be combined with something you already have to do?',
      'What is the smallest regular slot you could protect for it each week?',
      'Where does this goal rank among your priorities this quarter, and does your calendar show it?',
    ],
    lv: [
      'No kuras saistības jūs varētu atteikties, kuru deleģēt vai atlikt, lai atbrīvotu vietu šim mērķim?',
      'Vai šo mērķi var apvienot ar kaut ko, kas jums jau tāpat jādara?',
      'Cik daudz laika katru nedēļu, kaut nedaudz, jūs varētu regulāri rezervēt šim mērķim?',
      'Kāda vieta šim mērķim ir starp jūsu šī ceturkšņa prioritātēm, un vai to rāda jūsu kalendārs?',
    ],
  },
  lost_motivation: {
    en: [
      'Why did this goal matter to you when you set it, and does that still hold?',
      'What small win this week would remind you that progress is possible?',
      'Which of your values does this goal serve?',
      'Would a different way of working towards it feel more like your own?',
    ],
    lv: [
      'Kāpēc šis mērķis jums bija svarīgs, kad to izvirzījāt, un vai tas joprojām ir spēkā?',
      'Kāda neliela uzvara šonedēļ jums atgādinātu, ka progress ir iespējams?',
      'Kurai no jūsu vērtībām šis mērķis kalpo?',
      'Vai cits ceļš uz to justos vairāk kā jūsu pašu izvēle?',
    ],
  },
  insufficient_progress: {
    en: [
      'What has worked so far, even a little, and how could you do more of it?',
      'Is the pace the plan asks for realistic, or does the deadline need a buffer?',
      'What is the root cause of the gap: time, skill, support or the goal itself?',
      'What would the next 30 days look like if you started from where you are now?',
    ],
    lv: [
      'Kas līdz šim ir izdevies, kaut nedaudz, un kā jūs to varētu darīt vairāk?',
      'Vai plānā prasītais temps ir reālistisks, vai termiņam vajag rezervi?',
      'Kas ir atpalicības pamatcēlonis: laiks, prasmes, atbalsts vai pats mērķis?',
      'Kā izskatītos nākamās 30 dienas, ja jūs sāktu no vietas, kur esat tagad?',
    ],
  },
  missing_skills_resources_support: {
    en: [
      'Could you create visibility by volunteering for projects?',
      'Who has already done this and could show you how?',
      'Which skill, if you had it, would make the rest easier, and how could you learn it first?',
      'Is group coaching an option to simulate experience?',
      'What support could you ask your manager or team for?',
    ],
    lv: [
      'Vai jūs varētu padarīt savu darbu redzamāku, brīvprātīgi piesakoties projektiem?',
      'Kurš to jau ir paveicis un varētu jums parādīt, kā?',
      'Kura prasme, ja jums tā būtu, atvieglotu visu pārējo, un kā jūs to varētu apgūt vispirms?',
      'Vai grupu koučings varētu jums palīdzēt iegūt pieredzi simulētā vidē?',
      'Kādu atbalstu jūs varētu lūgt savam vadītājam vai komandai?',
    ],
  },
  changed_circumstances: {
    en: [
      'What metrics now better reflect your contributions?',
      'Does this goal still serve your vision, or should it be realigned to a different one?',
      'What new opportunity does the change open that the goal could use?',
      'Should the goal be modified, realigned, or dropped with what you learnt kept?',
    ],
    lv: [
      'Kuri rādītāji tagad labāk atspoguļo jūsu ieguldījumu?',
      'Vai šis mērķis joprojām kalpo jūsu vīzijai, vai to vajadzētu pārorientēt uz citu?',
      'Kādu jaunu iespēju paver šīs pārmaiņas, ko mērķis varētu izmantot?',
      'Vai mērķi vajadzētu mainīt, pārorientēt vai atmest, saglabājot gūtās atziņas?',
    ],
  },
};

/**
 * A chosen reframing question as its reader reads it: one of Tandem's own questions, stored in the
 * language of whoever chose it, in the reader's language; a question someone wrote themselves, as
 * they wrote it.
 */
export function reframingQuestionIn(question: string, locale: Locale): string {
  for (const byLocale of Object.values(REFRAMING_QUESTIONS)) {
    for (const questions of Object.values(byLocale)) {
      const index = questions.indexOf(question);
      if (index >= 0) return byLocale[locale][index] ?? question;
    }
  }
  return question;
}

/** The reframing questions for an obstacle's category, in the reader's language. */
export function reframingQuestions(category: ObstacleCategory, locale: Locale): readonly string[] {
  return REFRAMING_QUESTIONS[category][locale];
}

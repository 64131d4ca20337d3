import { addCalendarDays, type ObstacleCategory, type ReviewOutcome } from '@tandem/core';
import type { Scope } from '../../context.ts';
import * as goals from '../goals/service.ts';
import { changeObstacle, logObstacle, resolveObstacle } from '../obstacles/service.ts';
import { holdReview } from '../reviews/service.ts';

type DemoReview = {
  /** The goal, by its place in the client's goal scripts. */
  goal: number;
  outcome: ReviewOutcome;
  notes: string;
  reason?: string;
  answers: Record<string, string>;
  /** For modify: new words and a due date this many days from today. */
  modify?: { title?: string; dueIn?: number };
  /** For realign: the client's values by their place in the list. */
  realignTo?: number[];
};

type DemoObstacle = {
  goal: number;
  description: string;
  category: ObstacleCategory;
  rootCause: string;
  /** Reframed with the category's question at `reframingQuestion` (its place in the list) and this answer. */
  reframingAnswer?: string;
  reframingQuestion?: number;
  contingencyPlan?: string;
  resolution?: string;
};

/** A goal drafted only to be reviewed and dropped: a review that ends a goal, with the reason. */
type DemoDroppedGoal = { title: string; horizon: 'month' | 'quarter'; whyItMatters: string; dueIn: number };

export type DemoReviewScript = { reviews: DemoReview[]; obstacles: DemoObstacle[]; dropped?: { goal: DemoDroppedGoal; review: Omit<DemoReview, 'goal' | 'outcome'> } };

export const DEMO_REVIEW_SCRIPTS: Record<string, DemoReviewScript> = {
  'marta@demo.tandem.lv': {
    reviews: [
      {
        goal: 1,
        outcome: 'keep',
        notes: 'Četri no astoņiem moduļiem pabeigti, tempā ar plānu. Starpkomandu projekts sāksies janvārī.',
        answers: {
          short_term_progress: 'Prezentāciju mērķis virzās, mēģinājumi atpaliek produkta izlaides dēļ.',
          competence_built: 'Atgriezeniskās saites modulis jau noder komandas sapulcēs.',
        },
      },
      {
        goal: 0,
        outcome: 'realign',
        notes: 'Vīzija joprojām der, bet tā vairāk balstās godīgumā nekā ģimenes laika sargāšanā.',
        reason: 'Vadītāja loma Martai nozīmē atklātu sarunu kultūru komandā',
        answers: { vision_fit: 'Jā, bet ar citu uzsvaru: atklātība, ne tikai karjera.' },
        realignTo: [0, 2],
      },
    ],
    obstacles: [
      {
        goal: 3,
        description: 'Produkta izlaide aizņem visu nedēļu, mēģinājumiem neatliek laika',
        category: 'competing_priorities',
        rootCause: 'Izlaides termiņš sakrīt ar ceturkšņa beigām',
        // "Could this goal be combined with something you already have to do?"
        reframingQuestion: 1,
        reframingAnswer: 'Var mēģināt ar kolēģi pusdienu pārtraukumā, ne atsevišķā laikā',
        contingencyPlan: 'Ja izlaide ievelkas, mēģinājums notiek pirmdienas rītā pirms sapulces',
      },
    ],
  },
  'james@demo.tandem.lv': {
    reviews: [
      {
        goal: 0,
        outcome: 'modify',
        notes: 'One retainer signed, two proposals out. Three steady clients by the deadline is possible, but not with December in the middle.',
        reason: 'December is quiet: a month more gives the proposals time to land',
        answers: {
          short_term_progress: 'Discovery calls are ahead of the plan; proposals are the bottleneck.',
          changes_needed: 'A proposal template, and a month more on the deadline.',
        },
        modify: { dueIn: 305 },
      },
    ],
    obstacles: [
      {
        goal: 0,
        description: 'The day job leaves no time for discovery calls',
        category: 'competing_priorities',
        rootCause: 'Five full days at the employer',
        // "What is the smallest regular slot you could protect for it each week?"
        reframingQuestion: 2,
        reframingAnswer: 'Fridays could be consultancy days if the employer agrees',
        contingencyPlan: 'If the employer says no, calls move to early mornings twice a week',
        resolution: 'Agreed a four-day week with the employer from January',
      },
    ],
  },
  'anna@demo.tandem.lv': {
    reviews: [],
    obstacles: [
      {
        goal: 1,
        description: 'Bailes, ka mana angļu valoda nav pietiekami laba konferencei',
        category: 'missing_skills_resources_support',
        rootCause: 'Anna nekad nav uzstājusies angļu valodā',
      },
    ],
    dropped: {
      goal: { title: 'Noklausīties 4 angļu valodas podkāstus nedēļā', horizon: 'month', whyItMatters: 'Lai runātu brīvāk', dueIn: 20 },
      review: {
        notes: 'Podkāsti palīdz klausīties, bet ne runāt. Sarunu grupa dos vairāk.',
        reason: 'Runāšanas prakse sarunu grupā aizstāj klausīšanos',
        answers: { changes_needed: 'Atmest podkāstus, pievērsties sarunu grupai.' },
      },
    },
  },
};

/**
 * Plays a demo client's reviews and obstacles through the same use cases people use: the coach
 * holds reviews of each outcome (keep, modify and realign, which wait for the client to agree,
 * and drop), and obstacles are logged open without a plan, reframed with a plan, or resolved.
 */
export async function seedDemoReviews(
  as: (side: 'coach' | 'client') => Promise<Scope>,
  engagementId: string,
  goalIds: readonly string[],
  valueIds: readonly string[],
  script: DemoReviewScript,
  today: string,
): Promise<void> {
  const goalAt = (index: number) => {
    const id = goalIds[index];
    if (!id) throw new Error(`no demo goal ${index}`);
    return id;
  };
  for (const review of script.reviews) {
    const changes =
      review.outcome === 'modify'
        ? { ...(review.modify?.title ? { title: review.modify.title } : {}), ...(review.modify?.dueIn === undefined ? {} : { dueOn: addCalendarDays(today, review.modify.dueIn) }) }
        : review.outcome === 'realign'
          ? { valueIds: (review.realignTo ?? []).flatMap((index) => (valueIds[index] ? [valueIds[index]] : [])) }
          : {};
    await holdReview(await as('coach'), goalAt(review.goal), { outcome: review.outcome, notes: review.notes, reason: review.reason ?? '', answers: review.answers, changes });
  }
  if (script.dropped) {
    const { goal, review } = script.dropped;
    const drafted = await goals.draftGoal(await as('client'), engagementId, {
      title: goal.title,
      horizon: goal.horizon,
      whyItMatters: goal.whyItMatters,
      startsOn: today,
      dueOn: addCalendarDays(today, goal.dueIn),
      valueIds: [],
      parentId: null,
    });
    const revisionId = drafted.pendingRevision?.id ?? '';
    await goals.decideOnRevision(await as('client'), drafted.id, { revisionId, decision: 'agree' });
    await goals.decideOnRevision(await as('coach'), drafted.id, { revisionId, decision: 'agree' });
    await holdReview(await as('coach'), drafted.id, { outcome: 'drop', notes: review.notes, reason: review.reason ?? '', answers: review.answers });
  }
  for (const obstacle of script.obstacles) {
    const logged = await logObstacle(await as('client'), goalAt(obstacle.goal), {
      description: obstacle.description,
      category: obstacle.category,
      rootCause: obstacle.rootCause,
    });
    let version = logged.version;
    if (obstacle.contingencyPlan || obstacle.reframingAnswer) {
      const changed = await changeObstacle(await as('coach'), logged.id, {
        reframingQuestion: logged.reframingQuestions[obstacle.reframingQuestion ?? 0],
        reframingAnswer: obstacle.reframingAnswer ?? '',
        contingencyPlan: obstacle.contingencyPlan ?? '',
        version,
      });
      version = changed.version;
    }
    if (obstacle.resolution) await resolveObstacle(await as('client'), logged.id, { resolution: obstacle.resolution, version });
  }
}

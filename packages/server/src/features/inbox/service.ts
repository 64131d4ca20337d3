import {
  addCalendarDays,
  calendarDateIn,
  collatorFor,
  compareText,
  daysBetween,
  instantFromLocal,
  nextLookBack,
  type RiskStatus,
  type Side,
} from '@tandem/core';
import { requireActor, type Scope } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { written, type WrittenAnswer } from '../kept-answers/service.ts';
import type { GoalProgress } from '../progress/compute.ts';
import { cascadesOfEngagements } from '../progress/service.ts';
import * as repo from './repo.ts';

/** How far ahead a review shows up as coming, and how far back a stakeholder's answer counts as new. */
export const INBOX_WINDOWS = {
  reviewAheadDays: 14,
  newFeedbackDays: 30,
  maxFeedbackItems: 50,
  maxCommitmentItems: 100,
  maxJournalItems: 50,
  maxCancelledSessionItems: 50,
} as const;

export const INBOX_ITEM_KINDS = [
  'goal_awaiting_agreement',
  'goal_at_risk',
  'review_due',
  'check_in_overdue',
  'stakeholder_feedback',
  'commitment_overdue',
  'journal_shared',
  'session_cancelled',
] as const;
export type InboxItemKind = (typeof INBOX_ITEM_KINDS)[number];

/** The instant a calendar day begins in a time zone. */
const dayStartOf = (day: string, timeZone: string) => instantFromLocal(`${day}T00:00`, timeZone);

/** `risk` comes first, then `attention`, then `info`. */
export type InboxSeverity = 'risk' | 'attention' | 'info';

export type InboxItem = {
  /** Stable while the item stands: `kind:id`. Items without a "done" of their own are marked seen by it. */
  key: string;
  kind: InboxItemKind;
  severity: InboxSeverity;
  engagementId: string;
  clientName: string;
  goalId: string | null;
  goalTitle: string | null;
  /** The day the item is about: a review's due date, the last check-in, the day an answer came. */
  on: string | null;
  /** Days overdue (reviews, check-ins), when the item is late. */
  daysOverdue: number | null;
  /** Why, in the reader's language: a goal's risk reasons, a stakeholder's name and rating. */
  reasons: string[];
  stakeholderName: string | null;
  rating: number | null;
  /** The commitment, journal entry or session the item is about. */
  commitmentId: string | null;
  journalEntryId: string | null;
  sessionId: string | null;
  /** When the session the item is about was to start: an instant, ISO 8601. */
  scheduledAt: string | null;
  /** Who cancelled the session. */
  cancelledByName: string | null;
  /** A commitment's words. */
  text: string | null;
  /** Whether the reader clears it by marking it seen (`POST /inbox/acknowledgements`). */
  acknowledgeable: boolean;
};

export type ClientStanding = {
  engagementId: string;
  clientName: string;
  status: Exclude<RiskStatus, 'not_judged'> | 'not_judged';
  atRisk: number;
  needsAttention: number;
  onTrack: number;
};

export type Inbox = {
  asOf: string;
  side: 'coach' | 'client' | 'both' | 'none';
  /** The most pressing items, at most the limit asked for. */
  items: InboxItem[];
  /** How many items there are in all, and of each kind. */
  total: number;
  counts: Partial<Record<InboxItemKind, number>>;
  clients: ClientStanding[];
};

/** How many items the inbox gives unless asked otherwise, and at most. */
export const INBOX_LIMITS = { default: 50, max: 500 } as const;

const SEVERITY_ORDER: Record<InboxSeverity, number> = { risk: 0, attention: 1, info: 2 };
const STATUS_ORDER: Record<ClientStanding['status'], number> = { at_risk: 0, needs_attention: 1, on_track: 2, not_judged: 3 };

function flatten(nodes: readonly GoalProgress[]): GoalProgress[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** An item as kept: without the client's name (read fresh), with its place in the order (`rankOf`). */
type KeptItem = Omit<InboxItem, 'clientName'> & { rank: string };

/**
 * What one engagement's goals raise in a reader's inbox, and the client's standing: kept per
 * reader (see `readStandings`), the items in their order with the count of each kind.
 */
type EngagementStanding = {
  standing: Omit<ClientStanding, 'engagementId' | 'clientName'>;
  counts: Partial<Record<InboxItemKind, number>>;
  items: KeptItem[];
};

/**
 * Where an item stands in the inbox, as text that sorts the way the inbox does (with a plain,
 * byte-wise comparison, in JavaScript and in SQL alike): severity, then the most overdue, then the
 * earliest day, then the key.
 */
function rankOf(item: Pick<InboxItem, 'severity' | 'daysOverdue' | 'on' | 'key'>): string {
  const overdue = String(99_999 - Math.min(99_999, Math.max(0, item.daysOverdue ?? 0))).padStart(5, '0');
  return `${SEVERITY_ORDER[item.severity]}|${overdue}|${item.on ?? '9999-12-31'}|${item.key}`;
}

function ranked<Item extends Pick<InboxItem, 'severity' | 'daysOverdue' | 'on' | 'key'>>(item: Item): Item & { rank: string } {
  return { ...item, rank: rankOf(item) };
}

function countKinds(items: readonly Pick<InboxItem, 'kind'>[], into: Partial<Record<InboxItemKind, number>> = {}) {
  for (const item of items) into[item.kind] = (into[item.kind] ?? 0) + 1;
  return into;
}

/**
 * Which rules drew a kept standing. Bump it when what goals raise in the inbox changes (kinds,
 * wording, windows): kept standings drawn by other rules are then drawn again.
 */
const STANDING_RULES = 'inbox-standing-1';

/** Whom a kept standing was drawn for: the rules, the reader's language and time zone. */
const readerKeyOf = (actor: { locale: string; timeZone: string }) => `${STANDING_RULES}|${actor.locale}|${actor.timeZone}`;

/** The items an engagement's goals raise for the reader on the side given, and its standing. */
function drawStanding(engagementId: string, side: Side, roots: readonly GoalProgress[], today: string): EngagementStanding {
  const standing: EngagementStanding['standing'] = { status: 'not_judged', atRisk: 0, needsAttention: 0, onTrack: 0 };
  const items: Omit<InboxItem, 'clientName'>[] = [];
  const reviewHorizon = addCalendarDays(today, INBOX_WINDOWS.reviewAheadDays);
  for (const node of flatten(roots)) {
    const { goal, risk } = node;
    const ofGoal = { ...aboutNothing, engagementId, goalId: goal.id, goalTitle: goal.current.title };
    if (risk.status === 'at_risk') standing.atRisk += 1;
    if (risk.status === 'needs_attention') standing.needsAttention += 1;
    if (risk.status === 'on_track') standing.onTrack += 1;
    if (goal.awaitingAgreementFrom.includes(side)) {
      items.push({ ...ofGoal, key: `goal_awaiting_agreement:${goal.id}`, kind: 'goal_awaiting_agreement', severity: 'attention', on: null });
    }
    if (risk.status === 'at_risk') {
      const reasons = risk.reasons.filter((reason) => reason.severity === 'risk').map((reason) => reason.text);
      items.push({ ...ofGoal, key: `goal_at_risk:${goal.id}`, kind: 'goal_at_risk', severity: 'risk', on: goal.current.dueOn, reasons });
    }
    const silence = risk.reasons.find((reason) => reason.code === 'no_recent_check_in');
    if (silence && silence.code === 'no_recent_check_in') {
      items.push({
        ...ofGoal,
        key: `check_in_overdue:${goal.id}`,
        kind: 'check_in_overdue',
        severity: silence.severity === 'risk' ? 'risk' : 'attention',
        on: node.lastCheckIn?.effectiveOn ?? null,
        daysOverdue: Math.max(0, silence.params.days - silence.params.cadenceDays),
        reasons: [silence.text],
      });
    }
    if (goal.state === 'active' && goal.activatedOn) {
      const due = nextLookBack(goal.activatedOn, node.lastReviewOn, goal.current.dueOn).on;
      if (due <= reviewHorizon) {
        const late = daysBetween(due, today);
        items.push({ ...ofGoal, key: `review_due:${goal.id}`, kind: 'review_due', severity: late > 0 ? 'attention' : 'info', on: due, daysOverdue: late > 0 ? late : null });
      }
    }
  }
  standing.status = standing.atRisk > 0 ? 'at_risk' : standing.needsAttention > 0 ? 'needs_attention' : standing.onTrack > 0 ? 'on_track' : 'not_judged';
  const kept = items.map(ranked).sort((a, b) => compareText(a.rank, b.rank));
  return { standing, counts: countKinds(kept), items: kept };
}

/** The details of the other kinds of item, left empty. */
const aboutNothing = {
  goalId: null,
  goalTitle: null,
  daysOverdue: null,
  reasons: [],
  stakeholderName: null,
  rating: null,
  commitmentId: null,
  journalEntryId: null,
  sessionId: null,
  scheduledAt: null,
  cancelledByName: null,
  text: null,
  acknowledgeable: false,
} satisfies Partial<InboxItem>;

type EngagementOfReader = { id: string; side: Side; stamp: number; standing: Omit<EngagementStanding, 'items'> | null };

/**
 * Each engagement's standing for the reader where nothing it depends on changed (kept), and the
 * engagements whose standing must be drawn again, with the stamp to draw them at. A fixed number
 * of statements however many engagements.
 */
async function keptStandings(
  scope: Scope,
  engagements: readonly EngagementOfReader[],
  today: string,
): Promise<{ standings: Map<string, Omit<EngagementStanding, 'items'>>; stale: EngagementOfReader[] }> {
  const actor = requireActor(scope);
  const standings = new Map<string, Omit<EngagementStanding, 'items'>>();
  const stamps = new Map<string, number>();
  const take = (kept: readonly Omit<EngagementOfReader, 'side'>[]) => {
    stamps.clear();
    for (const row of kept) {
      if (row.standing) standings.set(row.id, row.standing);
      else stamps.set(row.id, Number(row.stamp));
    }
  };
  take(engagements);
  if (stamps.size > 0) {
    // Several looks of one reader at once (tabs, a refresh) would each draw the same clients
    // again and overwrite one another's rows: the first draws, the others wait for it and find
    // what it kept. Only a look with something to draw waits.
    await repo.drawAlone(scope.tx, actor.userId);
    take(
      await repo.readStandings<Omit<EngagementStanding, 'items'>>(scope.tx, {
        userId: actor.userId,
        engagementIds: engagements.filter((engagement) => stamps.has(engagement.id)).map((engagement) => engagement.id),
        asOf: today,
        reader: readerKeyOf(actor),
      }),
    );
  }
  const stale = engagements.filter((engagement) => stamps.has(engagement.id)).map((engagement) => ({ ...engagement, stamp: stamps.get(engagement.id) ?? 0 }));
  return { standings, stale };
}

/**
 * Draws the standings of these engagements again from their cascades (computed only for them)
 * and keeps them: each standing, and the first `limit` items of each.
 */
async function drawStandings(
  scope: Scope,
  stale: readonly EngagementOfReader[],
  today: string,
  limit: number,
): Promise<{ engagementId: string; standing: Omit<EngagementStanding, 'items'>; items: KeptItem[] }[]> {
  if (stale.length === 0) return [];
  const actor = requireActor(scope);
  const cascades = await cascadesOfEngagements(scope, stale);
  const drawn = stale.map((engagement) => {
    const { items: raised, ...standing } = drawStanding(engagement.id, engagement.side, cascades.get(engagement.id) ?? [], today);
    return { engagementId: engagement.id, stamp: engagement.stamp, standing, items: raised };
  });
  await repo.saveStandings(scope.tx, { userId: actor.userId, practiceId: actor.practiceId, asOf: today, reader: readerKeyOf(actor), standings: drawn });
  return drawn.map((row) => ({ engagementId: row.engagementId, standing: row.standing, items: row.items.slice(0, limit) }));
}

/**
 * What needs the person, across all the engagements they take part in, in one list: goals waiting
 * for their agreement, goals at risk (with the reasons), reviews due, check-ins overdue, overdue
 * commitments, new answers from stakeholders and (for the coach) journal entries newly shared.
 * Each item leaves when it is done (agreed, back on track, reviewed, checked in) or, for answers,
 * when the reader marks it seen. A coach also gets each client's standing, worst first. A fixed
 * number of queries, however many clients; the goals of clients whose data did not change since
 * the reader last looked (today) are not computed again.
 */
export async function readInbox(scope: Scope, options: { limit?: number | undefined } = {}): Promise<Inbox> {
  const actor = requireActor(scope);
  const today = calendarDateIn(actor.timeZone, scope.now);
  // The reader's engagements (past the invitation) with what their inbox kept of each, in one read.
  const mine = await repo.readMyEngagementStandings<Omit<EngagementStanding, 'items'>>(scope.tx, {
    practiceId: actor.practiceId,
    userId: actor.userId,
    asOf: today,
    reader: readerKeyOf(actor),
  });
  const sideIn = (engagement: { coachId: string }): Side => (engagement.coachId === actor.userId ? 'coach' : 'client');
  const limit = limitOf(options.limit);
  const { standings, stale } = await keptStandings(
    scope,
    mine.map((engagement) => ({ ...engagement, side: sideIn(engagement) })),
    today,
  );
  const coached = mine.filter((engagement) => sideIn(engagement) === 'coach').map((engagement) => engagement.id);
  // The first kept items of the goals (along the rank index: only what the page shows), and the
  // other items, in one statement.
  const { kept: goalItems, answers, overdue, shared, cancelled } =
    mine.length === 0
      ? { kept: [], answers: [], overdue: [], shared: [], cancelled: [] }
      : await repo.listItems<KeptItem>(scope.tx, {
          engagementIds: mine.map((engagement) => engagement.id),
          keptEngagementIds: [...standings.keys()],
          coachedEngagementIds: coached,
          userId: actor.userId,
          // Whole days of the reader's calendar, so that an inbox kept for the day stays true all day.
          since: dayStartOf(addCalendarDays(today, -INBOX_WINDOWS.newFeedbackDays), actor.timeZone),
          today,
          dayStarts: dayStartOf(today, actor.timeZone),
          limits: {
            kept: limit,
            answers: INBOX_WINDOWS.maxFeedbackItems,
            commitments: INBOX_WINDOWS.maxCommitmentItems,
            journal: INBOX_WINDOWS.maxJournalItems,
            cancelled: INBOX_WINDOWS.maxCancelledSessionItems,
          },
        });
  for (const row of await drawStandings(scope, stale, today, limit)) {
    standings.set(row.engagementId, row.standing);
    goalItems.push(...row.items);
  }

  const engagementsById = new Map(mine.map((engagement) => [engagement.id, engagement]));
  const clientNameOf = (engagementId: string) => engagementsById.get(engagementId)?.clientName ?? '';
  /** What every item says of where it belongs, with the details of other kinds left empty. */
  const about = (engagementId: string, goalId: string | null, goalTitle: string | null) => ({
    ...aboutNothing,
    engagementId,
    clientName: clientNameOf(engagementId),
    goalId,
    goalTitle: goalId === null ? null : goalTitle,
  });

  // The goals' items are counted from what each engagement keeps; only the first `limit` are at hand.
  const counts: Partial<Record<InboxItemKind, number>> = {};
  let total = 0;
  const clients: ClientStanding[] = [];
  for (const engagement of mine) {
    const drawn = standings.get(engagement.id);
    if (!drawn) continue;
    for (const [kind, count] of Object.entries(drawn.counts) as [InboxItemKind, number][]) {
      counts[kind] = (counts[kind] ?? 0) + count;
      total += count;
    }
    if (sideIn(engagement) === 'coach') clients.push({ engagementId: engagement.id, clientName: engagement.clientName, ...drawn.standing });
  }
  // The other items (answers, commitments, journal entries) are few and all at hand.
  const items: InboxItem[] = [];
  for (const answer of answers) {
    items.push({
      ...about(answer.engagementId, answer.goalId, answer.goalTitle),
      key: `stakeholder_feedback:${answer.checkInId}`,
      kind: 'stakeholder_feedback',
      severity: 'info',
      on: calendarDateIn(actor.timeZone, new Date(answer.answeredAt)),
      stakeholderName: answer.stakeholderName,
      rating: answer.rating,
      acknowledgeable: true,
    });
  }
  for (const commitment of overdue) {
    const engagement = engagementsById.get(commitment.engagementId);
    items.push({
      ...about(commitment.engagementId, commitment.goalId, commitment.goalTitle),
      key: `commitment_overdue:${commitment.id}`,
      kind: 'commitment_overdue',
      // The reader's own overdue action items weigh more than the other side's.
      severity: engagement && sideIn(engagement) === commitment.ownerSide ? 'attention' : 'info',
      on: commitment.dueOn,
      daysOverdue: daysBetween(commitment.dueOn, today),
      commitmentId: commitment.id,
      text: commitment.text,
    });
  }
  for (const entry of shared) {
    items.push({
      ...about(entry.engagementId, entry.goalId, entry.goalTitle),
      key: entry.key,
      kind: 'journal_shared',
      severity: 'info',
      on: calendarDateIn(actor.timeZone, new Date(entry.sharedAt)),
      journalEntryId: entry.id,
      acknowledgeable: true,
    });
  }
  for (const session of cancelled) {
    items.push({
      ...about(session.engagementId, null, null),
      key: session.key,
      kind: 'session_cancelled',
      // The reader's plans change: more than news.
      severity: 'attention',
      on: calendarDateIn(actor.timeZone, new Date(session.scheduledAt)),
      sessionId: session.id,
      scheduledAt: new Date(session.scheduledAt).toISOString(),
      cancelledByName: session.cancelledByName,
      acknowledgeable: true,
    });
  }
  countKinds(items, counts);
  total += items.length;
  const ordered = [
    ...goalItems.map(({ rank, ...item }) => ({ rank, item: { ...item, clientName: clientNameOf(item.engagementId) } })),
    ...items.map((item) => ({ rank: rankOf(item), item })),
  ].sort((a, b) => compareText(a.rank, b.rank));
  const collator = collatorFor(actor.locale);
  clients.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.atRisk - a.atRisk || b.needsAttention - a.needsAttention || collator.compare(a.clientName, b.clientName),
  );
  const sides = new Set(mine.map(sideIn));
  const side = sides.size === 2 ? 'both' : sides.has('coach') ? 'coach' : sides.has('client') ? 'client' : 'none';
  return { asOf: today, side, items: ordered.slice(0, limit).map(({ item }) => item), total, counts, clients };
}

const limitOf = (asked: number | undefined) => Math.min(asked ?? INBOX_LIMITS.default, INBOX_LIMITS.max);

/** Which rules wrote a kept inbox (with the standings' rules): bump it when the answer changes for the same data. */
const INBOX_RULES = 'inbox-3';

/**
 * The reader's inbox as `write` writes it (the answer checked and written as JSON): given again
 * as it was kept while nothing it is drawn from has changed since (the print, decision 021), on
 * the same day, for the same reader key; otherwise read (`readInbox`) and kept. Two statements
 * for a kept inbox, however many clients.
 */
export async function readInboxAnswer(scope: Scope, options: { limit?: number | undefined }, write: (inbox: Inbox) => string): Promise<WrittenAnswer> {
  const actor = requireActor(scope);
  const limit = limitOf(options.limit);
  const asOf = calendarDateIn(actor.timeZone, scope.now);
  const where = {
    practiceId: actor.practiceId,
    userId: actor.userId,
    asOf,
    reader: `${INBOX_RULES}|${readerKeyOf(actor)}|${limit}`,
  };
  const kept = await repo.readKeptInbox(scope.tx, { ...where, dayStarts: dayStartOf(asOf, actor.timeZone) });
  if (kept.answer !== null) return { gzip: kept.answer };
  const answer = written(write(await readInbox(scope, { limit })));
  await repo.keepInbox(scope.tx, { ...where, print: kept.print, answer: answer.gzip });
  return answer;
}

/**
 * Items that leave when their reader has seen them: a stakeholder's answer
 * (`stakeholder_feedback:<check-in id>`), a journal entry shared (`journal_shared:<id>:<when>`)
 * and a session the other side cancelled (`session_cancelled:<id>:<when>`).
 */
const ACKNOWLEDGEABLE = /^(stakeholder_feedback:[0-9a-f-]{36}|(journal_shared|session_cancelled):[0-9a-f-]{36}:\d{1,16})$/;

/** Marks an item seen, so that it leaves the reader's inbox (and only theirs). */
export async function acknowledgeItem(scope: Scope, key: string): Promise<void> {
  const actor = requireActor(scope);
  if (!ACKNOWLEDGEABLE.test(key)) {
    throw new AppError('validation_failed', 'This item leaves the inbox when it is done, not when it is seen.', {
      errors: [{ path: 'key', message: 'Not an item that is marked seen', code: 'not_acknowledgeable' }],
    });
  }
  const inbox = await readInbox(scope, { limit: INBOX_LIMITS.max });
  if (!inbox.items.some((item) => item.key === key)) {
    // Already seen, or not the reader's: either way nothing to do, and nothing revealed.
    return;
  }
  await repo.acknowledge(scope.tx, { userId: actor.userId, practiceId: actor.practiceId, itemKey: key, at: scope.now });
}

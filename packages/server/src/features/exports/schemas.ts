import { z } from 'zod';
import { CalendarDate, Timestamp, Uuid } from '../../http/schemas.ts';
import { Me } from '../accounts/schemas.ts';
import { CheckIn } from '../check-ins/schemas.ts';
import { CoachNote } from '../coach-notes/schemas.ts';
import { Commitment } from '../commitments/schemas.ts';
import { Engagement } from '../engagements/schemas.ts';
import { FeedbackRequest } from '../feedback/schemas.ts';
import { Goal, RevisionHistory } from '../goals/schemas.ts';
import { JournalEntry } from '../journal/schemas.ts';
import { Metric } from '../metrics/schemas.ts';
import { Obstacle } from '../obstacles/schemas.ts';
import { CascadeNode } from '../progress/schemas.ts';
import { Review } from '../reviews/schemas.ts';
import { Session } from '../sessions/schemas.ts';
import { Value } from '../values/schemas.ts';

const GoalRecord = z.object({
  goal: Goal,
  revisions: RevisionHistory.shape.items.describe('Every revision, with who agreed to it and what it changed'),
  metrics: z.array(Metric),
  checkIns: z.array(CheckIn),
  feedbackRequests: z.array(FeedbackRequest),
  reviews: z.array(Review),
  obstacles: z.array(Obstacle),
});

export const EngagementDossier = z
  .object({
    engagement: Engagement,
    values: z.array(Value).describe('Values and aspirations, archived ones too'),
    goals: z.array(GoalRecord),
    progress: z.array(CascadeNode).describe('The cascade with progress and risk on the day of the export'),
    sessions: z.array(Session).describe('Sessions with their agenda, shared notes and commitments'),
    commitments: z.array(Commitment).describe('Every commitment with its history'),
    coachNotes: z.array(CoachNote).describe("The exporting coach's own private notes; empty for anyone else"),
    journal: z.array(JournalEntry).describe("The client's whole journal in their own export; only shared entries in the coach's"),
  })
  .meta({ id: 'EngagementDossier', description: 'Everything of one engagement that the person exporting may read' });
export type EngagementDossier = z.infer<typeof EngagementDossier>;

const Header = {
  format: z.literal('tandem-export'),
  version: z.literal(1),
  exportedAt: Timestamp,
  exportedOn: CalendarDate.describe("The day of the export in the exporter's time zone"),
  exportedBy: z.object({ id: Uuid, name: z.string() }),
  excluded: z.array(z.string()).describe('What this export leaves out, and why'),
};

export const MyExport = z.object({
  ...Header,
  kind: z.literal('me'),
  profile: Me,
  engagements: z.array(EngagementDossier).describe('The engagements I take part in, as coach or as client'),
});

export const EngagementExport = z.object({ ...Header, kind: z.literal('engagement'), engagement: EngagementDossier });

export const PracticeExport = z.object({
  ...Header,
  kind: z.literal('practice'),
  practice: z.object({ id: Uuid, name: z.string() }),
  tables: z
    .record(z.string(), z.array(z.record(z.string(), z.unknown())))
    .describe('Every row of the practice by table, as stored; secrets (password and token hashes) removed'),
});


export const DeletePracticeBody = z.object({
  confirm: z.string().max(200).describe("The practice's name, typed out, to confirm that everything goes"),
});

export const PracticeDeleted = z.object({
  deleted: z.literal(true),
  rows: z.record(z.string(), z.number().int()).describe('How many rows went from each table'),
});

import type { paths } from '@tandem/contract';

/** The JSON body of a response or request entry in the generated OpenAPI types. */
type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type Me = Json<paths['/api/v1/me']['get']['responses'][200]>;
export type Locale = Me['locale'];
export type Role = Me['role'];

export type Engagement = Json<paths['/api/v1/engagements/{id}']['get']['responses'][200]>;
export type EngagementStatus = Engagement['status'];
export type InvitedEngagement = Json<paths['/api/v1/engagements']['post']['responses'][201]>;
export type EngagementQuery = NonNullable<paths['/api/v1/engagements']['get']['parameters']['query']>;
export type EngagementPage = Json<paths['/api/v1/engagements']['get']['responses'][200]>;
/** An engagement as the lists show it: with the email of the client's invitation while they have not joined. */
export type ListedEngagement = EngagementPage['items'][number];
export type InvitationEmail = NonNullable<InvitedEngagement['invitationEmail']>;

export type Coach = Json<paths['/api/v1/practice/coaches']['get']['responses'][200]>['items'][number];
export type CoachInvitation = Json<paths['/api/v1/practice/coach-invitations']['get']['responses'][200]>['items'][number];

export type InvitationPreview = Json<paths['/api/v1/invitations/{token}']['get']['responses'][200]>;
export type AcceptedInvitation = Json<paths['/api/v1/invitations/{token}/accept']['post']['responses'][201]>;

export type Value = Json<paths['/api/v1/engagements/{id}/values']['get']['responses'][200]>['items'][number];
export type ValueKind = Value['kind'];
export type NewValue = Json<paths['/api/v1/engagements/{id}/values']['post']['requestBody']>;
export type ValueChanges = Json<paths['/api/v1/engagements/{id}/values/{valueId}']['patch']['requestBody']>;

export type Goal = Json<paths['/api/v1/goals/{id}']['get']['responses'][200]>;
export type GoalState = Goal['state'];
export type Horizon = Goal['horizon'];
export type Side = Goal['mySide'];
export type Revision = NonNullable<Goal['activeRevision']>;
export type SmartAssessment = Goal['smart'];
export type SmartCriterion = keyof SmartAssessment;
export type SmartVerdict = SmartAssessment[SmartCriterion]['verdict'];
export type NewGoal = Json<paths['/api/v1/engagements/{id}/goals']['post']['requestBody']>;
export type GoalChanges = Json<paths['/api/v1/goals/{id}/revisions']['post']['requestBody']>['changes'];
export type RevisionHistoryItem = Json<paths['/api/v1/goals/{id}/revisions']['get']['responses'][200]>['items'][number];
export type Agreement = RevisionHistoryItem['agreements'][number];
export type SmartDraft = Json<paths['/api/v1/smart/assess']['post']['requestBody']>;

export type Cascade = Json<paths['/api/v1/engagements/{id}/cascade']['get']['responses'][200]>;
export type CascadeNode = Cascade['roots'][number];
export type GoalProgress = Json<paths['/api/v1/goals/{id}/progress']['get']['responses'][200]>;
export type RiskStatus = GoalProgress['status'];
export type RiskReason = GoalProgress['reasons'][number];
export type MetricProgress = GoalProgress['metrics'][number];
export type Metric = Json<paths['/api/v1/goals/{id}/metrics']['get']['responses'][200]>['items'][number];
export type NewMetric = Json<paths['/api/v1/goals/{id}/metrics']['post']['requestBody']>;
export type CheckIn = Json<paths['/api/v1/goals/{id}/check-ins']['get']['responses'][200]>['items'][number];
export type CheckInKind = CheckIn['kind'];
export type NewCheckIn = Json<paths['/api/v1/goals/{id}/check-ins']['post']['requestBody']>;
export type FeedbackRequest = Json<paths['/api/v1/goals/{id}/feedback-requests']['get']['responses'][200]>['items'][number];
export type FeedbackStatus = FeedbackRequest['status'];
export type NewFeedbackRequest = Json<paths['/api/v1/goals/{id}/feedback-requests']['post']['requestBody']>;
export type RequestedFeedback = Json<paths['/api/v1/goals/{id}/feedback-requests']['post']['responses'][201]>;
export type FeedbackQuestion = Json<paths['/api/v1/feedback/{token}']['get']['responses'][200]>;
export type FeedbackAnswer = Json<paths['/api/v1/feedback/{token}']['post']['requestBody']>;

export type Inbox = Json<paths['/api/v1/inbox']['get']['responses'][200]>;
export type InboxItem = Inbox['items'][number];
export type InboxItemKind = InboxItem['kind'];
export type ClientStanding = Inbox['clients'][number];

export type SessionSummary = Json<paths['/api/v1/engagements/{id}/sessions']['get']['responses'][200]>['items'][number];
export type Session = Json<paths['/api/v1/sessions/{id}']['get']['responses'][200]>;
export type SessionStatus = Session['status'];
export type LocalTime = Session['readerTime'];
export type NewSession = Json<paths['/api/v1/engagements/{id}/sessions']['post']['requestBody']>;
export type SessionChanges = Json<paths['/api/v1/sessions/{id}']['patch']['requestBody']>;
export type AgendaItem = Session['agenda'][number];
export type CarryKind = NonNullable<AgendaItem['carriedFrom']>['kind'];
export type NewAgendaItem = Json<paths['/api/v1/sessions/{id}/agenda-items']['post']['requestBody']>;

export type Commitment = Json<paths['/api/v1/commitments/{id}']['patch']['responses'][200]>;
export type CommitmentStatus = Commitment['status'];
export type CommitmentOwner = Commitment['owner'];
export type NewCommitment = Json<paths['/api/v1/sessions/{id}/commitments']['post']['requestBody']>;
export type CommitmentChanges = Json<paths['/api/v1/commitments/{id}']['patch']['requestBody']>;

export type CoachNote = Json<paths['/api/v1/engagements/{id}/coach-notes']['get']['responses'][200]>['items'][number];
export type NewCoachNote = Json<paths['/api/v1/engagements/{id}/coach-notes']['post']['requestBody']>;

export type JournalEntry = Json<paths['/api/v1/engagements/{id}/journal']['get']['responses'][200]>['items'][number];
export type NewJournalEntry = Json<paths['/api/v1/engagements/{id}/journal']['post']['requestBody']>;
export type JournalEntryChanges = Json<paths['/api/v1/journal/{id}']['patch']['requestBody']>;

export type AuditEvent = Json<paths['/api/v1/audit-events']['get']['responses'][200]>['items'][number];

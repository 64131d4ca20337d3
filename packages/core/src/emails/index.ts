export * from './feedback-request.ts';
export * from './invitation.ts';
export * from './session-cancelled.ts';
export * from './goal-closed.ts';
export * from './handed-over.ts';

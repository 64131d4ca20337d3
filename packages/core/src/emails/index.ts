export * from './feedback-request.ts';
export * from './invitation.ts';
export * from './session-cancelled.ts';

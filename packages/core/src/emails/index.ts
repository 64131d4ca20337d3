export * from './feedback-request.ts';
export * from './invitation.ts';

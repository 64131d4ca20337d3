export * from './feedback-request.ts';

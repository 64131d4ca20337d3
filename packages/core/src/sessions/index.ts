export * from './local-time.ts';
export * from './session-status.ts';
export * from './commitments.ts';
export * from './agenda.ts';
export * from './waking-day.ts';
export { CARRY_LABELS, describeCarriedItem, formatInstantInFull, timeZoneName } from './wording.ts';

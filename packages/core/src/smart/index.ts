export * from './types.ts';
export { assessSmart, isSmart, missingCriteria } from './assess-smart.ts';
// A draft speaks of horizons, so the cascade's vocabulary comes with the assessment.
export * from '../horizon.ts';
export { DEADLINE_BUFFER, suggestBufferedDueOn } from './achievable.ts';

export * from './locale.ts';
export * from './calendar.ts';
export * from './practice.ts';
export * from './goals/lifecycle.ts';
export * from './goals/revision-diff.ts';
export * from './smart/index.ts';
export * from './progress/index.ts';
export * from './sessions/index.ts';

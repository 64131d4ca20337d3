export * from './locale.ts';
export * from './calendar.ts';
export * from './practice.ts';

export * from './password-reset.ts';
export * from './two-factor.ts';
export * from './audit-actions.ts';

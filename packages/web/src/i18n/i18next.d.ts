import 'i18next';
import type en from './en.json';
import type goalsEn from './goals.en.json';

// Keys passed to t() are checked against the English catalogs; the unit test keeps lv in step.
// The goals' texts join the main catalog when a goals screen first loads (see goals-catalog.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof goalsEn };
  }
}

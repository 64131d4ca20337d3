import 'i18next';
import type en from './en.json';

// Keys passed to t() are checked against the English catalog; the unit test keeps lv in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

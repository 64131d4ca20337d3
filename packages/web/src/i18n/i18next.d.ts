import 'i18next';
import type en from './en.json';
import type feedbackEn from './feedback.en.json';
import type goalsEn from './goals.en.json';
import type practiceEn from './practice.en.json';
import type progressEn from './progress.en.json';
import type securityEn from './security.en.json';
import type sessionsEn from './sessions.en.json';

// Keys passed to t() are checked against the English catalogs; the unit test keeps lv in step.
// The goals', progress, stakeholder and sessions texts join the main catalog when a screen that shows them
// first loads (see goals-catalog.ts, progress-catalog.ts, feedback-catalog.ts,
// sessions-catalog.ts, security-catalog.ts, practice-catalog.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof goalsEn & typeof progressEn & typeof feedbackEn & typeof sessionsEn & typeof securityEn & typeof practiceEn };
  }
}

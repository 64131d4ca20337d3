import sessionsEn from './sessions.en.json';
import sessionsLv from './sessions.lv.json';
import { i18n } from './i18n';

/**
 * The texts of sessions (their agenda, shared notes, the coach's private notes), commitments and
 * the client's journal, in both languages, added to the main catalogs when the first screen that
 * shows them loads; like the goals' and progress texts, they stay out of the first download.
 * Their error codes join `errors.code` and `errors.field` leaf by leaf. Every module that renders
 * these texts imports this file.
 */
i18n.addResourceBundle('en', 'translation', sessionsEn, true, false);
i18n.addResourceBundle('lv', 'translation', sessionsLv, true, false);

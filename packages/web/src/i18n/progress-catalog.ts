import progressEn from './progress.en.json';
import progressLv from './progress.lv.json';
import { i18n } from './i18n';

/**
 * The texts of progress and risk (the cascade tree, the goal's progress, check-ins, metrics,
 * stakeholder requests, the coach's risk overview), in both languages, added to the main
 * catalogs when the first screen that shows them loads; like the goals' texts, they stay out of
 * the first download. Their error codes join `errors.code` and `errors.field` leaf by leaf.
 * Every module that renders these texts imports this file.
 */
i18n.addResourceBundle('en', 'translation', progressEn, true, false);
i18n.addResourceBundle('lv', 'translation', progressLv, true, false);

import goalsEn from './goals.en.json';
import goalsLv from './goals.lv.json';
import { i18n } from './i18n';

/**
 * The texts of the goals screens, in both languages, added to the main catalogs when the first
 * screen that shows goals loads. They are a third of all the words in the app; keeping them out
 * of the first download keeps the sign-in page fast. Every module that renders goal texts and is
 * reached from outside the goals feature imports this file, so the words are there before any
 * of them renders.
 */
i18n.addResourceBundle('en', 'translation', goalsEn, true, false);
i18n.addResourceBundle('lv', 'translation', goalsLv, true, false);

import feedbackEn from './feedback.en.json';
import feedbackLv from './feedback.lv.json';
import { i18n } from './i18n';

/**
 * The texts of the stakeholder's page (a question answered through a link, without an account),
 * in both languages, loaded with that page only: a stakeholder downloads nothing else of ours.
 */
i18n.addResourceBundle('en', 'translation', feedbackEn, true, false);
i18n.addResourceBundle('lv', 'translation', feedbackLv, true, false);

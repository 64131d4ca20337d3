import practiceEn from './practice.en.json';
import practiceLv from './practice.lv.json';
import { i18n } from './i18n';

/**
 * The texts of the owner's practice page (the coaches and the whole practice's clients), in both
 * languages, added to the main catalogs when that page first loads. Every module that renders
 * these texts imports this file.
 */
i18n.addResourceBundle('en', 'translation', practiceEn, true, false);
i18n.addResourceBundle('lv', 'translation', practiceLv, true, false);

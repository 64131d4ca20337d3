import securityEn from './security.en.json';
import securityLv from './security.lv.json';
import { i18n } from './i18n';

/**
 * The texts of the security screens (the profile's password, two-factor and sign-out-everywhere
 * cards, the forgotten-password and reset pages, the owner's audit log), in both languages, added
 * to the main catalogs when the first of those screens loads. Their error codes join
 * `errors.code` and `errors.field` leaf by leaf. Every module that renders these texts imports this file.
 */
i18n.addResourceBundle('en', 'translation', securityEn, true, false);
i18n.addResourceBundle('lv', 'translation', securityLv, true, false);

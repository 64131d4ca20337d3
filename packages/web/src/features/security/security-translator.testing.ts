import i18next from 'i18next';
import en from '../../i18n/en.json';
import lv from '../../i18n/lv.json';
import securityEn from '../../i18n/security.en.json';
import securityLv from '../../i18n/security.lv.json';

/**
 * For tests: the main catalogs with the security screens' texts joined to them, as opening those
 * screens does, in an i18next instance of the test's own (the app's reads the browser's language).
 */
export async function securityTranslator(lng: 'en' | 'lv') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: { ...en, ...securityEn } }, lv: { translation: { ...lv, ...securityLv } } },
    lng,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

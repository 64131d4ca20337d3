import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';

/** Set in this tab once the visitor has picked the page's language with its switch. */
const CHOSEN_KEY = 'tandem.feedback.languageChosen';

function hasChosenInThisTab(): boolean {
  try {
    return window.sessionStorage.getItem(CHOSEN_KEY) === 'yes';
  } catch {
    return false;
  }
}

/**
 * The stakeholder's page speaks the language of the request (the one its question is written
 * in), not the browser's. It is switched to once the request is known, without being remembered
 * on the device: the device's own choice stays for Tandem's other pages. A visitor who has used
 * the page's language switch during this visit (this tab, reloads included) keeps their choice.
 * Returns what to call when they use it.
 */
export function useLanguageOfRequest(locale: Language | undefined): () => void {
  const { i18n } = useTranslation();
  const [hasChosen, setChosen] = useState(hasChosenInThisTab);
  const language = i18n.resolvedLanguage;
  // Before the first paint, so that the page never shows in one language, then the other.
  useLayoutEffect(() => {
    if (locale && !hasChosen && language !== locale) void i18n.changeLanguage(locale);
  }, [i18n, locale, hasChosen, language]);
  return () => {
    setChosen(true);
    try {
      window.sessionStorage.setItem(CHOSEN_KEY, 'yes');
    } catch {
      // Storage can be disabled: the choice then holds until the page is reloaded.
    }
  };
}

import { en, type Messages } from './en.ts';
import { lv } from './lv.ts';

export type { Messages };
export type CliLocale = 'en' | 'lv';

const CATALOGS: Record<CliLocale, Messages> = { en, lv };

/**
 * The language of the command: TANDEM_LOCALE when set, else the usual POSIX variables in their
 * order of precedence (LC_ALL, LC_MESSAGES, LANG). Latvian when the value starts with "lv",
 * English otherwise.
 */
export function detectLocale(env: NodeJS.ProcessEnv): CliLocale {
  const setting = [env.TANDEM_LOCALE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value.trim() !== '');
  return setting?.trim().toLowerCase().startsWith('lv') ? 'lv' : 'en';
}

export function messagesFor(locale: CliLocale): Messages {
  return CATALOGS[locale];
}

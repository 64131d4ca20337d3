import { describe, expect, it } from 'vitest';
import en from './en.json';
import lv from './lv.json';

type Catalog = { [key: string]: string | Catalog };

/** Every leaf of a catalog as a dotted key and its text. */
function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [child, text] of flatten(value, path)) entries.set(child, text);
  }
  return entries;
}

const english = flatten(en);
const latvian = flatten(lv);

/** The error codes the API sends (packages/server/src/errors.ts), plus the web app's own. */
const ERROR_CODES = [
  'validation_failed',
  'malformed_request',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'foreign_origin',
  'not_found',
  'engagement_not_found',
  'value_not_found',
  'invitation_not_found',
  'email_taken',
  'conflict',
  'invitation_used',
  'invitation_expired',
  'too_many_attempts',
  'internal_error',
  'unsupported_media_type',
  'network_error',
];

/** Texts that are the same in both languages on purpose: the product's name and language codes. */
const SAME_IN_BOTH = new Set(['app.name', 'language.short.en', 'language.short.lv']);

const MAIN_UI_KEYS = [
  'nav.home',
  'nav.profile',
  'nav.signOut',
  'signIn.title',
  'signIn.submit',
  'signUp.submit',
  'home.coach.title',
  'invite.title',
  'invite.submit',
  'invite.copy',
  'values.title',
  'values.group.value',
  'values.group.aspiration',
  'values.form.add',
  'values.archive',
  'values.restore',
  'profile.title',
  'profile.save',
  'status.invited',
  'status.active',
  'errors.code.invalid_credentials',
];

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]))].sort();

describe('the en and lv catalogs', () => {
  it('have exactly the same keys', () => {
    expect([...latvian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [catalog, entries] of [['en', english], ['lv', latvian]] as const) {
      const empty = [...entries].filter(([, text]) => text.trim() === '').map(([key]) => `${catalog}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('translate every error code the API can send', () => {
    for (const code of ERROR_CODES) {
      expect(english.get(`errors.code.${code}`), `en errors.code.${code}`).toBeTruthy();
      expect(latvian.get(`errors.code.${code}`), `lv errors.code.${code}`).toBeTruthy();
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(placeholders(latvian.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('really translate the main UI into Latvian', () => {
    for (const key of MAIN_UI_KEYS) {
      expect(english.has(key), key).toBe(true);
      expect(latvian.get(key), key).not.toEqual(english.get(key));
    }
  });

  it('leave no English text in Latvian beyond the intended exceptions', () => {
    const untranslated = [...english].filter(([key, text]) => !SAME_IN_BOTH.has(key) && latvian.get(key) === text);
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('write Latvian with its diacritics', () => {
    const text = [...latvian.values()].join(' ');
    for (const letter of ['ā', 'č', 'ē', 'ģ', 'ī', 'ķ', 'ļ', 'ņ', 'š', 'ū', 'ž']) expect(text, letter).toContain(letter);
  });
});

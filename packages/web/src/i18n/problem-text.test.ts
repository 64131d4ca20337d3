import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { toApiProblem } from '../api/client';
import en from './en.json';
import lv from './lv.json';
import { fieldMessages } from './problem-text';
import progressEn from './progress.en.json';
import progressLv from './progress.lv.json';

/** The main catalog with the progress screens' error texts joined to it, as loading them does. */
const withProgress = (main: typeof en, progress: typeof progressEn) => ({
  ...main,
  errors: { ...main.errors, code: { ...main.errors.code, ...progress.errors.code }, field: { ...main.errors.field, ...progress.errors.field } },
});

async function translator(lng: 'en' | 'lv') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: withProgress(en, progressEn) }, lv: { translation: withProgress(lv, progressLv) } },
    lng,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** A check-in refused as the server sends it: one value off its scale, with or without the scale's ends. */
const refusal = (error: object) => toApiProblem({ code: 'validation_failed', errors: [{ path: 'values.0.value', message: 'Must lie between 1 and 10.', code: 'outside_scale', ...error }] }, new Response(null, { status: 400 }));

describe('the text of a value refused for lying off its scale', () => {
  it.each([
    ['en', { min: 1, max: 10 }, 'The value must lie between 1 and 10, the ends of its scale.'],
    ['lv', { min: 1, max: 10 }, 'Vērtībai jābūt no 1 līdz 10: tās ir skalas robežas.'],
    // Numbers are written the reader's way.
    ['en', { min: 0.5, max: 2.5 }, 'The value must lie between 0.5 and 2.5, the ends of its scale.'],
    ['lv', { min: 0.5, max: 2.5 }, 'Vērtībai jābūt no 0,5 līdz 2,5: tās ir skalas robežas.'],
  ] as const)('names the range in %s (%o)', async (lng, range, text) => {
    expect(fieldMessages(await translator(lng), refusal(range))).toEqual({ 'values.0.value': text });
  });

  it('says the scale without its ends when the server does not name them', async () => {
    expect(fieldMessages(await translator('en'), refusal({}))).toEqual({ 'values.0.value': 'The value must lie within the scale.' });
    expect(fieldMessages(await translator('lv'), refusal({ min: 1 }))).toEqual({ 'values.0.value': 'Vērtībai jābūt skalas robežās.' });
  });
});

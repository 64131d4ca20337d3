import { timeZoneName } from '@tandem/core';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import { addTimeZoneNames, decimalSeparator, formatAxisNumber, formatCalendarDate } from './format';
import { addLatvianDateCases } from './latvian-cases';
import lv from './lv.json';
import sessionsEn from './sessions.en.json';
import sessionsLv from './sessions.lv.json';

describe('numbers on a chart axis', () => {
  it('keeps small figures as they are and shortens large ones to fit the axis', () => {
    expect(['en', 'lv'].map((language) => formatAxisNumber(2.5, language as 'en' | 'lv'))).toEqual(['2.5', '2,5']);
    expect(formatAxisNumber(9_999, 'en')).toBe('9,999');
    expect(formatAxisNumber(12_000, 'en')).toBe('12k');
    expect(formatAxisNumber(3_400_000, 'lv')).toBe('3,4\u00a0milj.');
    expect(formatAxisNumber(-250_000, 'en')).toBe('-250k');
    expect(formatAxisNumber(1e20, 'en')).toBe('1E20');
  });
});

describe('the decimal mark', () => {
  it('is the one the reader writes: a point in English, a comma in Latvian', () => {
    expect(decimalSeparator('en')).toBe('.');
    expect(decimalSeparator('lv')).toBe(',');
  });
});

/** The main and the sessions catalogs in both languages, with the app's formatters. */
async function sessionsCatalogs() {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: { ...en, ...sessionsEn } }, lv: { translation: { ...lv, ...sessionsLv } } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
  addTimeZoneNames(instance);
  addLatvianDateCases(instance);
  return instance;
}

describe('time zones by name', () => {
  const WINTER = new Date('2026-12-10T12:00:00Z');

  it('name a zone as people know it in their language, not by its ID, the same all year', () => {
    expect(timeZoneName('Europe/Riga', 'en', WINTER)).toBe('Eastern European Time');
    expect(timeZoneName('Europe/Riga', 'lv', WINTER)).toBe('Austrumeiropas laiks');
    expect(timeZoneName('Europe/Riga', 'en', new Date('2026-07-10T12:00:00Z'))).toBe('Eastern European Time');
    expect(timeZoneName('America/New_York', 'en', WINTER)).toBe('Eastern Time');
  });

  it('name a zone that has no name of its own but an offset by its name on the day', () => {
    expect(timeZoneName('UTC', 'en', WINTER)).toBe('Coordinated Universal Time');
    expect(timeZoneName('UTC', 'lv', WINTER)).toBe('Universālais koordinētais laiks');
  });

  it('name a zone by its name on the day where the language names it only by its place', () => {
    expect(timeZoneName('Europe/London', 'lv', WINTER)).toBe('Griničas laiks');
    expect(timeZoneName('Europe/London', 'lv', new Date('2026-07-10T12:00:00Z'))).toBe('Lielbritānijas vasaras laiks');
    expect(timeZoneName('Europe/London', 'en', WINTER)).toBe('United Kingdom Time');
  });

  it('keep an ID that Intl does not know as it is', () => {
    expect(timeZoneName('Mars/Olympus_Mons', 'en', WINTER)).toBe('Mars/Olympus_Mons');
  });

  it('fill the catalogs\' `{{timeZone, timeZoneName}}` in the language being read', async () => {
    const instance = await sessionsCatalogs();
    expect(instance.t('sessionPlan.timeHint', { timeZone: 'Europe/Riga', name: 'Dace' })).toBe('On your clock (Eastern European Time). Dace sees it on their own clock.');
    expect(instance.t('sessionPlan.timeHint', { lng: 'lv', timeZone: 'Europe/Riga', name: 'Dace' })).toBe('Jūsu laika joslā (Austrumeiropas laiks). Dace to redzēs savā laika joslā.');
  });

  it("tell the one planning a session the other side's hour, in either language", async () => {
    const instance = await sessionsCatalogs();
    const night = (lng: 'en' | 'lv') => ({
      lng,
      name: 'James Carter',
      date: formatCalendarDate('2026-12-10', lng),
      start: '03:00',
      end: '04:00',
      timeZone: 'America/New_York',
      offset: '-05:00',
    });
    expect(instance.t('sessionPlan.oddHour', night('en'))).toBe(
      'On their clock the session runs on 10 December 2026 from 03:00 to 04:00 (Eastern Time, UTC-05:00). Check that the hour suits them before you plan it.',
    );
    expect(instance.t('sessionPlan.oddHour', night('lv'))).toBe(
      'Pēc otras puses pulksteņa sesija būs 2026. gada 10. decembrī no 03:00 līdz 04:00 (Austrumu laiks, UTC-05:00). Pirms plānojat, pārliecinieties, ka šī stunda der.',
    );
    expect(instance.t('sessionPlan.theirTime', { ...night('lv'), start: '09:00', end: '10:00' })).toBe(
      'Otrai pusei (James Carter): 2026. gada 10. decembris, plkst. 09:00–10:00 (Austrumu laiks, UTC-05:00).',
    );
  });
});

describe('a calendar day in full', () => {
  it('reads as each language writes a date, as the date picker names its days to a screen reader', () => {
    expect(formatCalendarDate('2026-12-10', 'lv')).toBe('2026. gada 10. decembris');
    expect(formatCalendarDate('2026-12-10', 'en')).toBe('10 December 2026');
  });
});

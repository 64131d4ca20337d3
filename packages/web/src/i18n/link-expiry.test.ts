import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import { addLatvianDateCases } from './latvian-cases';
import lv from './lv.json';
import practiceEn from './practice.en.json';
import practiceLv from './practice.lv.json';
import { linkExpiry } from './link-expiry';

/** The main catalog with the practice page's texts joined to it, and Latvian dates put in their case, as the app does. */
async function translator(lng: 'en' | 'lv') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en: { translation: { ...en, ...practiceEn } }, lv: { translation: { ...lv, ...practiceLv } } },
    lng,
    interpolation: { escapeValue: false },
  });
  addLatvianDateCases(instance);
  return instance.t;
}

describe("an open coach invitation's expiry", () => {
  it.each([
    ['en', 'Link works until 22 December 2026 at 04:42'],
    ['lv', 'Saite derīga līdz 2026. gada 22. decembrim plkst. 04:42'],
  ] as const)('is written with the day in full and the time, in %s', async (lng, text) => {
    const t = await translator(lng);
    expect(t('coachInvite.until', linkExpiry('2026-12-22T02:42:00Z', lng, 'Europe/Riga'))).toBe(text);
  });

  it("is read on the reader's clock: late in the evening in New York is the next day in Riga", () => {
    expect(linkExpiry('2026-06-01T03:30:00Z', 'en', 'America/New_York')).toEqual({ date: '31 May 2026', time: '23:30' });
    expect(linkExpiry('2026-06-01T03:30:00Z', 'en', 'Europe/Riga')).toEqual({ date: '1 June 2026', time: '06:30' });
  });
});

import { inLatvianCase } from '@tandem/core';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import { formatCalendarDate, formatInstantDate } from './format';
import goalsEn from './goals.en.json';
import goalsLv from './goals.lv.json';
import { addLatvianDateCases } from './latvian-cases';
import lv from './lv.json';

describe('Latvian dates in the case their sentence asks for', () => {
  it.each([
    ['2026-01-15', '2026. gada 15. janvāra', '2026. gada 15. janvārim', '2026. gada 15. janvārī'],
    ['2026-02-15', '2026. gada 15. februāra', '2026. gada 15. februārim', '2026. gada 15. februārī'],
    ['2026-03-01', '2026. gada 1. marta', '2026. gada 1. martam', '2026. gada 1. martā'],
    ['2026-04-15', '2026. gada 15. aprīļa', '2026. gada 15. aprīlim', '2026. gada 15. aprīlī'],
    ['2026-05-15', '2026. gada 15. maija', '2026. gada 15. maijam', '2026. gada 15. maijā'],
    ['2026-06-15', '2026. gada 15. jūnija', '2026. gada 15. jūnijam', '2026. gada 15. jūnijā'],
    ['2026-07-15', '2026. gada 15. jūlija', '2026. gada 15. jūlijam', '2026. gada 15. jūlijā'],
    ['2026-08-15', '2026. gada 15. augusta', '2026. gada 15. augustam', '2026. gada 15. augustā'],
    ['2026-09-15', '2026. gada 15. septembra', '2026. gada 15. septembrim', '2026. gada 15. septembrī'],
    ['2026-10-15', '2026. gada 15. oktobra', '2026. gada 15. oktobrim', '2026. gada 15. oktobrī'],
    ['2026-11-15', '2026. gada 15. novembra', '2026. gada 15. novembrim', '2026. gada 15. novembrī'],
    ['2026-12-31', '2026. gada 31. decembra', '2026. gada 31. decembrim', '2026. gada 31. decembrī'],
  ])('%s: genitive %s, dative %s, locative %s', (isoDate, genitive, dative, locative) => {
    const nominative = formatCalendarDate(isoDate, 'lv');
    expect(inLatvianCase(nominative, 'genitive')).toBe(genitive);
    expect(inLatvianCase(nominative, 'dative')).toBe(dative);
    expect(inLatvianCase(nominative, 'locative')).toBe(locative);
  });

  it('changes only a whole month name, and a date with a time as well', () => {
    expect(inLatvianCase('martā, ne marts', 'dative')).toBe('martā, ne martam');
    expect(inLatvianCase(formatInstantDate('2026-08-01T21:30:00Z', 'lv', 'Europe/Riga'), 'genitive')).toBe('2026. gada 2. augusta');
    expect(inLatvianCase('1 March 2026', 'dative')).toBe('1 March 2026');
  });

  it("puts each date of the catalogs in its case in Latvian, and leaves English as it is", async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { en: { translation: { ...en, ...goalsEn } }, lv: { translation: { ...lv, ...goalsLv } } },
      lng: 'lv',
      interpolation: { escapeValue: false },
    });
    addLatvianDateCases(instance);
    const date = formatCalendarDate('2026-03-01', 'lv');
    expect(instance.t('invite.validUntil', { date, time: '09:30' })).toBe('Saite derīga līdz 2026. gada 1. martam plkst. 09:30. To var izmantot vienu reizi.');
    expect(instance.t('calendarFeed.activeSince', { date })).toBe('Kalendāra adrese ir aktīva kopš 2026. gada 1. marta.');
    expect(instance.t('reviews.summaryPeriod', { client: 'Anna', from: date, to: formatCalendarDate('2026-05-31', 'lv') })).toBe(
      'Anna, no 2026. gada 1. marta līdz 2026. gada 31. maijam',
    );
    expect(instance.t('home.client.startedOn', { date })).toBe('Sākta 2026. gada 1. martā');
    expect(instance.t('agreement.agreed.since', { date })).toBe('Spēkā kopš 2026. gada 1. marta.');
    expect(instance.t('values.updatedOn', { date: formatInstantDate('2026-08-01T21:30:00Z', 'lv', 'Europe/Riga') })).toBe('Atjaunināts 2026. gada 2. augustā');
    const english = formatCalendarDate('2026-03-01', 'en');
    expect(instance.t('invite.validUntil', { lng: 'en', date: english, time: '09:30' })).toBe('The link works until 1 March 2026 at 09:30. It can be used once.');
    expect(instance.t('home.client.startedOn', { lng: 'en', date: english })).toBe('Started on 1 March 2026');
  });
});

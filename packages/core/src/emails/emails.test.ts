import { describe, expect, it } from 'vitest';
import { formatCalendarDay, formatCalendarDayInFull } from '../calendar.ts';
import { formatInstantInFull } from '../sessions/index.ts';
import { feedbackRequestEmail, sessionCancelledEmail } from './index.ts';

describe('feedbackRequestEmail', () => {
  const input = {
    stakeholderName: 'Pēteris Ozols',
    clientFirstName: 'Marta',
    question: 'How clearly did Marta run our last meeting?',
    link: 'https://tandem.example/feedback/abc',
    validUntil: '20 May 2026',
  };

  it('names who asks, quotes the question, gives the link and until when it works, in English', () => {
    const email = feedbackRequestEmail('en', input);
    expect(email.subject).toBe('Marta would value your feedback');
    expect(email.text.split('\n')).toEqual(
      expect.arrayContaining([
        'Hello Pēteris Ozols,',
        '“How clearly did Marta run our last meeting?”',
        'https://tandem.example/feedback/abc',
        'Only Marta and the coach see your answer. You can answer once, until 20 May 2026.',
        'If you did not expect this question, you can ignore this email: nothing is sent without your answer, and the link stops working after that day.',
      ]),
    );
  });

  it('says the same in Latvian', () => {
    const email = feedbackRequestEmail('lv', { ...input, question: 'Kā Marta vadīja pēdējo sanāksmi?', validUntil: '2026. gada 20. maijs' });
    expect(email.subject).toBe('Marta lūdz jūsu atsauksmi');
    expect(email.text).toContain('Sveiki, Pēteris Ozols!');
    expect(email.text).toContain('„Kā Marta vadīja pēdējo sanāksmi?”');
    expect(email.text).toContain('Jūsu atbildi redzēs tikai Marta un koučs.');
    expect(email.text).toContain('Atbildēt var vienu reizi; saites derīguma termiņš: 2026. gada 20. maijs.');
    expect(email.text).toContain('Ja šo jautājumu negaidījāt, neņemiet šo e-pastu vērā');
    expect(email.text).not.toMatch(/Hello|answer/);
  });
});

describe('sessionCancelledEmail', () => {
  const input = {
    recipientName: 'Anna Ozola',
    cancelledByName: 'Dace Kļaviņa',
    day: '10 December 2026',
    when: '10 December 2026 at 09:00 (Eastern European Time)',
    link: 'https://tandem.example/sessions/abc',
  };

  it('says who cancelled which session, that nothing else changed, and where the session is', () => {
    const email = sessionCancelledEmail('en', input);
    expect(email.subject).toBe('Session cancelled: 10 December 2026');
    expect(email.text.split('\n')).toEqual(
      expect.arrayContaining([
        'Hello Anna Ozola,',
        'Dace Kļaviņa cancelled your coaching session of 10 December 2026 at 09:00 (Eastern European Time).',
        'https://tandem.example/sessions/abc',
      ]),
    );
  });

  it('says the same in Latvian', () => {
    const email = sessionCancelledEmail('lv', { ...input, day: '2026. gada 10. decembris', when: '2026. gada 10. decembris plkst. 09:00 (Austrumeiropas laiks)' });
    expect(email.subject).toBe('Sesija atcelta: 2026. gada 10. decembris');
    expect(email.text).toContain('Sveiki, Anna Ozola!');
    expect(email.text).toContain('Dace Kļaviņa atcēla jūsu koučinga sesiju. Tā bija paredzēta: 2026. gada 10. decembris plkst. 09:00 (Austrumeiropas laiks).');
    expect(email.text).not.toMatch(/Hello|cancelled/);
  });
});

describe('formatCalendarDayInFull', () => {
  it('writes the month in full, so that no abbreviation runs into the end of a sentence', () => {
    expect(formatCalendarDayInFull('2026-12-21', 'en')).toBe('21 December 2026');
    expect(formatCalendarDayInFull('2026-12-21', 'lv')).toBe('2026. gada 21. decembris');
    // The short form the pages use would have given "21. dec." and, at a sentence's end, "dec..".
    expect(formatCalendarDay('2026-12-21', 'lv')).toMatch(/dec\.$/);
  });
});

describe('formatInstantInFull', () => {
  const expiry = new Date('2026-12-21T16:00:00Z');

  it('gives the hour in the zone of the one who wrote, and names the zone, so that a reader elsewhere can tell', () => {
    expect(formatInstantInFull(expiry, 'Europe/Riga', 'en')).toBe('21 December 2026 at 18:00 (Eastern European Time)');
    expect(formatInstantInFull(expiry, 'America/New_York', 'en')).toBe('21 December 2026 at 11:00 (Eastern Time)');
    expect(formatInstantInFull(expiry, 'Europe/Riga', 'lv')).toBe('2026. gada 21. decembris plkst. 18:00 (Austrumeiropas laiks)');
  });

  it('names a zone the language names only by its place by its name at that moment', () => {
    expect(formatInstantInFull(expiry, 'Europe/London', 'lv')).toBe('2026. gada 21. decembris plkst. 16:00 (Griničas laiks)');
    expect(formatInstantInFull(new Date('2026-07-01T09:00:00Z'), 'Europe/London', 'lv')).toBe('2026. gada 1. jūlijs plkst. 10:00 (Lielbritānijas vasaras laiks)');
    expect(formatInstantInFull(expiry, 'UTC', 'en')).toBe('21 December 2026 at 16:00 (Coordinated Universal Time)');
  });

  it('writes the day of the zone, not of UTC, near midnight', () => {
    expect(formatInstantInFull(new Date('2026-12-21T22:30:00Z'), 'Europe/Riga', 'en')).toBe('22 December 2026 at 00:30 (Eastern European Time)');
  });
});

import { describe, expect, it } from 'vitest';
import type { Locale } from '../locale.ts';
import { assessSmart } from './assess-smart.ts';

const assess = (title: string, locale: Locale) => assessSmart({ title }, { locale, today: '2026-03-10' });

describe('assessSmart: measurable quotes a number with the whole phrase it counts', () => {
  it.each<[string, Locale, string]>([
    ['Attend 6 industry networking events by March', 'en', 'The statement has a number to check against: “6 industry networking events”.'],
    ['Apmeklēt 6 nozares tīklošanās pasākumus līdz martam', 'lv', 'Formulējumā ir skaitlis, pēc kura pārbaudīt: „6 nozares tīklošanās pasākumus”.'],
    // The phrase ends at a small word, another number or a verb.
    ['Deliver 5 company presentations to the whole sales team', 'en', 'The statement has a number to check against: “5 company presentations”.'],
    ['Līdz martam trīs reizes nedēļā iet uz sporta zāli', 'lv', 'Formulējumā ir skaitlis, pēc kura pārbaudīt: „trīs reizes nedēļā”.'],
    // A name too long for a noun phrase is quoted to the end of its clause, not cut inside.
    [
      'Nolasīt 3 lekcijas studentiem Rīgas Tehniskās universitātes Datorzinātnes fakultātē, lai mani pamanītu',
      'lv',
      'Formulējumā ir skaitlis, pēc kura pārbaudīt: „3 lekcijas studentiem Rīgas Tehniskās universitātes Datorzinātnes fakultātē”.',
    ],
  ])('%s (%s)', (title, locale, reason) => {
    expect(assess(title, locale).measurable.reason).toBe(reason);
  });
});

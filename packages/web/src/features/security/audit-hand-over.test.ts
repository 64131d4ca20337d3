import { describe, expect, it, vi } from 'vitest';
import { securityTranslator } from './security-translator.testing';
import { handOverText } from './audit-hand-over';

// The app's own i18n instance reads the browser's language as it loads; this test brings its own.
vi.mock('../../i18n/security-catalog', () => ({}));

const translator = securityTranslator;

describe('the line of a hand-over in the audit log', () => {
  it.each([
    ['en', 'From Ilze Ozola to Pēteris Liepa'],
    ['lv', 'Iepriekšējais koučs: Ilze Ozola; jaunais koučs: Pēteris Liepa'],
  ] as const)('names the coach the client left and the one they went to, in %s', async (lng, text) => {
    expect(handOverText(await translator(lng), { handOver: { from: 'Ilze Ozola', to: 'Pēteris Liepa' } })).toBe(text);
  });

  it('tells two hand-overs of the same client apart', async () => {
    const t = await translator('en');
    const there = handOverText(t, { handOver: { from: 'Ilze Ozola', to: 'Pēteris Liepa' } });
    const back = handOverText(t, { handOver: { from: 'Pēteris Liepa', to: 'Ilze Ozola' } });
    expect(there).not.toBe(back);
  });

  it('names a coach the owner can no longer see as unknown', async () => {
    expect(handOverText(await translator('en'), { handOver: { from: null, to: 'Pēteris Liepa' } })).toBe('From Unknown to Pēteris Liepa');
  });

  it('says nothing for any other event', async () => {
    expect(handOverText(await translator('en'), { handOver: null })).toBeNull();
  });
});

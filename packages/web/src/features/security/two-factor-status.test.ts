import { describe, expect, it, vi } from 'vitest';
import { securityTranslator } from './security-translator.testing';
import { twoFactorStatusText } from './two-factor-status';

// The app's catalog loader needs a browser; the test builds its own instance from the same catalogs.
vi.mock('../../i18n/security-catalog', () => ({}));

const translator = securityTranslator;

describe('the two-factor status line', () => {
  it.each([
    [0, 'Ieslēgta. Rezerves kodu vairs nav: izslēdziet un ieslēdziet to vēlreiz, lai saņemtu jaunus.'],
    [1, 'Ieslēgta. Atlicis 1 rezerves kods.'],
    [2, 'Ieslēgta. Atlikuši 2 rezerves kodi.'],
    // Right after turning it on: Latvian counts 10 (and 11–19, 20, 30…) in the form it uses for 0.
    [10, 'Ieslēgta. Atlikuši 10 rezerves kodi.'],
    [11, 'Ieslēgta. Atlikuši 11 rezerves kodi.'],
    [21, 'Ieslēgta. Atlicis 21 rezerves kods.'],
  ])('says in Latvian how many recovery codes are left: %i', async (count, text) => {
    expect(twoFactorStatusText(await translator('lv'), { enabled: true, recoveryCodesLeft: count })).toBe(text);
  });

  it.each([
    [0, 'On. No recovery codes are left: turn it off and on again for new ones.'],
    [1, 'On. 1 recovery code is left.'],
    [10, 'On. 10 recovery codes are left.'],
  ])('says in English how many recovery codes are left: %i', async (count, text) => {
    expect(twoFactorStatusText(await translator('en'), { enabled: true, recoveryCodesLeft: count })).toBe(text);
  });

  it('says only that it is off while it is off', async () => {
    expect(twoFactorStatusText(await translator('lv'), { enabled: false, recoveryCodesLeft: 0 })).toBe('Izslēgta.');
  });
});

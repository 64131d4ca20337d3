import type { TFunction } from 'i18next';
import '../../i18n/security-catalog';

/**
 * The line that says whether two-factor sign-in is on and how many recovery codes are left.
 * "None left" is its own sentence, chosen at exactly 0: it cannot be a plural form, because
 * Latvian puts 10–20, 30, 40… in the same form as 0, and would tell someone with ten fresh codes
 * that they have none.
 */
export function twoFactorStatusText(t: TFunction, status: { enabled: boolean; recoveryCodesLeft: number }): string {
  if (!status.enabled) return t('twoFactor.statusOff');
  if (status.recoveryCodesLeft === 0) return t('twoFactor.statusOnNoCodes');
  return t('twoFactor.statusOn', { count: status.recoveryCodesLeft });
}

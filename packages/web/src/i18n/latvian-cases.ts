import { inLatvianCase, LATVIAN_CASES } from '@tandem/core';
import type { i18n as I18n } from 'i18next';

/**
 * Teaches an i18next instance the formats `genitive`, `dative` and `locative`, so that a catalog
 * says which case a date takes: `līdz {{date, dative}}`. English has no cases: its dates are left
 * as they are.
 */
export function addLatvianDateCases(instance: I18n): void {
  for (const grammaticalCase of LATVIAN_CASES) {
    instance.services.formatter?.add(grammaticalCase, (value: unknown, language: string | undefined) =>
      language === 'lv' && typeof value === 'string' ? inLatvianCase(value, grammaticalCase) : String(value),
    );
  }
}

import { PasswordInput as MantinePasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Mantine's password field with its show/hide button named in the reader's language. */
export function PasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <MantinePasswordInput {...props} visibilityToggleButtonProps={{ 'aria-label': t('fields.showPassword') }} />;
}

/**
 * A field for choosing a password (signing up, accepting an invitation, changing or resetting
 * one): it says the rule and lets the browser offer a new password.
 */
export function NewPasswordInput(props: Omit<PasswordInputProps, 'description' | 'autoComplete' | 'required'>) {
  const { t } = useTranslation();
  return <PasswordInput description={t('fields.passwordHint')} autoComplete="new-password" required {...props} />;
}

import { Alert, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

/**
 * What a form shows once the password was right for an account with two-factor sign-in: why it
 * asks again, and the field for the code from the authenticator app or a recovery code.
 */
export function SecondFactorField({ inputProps, testId }: { inputProps: GetInputPropsReturnType; testId?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="teal" variant="light" data-testid="second-factor-needed">
        {t('signIn.codeNeeded')}
      </Alert>
      <TextInput
        label={t('signIn.code')}
        description={t('signIn.codeHint')}
        autoComplete="one-time-code"
        inputMode="text"
        required
        autoFocus
        data-testid={testId}
        {...inputProps}
      />
    </>
  );
}

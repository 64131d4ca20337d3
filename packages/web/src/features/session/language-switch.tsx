import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Me } from '../../api/types';
import { currentLanguage, isLanguage, LANGUAGES, rememberLanguage, type Language } from '../../i18n/i18n';
import { meQueryKey, useMe } from './use-me';

/**
 * Switches the UI language at once; when someone is signed in, the choice is also saved to
 * their profile so that it follows them to other devices.
 */
export function useChangeLanguage() {
  const { i18n, t } = useTranslation();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const saveLocale = useMutation({
    mutationFn: (locale: Language) => unwrap(api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: (updated: Me) => queryClient.setQueryData(meQueryKey, updated),
    onError: () =>
      notifications.show({
        color: 'red',
        message: t('language.saveFailed'),
        closeButtonProps: { 'aria-label': t('common.close') },
      }),
  });
  return (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
    if (me && me.locale !== language) saveLocale.mutate(language);
  };
}

/** The language switch; `onChange` hears the person's own choice (after it has been applied). */
export function LanguageSwitch({ size = 'xs', onChange }: { size?: 'xs' | 'sm'; onChange?: (language: Language) => void }) {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <SegmentedControl
      data-testid="language-switch"
      aria-label={t('language.switch')}
      size={size}
      radius="xl"
      value={currentLanguage()}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        changeLanguage(value);
        onChange?.(value);
      }}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <span title={t(`language.name.${language}`)}>
            <span aria-hidden="true">{t(`language.short.${language}`)}</span>
            <VisuallyHidden>{t(`language.name.${language}`)}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}

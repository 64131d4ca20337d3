import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ProblemText } from '../ui/problem';
import { isPartOfAppGone, reloadForNewBuild } from './reload-after-deploy';

/**
 * Shown when a page fails to load or render. When its script is gone because a new version was
 * deployed meanwhile, the page loads the new version by itself, once.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    if (isPartOfAppGone(error)) reloadForNewBuild(window);
  }, [error]);
  return (
    <Center mih="60vh" p="lg">
      <Stack align="center" maw={480} ta="center">
        <Title order={1}>{t('errors.title')}</Title>
        <Text c="dimmed">
          <ProblemText error={error} />
        </Text>
        <Button onClick={() => window.location.reload()}>{t('errors.retry')}</Button>
      </Stack>
    </Center>
  );
}

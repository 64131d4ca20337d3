import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MY_DATA_PATH, MY_REPORT_PATH } from './download-paths';

/** Everyone takes their own data with them: all of it as JSON, and a report of goals and progress to read or print. */
export function MyDataCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="my-data">
      <Stack gap="sm">
        <div>
          <Title order={2} fz="lg">
            {t('dataExport.mine.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dataExport.mine.intro')}
          </Text>
        </div>
        <Group gap="sm">
          <Button component="a" href={MY_DATA_PATH} download data-testid="download-my-data">
            {t('dataExport.mine.download')}
          </Button>
          <Button component="a" href={MY_REPORT_PATH} target="_blank" rel="noopener" variant="default" data-testid="open-my-report">
            {t('dataExport.mine.report')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

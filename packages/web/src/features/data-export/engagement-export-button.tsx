import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { engagementExportPath } from './download-paths';

/** The engagement's coach downloads all of it as JSON (their private notes in, the client's unshared journal out). */
export function EngagementExportButton({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={engagementExportPath(engagementId)} download size="xs" variant="default" data-testid="export-engagement">
      {t('dataExport.engagement.download')}
    </Button>
  );
}

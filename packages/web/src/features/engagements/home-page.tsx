import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../ui/page-title';
import { useSignedInMe } from '../session/use-me';
import { ClientHome } from './client-home';
import { CoachHome } from './coach-home';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.pageTitle'));
  const me = useSignedInMe();
  return me.role === 'client' ? <ClientHome me={me} /> : <CoachHome me={me} />;
}

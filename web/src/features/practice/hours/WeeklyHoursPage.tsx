import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/Page';
import { ListingChecklist } from '../ListingChecklist';
import { QueryResult } from '@/ui/QueryResult';
import { useDoctor } from '../queries';
import { WeeklyHoursForm } from './WeeklyHoursForm';

export function WeeklyHoursPage() {
  const { t } = useTranslation('practice');
  const doctor = useDoctor();
  return (
    <Page title={t('hours.title')}>
      <QueryResult query={doctor}>
        {(profile) => (
          <>
            {!profile.listed && <ListingChecklist doctor={profile} currentPage="/practice/hours" />}
            <WeeklyHoursForm doctor={profile} />
          </>
        )}
      </QueryResult>
    </Page>
  );
}

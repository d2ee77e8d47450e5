import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Doctor } from '@/api/doctors';
import { Page } from '@/ui/Page';
import { ListingChecklist } from '../ListingChecklist';
import { QueryResult } from '@/ui/QueryResult';
import { useDoctor } from '../queries';
import { ProfileForm } from './ProfileForm';

export function ProfilePage() {
  const { t } = useTranslation('practice');
  const doctor = useDoctor();
  return (
    <Page title={t('profile.title')}>
      <QueryResult query={doctor}>
        {(profile) => (
          <>
            <ListingStatus doctor={profile} />
            <ProfileForm doctor={profile} />
          </>
        )}
      </QueryResult>
    </Page>
  );
}

function ListingStatus({ doctor }: { doctor: Doctor }) {
  const { t } = useTranslation('practice');
  if (!doctor.listed) return <ListingChecklist doctor={doctor} currentPage="/practice/profile" />;
  return (
    <div className="alert alert-success">
      <p>{t('listing.listed')}</p>
      {/* Where the doctor reads their reviews and reports one to the moderators. */}
      <p><Link to={`/doctors/${doctor._id}`}>{t('listing.publicPage')}</Link></p>
    </div>
  );
}

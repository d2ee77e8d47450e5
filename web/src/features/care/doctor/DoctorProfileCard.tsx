import { useTranslation } from 'react-i18next';
import type { DoctorListing } from '@/api/doctors';
import { timeZoneLabel } from '@/lib/time';
import { DoctorFacts } from '../directory/DoctorFacts';
import '../care.css';

export function DoctorProfileCard({ doctor }: { doctor: DoctorListing }) {
  const { t } = useTranslation('care');
  return (
    <section className="card care-profile" aria-labelledby="care-profile-heading">
      <h2 id="care-profile-heading">{t('profile.title')}</h2>
      {doctor.specialty && <p className="care-specialty">{doctor.specialty}</p>}
      <DoctorFacts doctor={doctor} more={[
        [t('profile.consultation'), t('profile.minutes', { count: doctor.consultationMinutes })],
        [t('profile.timeZone'), timeZoneLabel(doctor.timezone)],
      ]} />
      {doctor.about && <p className="care-about">{doctor.about}</p>}
    </section>
  );
}

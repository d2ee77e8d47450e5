import { useTranslation } from 'react-i18next';
import type { DoctorListing, VisitReason } from '@/api/doctors';
import { timeZoneLabel } from '@/lib/time';
import { DoctorRating } from '@/features/reviews/DoctorRating';
import { useSpecialtyName } from '../../specialties/useSpecialties';
import { DoctorFacts } from '../directory/DoctorFacts';
import { PracticeDetails } from './PracticeDetails';
import { consultationLengths } from './visitReasons';
import '../care.css';

export function DoctorProfileCard({ doctor, reasons }: { doctor: DoctorListing; reasons: VisitReason[] }) {
  const { t } = useTranslation('care');
  const { shortest, longest } = consultationLengths(doctor.consultationMinutes, reasons);
  const specialtyName = useSpecialtyName();
  const specialty = doctor.specialty && specialtyName(doctor.specialty);
  return (
    <section className="card care-profile" aria-labelledby="care-profile-heading">
      <h2 id="care-profile-heading">{t('profile.title')}</h2>
      {specialty && <p className="care-specialty">{specialty}</p>}
      <DoctorRating doctor={doctor} />
      <DoctorFacts doctor={doctor} more={[
        [t('profile.consultation'), shortest === longest
          ? t('profile.minutes', { count: shortest })
          : t('profile.minutesRange', { shortest, longest })],
        [t('profile.timeZone'), timeZoneLabel(doctor.timezone)],
        doctor.rppsNumber !== null && [t('profile.rpps'), doctor.rppsNumber],
      ]} />
      {doctor.about && <p className="care-about">{doctor.about}</p>}
      <PracticeDetails doctor={doctor} />
    </section>
  );
}

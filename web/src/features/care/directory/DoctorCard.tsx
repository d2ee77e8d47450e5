import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DoctorListing } from '@/api/doctors';
import { DoctorRating } from '@/features/reviews/DoctorRating';
import { useSpecialtyName } from '../../specialties/useSpecialties';
import { ZonedTime } from '../ZonedTime';
import { doctorName } from '../doctorName';
import { DoctorFacts } from './DoctorFacts';
import '../care.css';

/** A doctor in a list of results: who, how patients rate them, where, how much, and the next free time. */
export function DoctorCard({ doctor }: { doctor: DoctorListing }) {
  const { t } = useTranslation('care');
  const specialtyName = useSpecialtyName();
  const specialty = doctor.specialty && specialtyName(doctor.specialty);
  return (
    <article className="card care-doctor-card">
      <h3>
        <Link to={`/doctors/${doctor._id}`}>{doctorName(doctor.name, doctor.title)}</Link>
      </h3>
      {specialty && <p className="care-specialty">{specialty}</p>}
      <DoctorRating doctor={doctor} />
      <DoctorFacts doctor={doctor} />
      <p className="care-next-slot">
        {doctor.nextSlot ? (
          <>
            <span className="care-next-slot-label">{t('doctor.nextSlot')}</span>{' '}
            <ZonedTime instant={doctor.nextSlot.start} format="short" doctorZone={doctor.timezone} />
          </>
        ) : (
          t('doctor.noNextSlot')
        )}
      </p>
    </article>
  );
}

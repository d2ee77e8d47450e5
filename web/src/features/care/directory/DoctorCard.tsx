import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DoctorListing } from '@/api/doctors';
import { ZonedTime } from '../ZonedTime';
import { DoctorFacts } from './DoctorFacts';
import '../care.css';

/** A doctor in a list of results: who, where, how much, and the next free time. */
export function DoctorCard({ doctor }: { doctor: DoctorListing }) {
  const { t } = useTranslation('care');
  return (
    <article className="card care-doctor-card">
      <h3>
        <Link to={`/doctors/${doctor._id}`}>{t('doctor.name', { name: doctor.name })}</Link>
      </h3>
      {doctor.specialty && <p className="care-specialty">{doctor.specialty}</p>}
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

import { useTranslation } from 'react-i18next';
import type { DoctorProfile } from '@/api/doctors';
import { modesSummary } from '@/lib/consultationModes';
import { formatPrice } from '@/lib/time';
import { Details, type DetailRow } from '../Details';

/** What a patient weighs when choosing a doctor: place, how they consult, experience and fee. */
export function DoctorFacts({ doctor, more = [] }: { doctor: DoctorProfile; more?: DetailRow[] }) {
  const { t } = useTranslation('care');
  return (
    <Details className="care-facts" rows={[
      doctor.location !== null && [t('doctor.location'), doctor.location],
      [t('doctor.modes'), t(`doctor.modesSummary.${modesSummary(doctor.consultationModes)}`)],
      doctor.experience !== null && [t('doctor.experience'), t('doctor.years', { count: doctor.experience })],
      doctor.price !== null && doctor.currency !== null && [t('doctor.price'), formatPrice(doctor.price, doctor.currency)],
      ...more,
    ]} />
  );
}

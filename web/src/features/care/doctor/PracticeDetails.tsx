import { useTranslation } from 'react-i18next';
import type { DoctorProfile } from '@/api/doctors';
import { languageList } from '@/lib/languages';
import { Details, type DetailRow } from '../Details';
import { PhoneLink } from '../PhoneLink';
import '../care.css';

/** Where the practice is, how to reach it and find one's way in, and the languages spoken there. */
export function PracticeDetails({ doctor }: { doctor: DoctorProfile }) {
  const { t } = useTranslation('care');
  const rows: DetailRow[] = [
    doctor.address !== null && [t('practiceInfo.address'), doctor.address.line],
    doctor.phone !== null && [t('practiceInfo.phone'), <PhoneLink phone={doctor.phone} />],
    doctor.accessNotes !== null && [t('practiceInfo.access'), <AccessNotes notes={doctor.accessNotes} />],
    doctor.languages.length > 0 && [t('practiceInfo.languages'), languageList(doctor.languages)],
  ];
  if (!rows.some(Boolean)) return null;
  return (
    <>
      <h3 className="care-practice-title">{t('practiceInfo.title')}</h3>
      <Details rows={rows} />
    </>
  );
}

/** The doctor's directions (door code, floor, parking), kept on the lines they wrote them. */
export function AccessNotes({ notes }: { notes: string }) {
  return <span className="care-instructions">{notes}</span>;
}

/**
 * The rows that say where an in-person consultation takes place: the practice's address (else the
 * place the doctor gave) and how to find one's way in.
 */
export function usePlaceRows() {
  const { t } = useTranslation('care');
  return (address: DoctorProfile['address'], doctor: Pick<DoctorProfile, 'location' | 'accessNotes'>): DetailRow[] => [
    address ? [t('practiceInfo.address'), address.line] : doctor.location !== null && [t('doctor.location'), doctor.location],
    doctor.accessNotes !== null && [t('practiceInfo.access'), <AccessNotes notes={doctor.accessNotes} />],
  ];
}

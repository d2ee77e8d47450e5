// What the consultation leaves on paper: the documents the parties attached and the doctor's
// prescription. Read again after each change made here, and on teleconsultation.updated for
// those the other party makes (liveUpdates).
import { useTranslation } from 'react-i18next';
import type { Teleconsultation } from '@/api/teleconsultations';
import { VisitDocuments } from './VisitDocuments';
import { VisitPrescription } from './VisitPrescription';

export function VisitPapers({ teleconsultation }: { teleconsultation: Teleconsultation }) {
  const { t } = useTranslation('visit');
  return (
    <section className="visit-papers" aria-labelledby="visit-papers-title">
      <h2 id="visit-papers-title">{t('papers.title')}</h2>
      <VisitDocuments teleconsultation={teleconsultation} />
      <VisitPrescription teleconsultation={teleconsultation} />
    </section>
  );
}

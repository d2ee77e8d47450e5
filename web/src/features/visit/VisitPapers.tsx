// What the consultation left on paper: the documents the parties attached and the doctor's
// prescription, with its PDF. Read again on teleconsultation.updated (liveUpdates).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filesApi } from '@/api/files';
import { teleconsultationsApi, type PrescriptionItem, type Teleconsultation } from '@/api/teleconsultations';
import { browserTimeZone, formatDateTime } from '@/lib/time';

/** "1 gélule — 3 fois par jour — 7 jours": the parts of an item the doctor filled in. */
function itemDetails(item: PrescriptionItem): string {
  return [item.dosage, item.frequency, item.duration].filter((part) => part).join(' — ');
}

export function VisitPapers({ teleconsultation }: { teleconsultation: Teleconsultation }) {
  const { t } = useTranslation('visit');
  const [downloadFailed, setDownloadFailed] = useState(false);
  const { documents, prescriptionItems, prescriptionNotes, prescribedAt } = teleconsultation;
  const download = () => {
    if (!prescribedAt) return;
    setDownloadFailed(false);
    teleconsultationsApi.downloadPrescription(teleconsultation._id, prescribedAt).catch(() => setDownloadFailed(true));
  };
  return (
    <section className="visit-papers" aria-labelledby="visit-papers-title">
      <h2 id="visit-papers-title">{t('papers.title')}</h2>
      <h3>{t('papers.documents')}</h3>
      {documents.length === 0 ? <p className="text-muted">{t('papers.noDocuments')}</p> : (
        <ul className="visit-documents">
          {documents.map((document) => (
            <li key={document._id}>
              <button type="button" className="btn btn-link p-0"
                      onClick={() => void filesApi.download(document._id, document.name).catch(() => undefined)}>
                {document.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('papers.prescription')}</h3>
      {!prescribedAt ? <p className="text-muted">{t('papers.noPrescription')}</p> : (
        <div className="visit-prescription">
          <p className="text-muted">
            {t('papers.prescribedAt', { date: formatDateTime(prescribedAt, browserTimeZone(), { dateStyle: 'long', timeStyle: 'short' }) })}
          </p>
          <ol>
            {prescriptionItems.map((item, index) => (
              <li key={index}>
                <strong>{item.medication}</strong>
                {itemDetails(item) && <> — {itemDetails(item)}</>}
                {item.instructions && <div>{item.instructions}</div>}
              </li>
            ))}
          </ol>
          {prescriptionNotes && (
            <>
              <h4>{t('papers.notes')}</h4>
              <p className="visit-prescription-notes">{prescriptionNotes}</p>
            </>
          )}
          <a href={`/api/v1/teleconsultations/${teleconsultation._id}/prescription.pdf`}
             onClick={(event) => { event.preventDefault(); download(); }}>
            {t('papers.download')}
          </a>
          {downloadFailed && <p className="alert alert-danger mt-2" role="alert">{t('papers.downloadFailed')}</p>}
        </div>
      )}
    </section>
  );
}

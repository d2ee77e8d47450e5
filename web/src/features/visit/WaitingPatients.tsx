import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWaitingPatients } from './liveUpdates';
import './visit.css';

/** On the doctor's agenda, live: the patients in the waiting room of a video consultation, each with the way in. */
export function WaitingPatients() {
  const { t } = useTranslation('visit');
  const waiting = useWaitingPatients();
  return (
    // Always rendered, so that screen readers announce a patient's arrival.
    <div role="status" aria-live="polite">
      {waiting.length > 0 && (
        <section className="alert alert-info visit-agenda-waiting" aria-labelledby="visit-agenda-waiting">
          <h2 id="visit-agenda-waiting">{t('agenda.title')}</h2>
          <ul>
            {waiting.map(({ teleconsultationId, patient }) => (
              <li key={teleconsultationId}>
                <p>{t('agenda.waiting', { name: patient.name })}</p>
                <Link className="button button-small" to={`/visit/${teleconsultationId}`}
                      aria-label={t('agenda.join', { name: patient.name })}>
                  {t('join')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '@/api/patients';
import { formatDate } from '@/lib/time';
import { formatPhone } from '@/lib/phone';
import { currentLocale } from '@/i18n';
import { capitalize } from '../capitalize';
import { birthAndAge } from './birthDate';
import '../practice.css';

// Diagnosis dates are calendar days, kept by the server as midnight UTC.
const calendarDay: Intl.DateTimeFormatOptions = { dateStyle: 'long' };

function languageName(code: string): string {
  try {
    return capitalize(new Intl.DisplayNames([currentLocale()], { type: 'language' }).of(code) ?? code);
  } catch {
    // Free text that is not a language tag: show it as the patient wrote it.
    return code;
  }
}

/** Label and value pairs; what the patient left empty says so rather than vanishing. */
function Details({ items }: { items: Array<[string, ReactNode | undefined]> }) {
  const { t } = useTranslation('practice');
  return (
    <dl className="practice-details">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value ?? <span className="muted">{t('patient.notGiven')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The patient's profile as their doctor may see it. */
export function PatientProfile({ patient }: { patient: Patient }) {
  const { t } = useTranslation('practice');
  const info = patient.personalInfo;
  const birth = patient.dateOfBirth;
  return (
    <>
      <section className="card" aria-labelledby="practice-patient-identity">
        <h2 id="practice-patient-identity">{t('patient.identity')}</h2>
        <Details items={[
          [t('patient.firstName'), info.firstName],
          [t('patient.lastName'), info.lastName],
          [t('patient.dateOfBirth'), birth && birthAndAge(birth, t)],
          [t('patient.gender'), patient.gender && t(`gender.${patient.gender}`)],
          [t('patient.address'), patient.address],
          [t('patient.preferredLanguage'), info.preferredLanguage && languageName(info.preferredLanguage)],
          [t('patient.insuranceNumber'), info.insuranceNumber],
        ]} />
      </section>
      <section className="card" aria-labelledby="practice-patient-contact">
        <h2 id="practice-patient-contact">{t('patient.contact')}</h2>
        <Details items={[
          [t('patient.phone'), <a href={`tel:${patient.phone}`}>{formatPhone(patient.phone)}</a>],
          [t('patient.email'), <a href={`mailto:${patient.email}`}>{patient.email}</a>],
        ]} />
      </section>
      <section className="card" aria-labelledby="practice-patient-health">
        <h2 id="practice-patient-health">{t('patient.health')}</h2>
        <Details items={[
          [t('patient.bloodType'), info.bloodType],
          [t('patient.allergies'), info.allergies],
        ]} />
      </section>
      <section className="card" aria-labelledby="practice-patient-emergency">
        <h2 id="practice-patient-emergency">{t('patient.emergencyContact')}</h2>
        <Details items={[
          [t('patient.emergencyName'), info.emergencyContactName],
          [t('patient.emergencyPhone'), info.emergencyContactPhone &&
            <a href={`tel:${info.emergencyContactPhone}`}>{formatPhone(info.emergencyContactPhone)}</a>],
        ]} />
      </section>
      <section className="card" aria-labelledby="practice-patient-history">
        <h2 id="practice-patient-history">{t('patient.history')}</h2>
        {patient.medicalHistory.length === 0 ? (
          <p className="muted">{t('patient.noHistory')}</p>
        ) : (
          <ul className="practice-history">
            {patient.medicalHistory.map((entry) => (
              <li key={entry._id}>
                <h3>{entry.condition}</h3>
                <p className="muted">
                  {entry.diagnosisDate
                    ? t('patient.diagnosedOn', { date: formatDate(entry.diagnosisDate, 'UTC', calendarDay) })
                    : t('patient.noDiagnosisDate')}
                </p>
                {entry.notes && <p>{entry.notes}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

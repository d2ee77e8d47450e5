import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { Loading } from '../../ui/Loading';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { browserTimeZone, formatDateTime } from '../../lib/time';
import { usePatientProfile } from './patientProfile';
import { Section } from './Section';
import { PersonalDetailsForm } from './PersonalDetailsForm';
import { MedicalHistoryForm } from './MedicalHistoryForm';
import './profile.css';

export function PatientProfilePage() {
  const { t } = useTranslation('profile');
  const patient = usePatientProfile();

  return (
    <Page title={t('patient.title')}>
      <div className="profile-column">
        {patient.isPending && <Loading />}
        {patient.isError && !patient.data && <ErrorAlert error={patient.error} onRetry={() => void patient.refetch()} />}
        {patient.data && (
          <>
            <p>{t('patient.intro')}</p>
            <p className="muted">
              {t('patient.name', { name: patient.data.name })}{' '}
              <Link to="/account">{t('patient.changeName')}</Link>
            </p>
            <p className="muted">
              {t('patient.updatedAt', {
                date: formatDateTime(patient.data.updatedAt, browserTimeZone(),
                                     { dateStyle: 'long', timeStyle: 'short' }),
              })}
            </p>
            <Section title={t('personal.title')}>
              <PersonalDetailsForm patient={patient.data} />
            </Section>
            <Section title={t('history.title')}>
              <p>{t('history.intro')}</p>
              <MedicalHistoryForm patient={patient.data} />
            </Section>
          </>
        )}
      </div>
    </Page>
  );
}

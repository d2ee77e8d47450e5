import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { browserTimeZone, formatDateTime } from '@/lib/time';
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
        <QueryResult query={patient}>
          {(profile) => (
            <>
              <p>{t('patient.intro')}</p>
              <p className="muted">
                {t('patient.name', { name: profile.name })}{' '}
                <Link to="/account">{t('patient.changeName')}</Link>
              </p>
              <p className="muted">
                {t('patient.updatedAt', {
                  date: formatDateTime(profile.updatedAt, browserTimeZone(),
                                       { dateStyle: 'long', timeStyle: 'short' }),
                })}
              </p>
              <Section title={t('personal.title')}>
                <PersonalDetailsForm patient={profile} />
              </Section>
              <Section title={t('history.title')}>
                <p>{t('history.intro')}</p>
                <MedicalHistoryForm patient={profile} />
              </Section>
            </>
          )}
        </QueryResult>
      </div>
    </Page>
  );
}

import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { WriteLink } from '@/features/messages/WriteLink';
import { PatientRecords } from '@/features/records/PatientRecords';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { useAppointments, useDoctor, usePatient } from '../queries';
import { PatientAppointments } from './PatientAppointments';
import { PatientProfile } from './PatientProfile';
import '../practice.css';

export function PatientPage() {
  const { t } = useTranslation('practice');
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  const doctor = useDoctor();
  // GET /appointments has no patient filter: take all of the doctor's and keep this patient's.
  const appointments = useAppointments();
  return (
    <Page title={patient.data?.name ?? t('patient.title')}
          actions={patient.data && <WriteLink userId={patientId} to="patient" />}>
      <p><Link to="/practice/patients">{t('patient.back')}</Link></p>
      <QueryResult query={patient}>
        {(profile) => (
          <>
            <div className="practice-patient">
              <PatientProfile patient={profile} />
              <QueryResult query={doctor}>
                {({ timezone }) => (
                  <QueryResult query={appointments}>
                    {(all) => (
                      <PatientAppointments timeZone={timezone}
                                           appointments={all.filter((item) => item.patientId === patientId)} />
                    )}
                  </QueryResult>
                )}
              </QueryResult>
            </div>
            <PatientRecords patientId={patientId} />
          </>
        )}
      </QueryResult>
    </Page>
  );
}

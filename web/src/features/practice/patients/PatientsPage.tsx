import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Counterpart } from '@/api/appointments';
import { formatDateTime } from '@/lib/time';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { practiceKeys, useDoctor } from '../queries';
import '../practice.css';

export function PatientsPage() {
  const { t } = useTranslation('practice');
  const doctor = useDoctor();
  const patients = useQuery({
    queryKey: practiceKeys.patients,
    queryFn: ({ signal }) => appointmentsApi.myPatients(signal),
  });
  return (
    <Page title={t('patients.title')}>
      <QueryResult query={doctor}>
        {(profile) => (
          <QueryResult query={patients}>
            {({ patients: list }) =>
              list.length === 0
                ? <p className="practice-empty">{t('patients.empty')}</p>
                : <PatientsTable patients={list} timeZone={profile.timezone} />}
          </QueryResult>
        )}
      </QueryResult>
    </Page>
  );
}

function PatientsTable({ patients, timeZone }: { patients: Counterpart[]; timeZone: string }) {
  const { t } = useTranslation('practice');
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('patients.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('patients.name')}</th>
            <th scope="col" className="practice-number">{t('patients.count')}</th>
            <th scope="col">{t('patients.last')}</th>
          </tr>
        </thead>
        <tbody>
          {patients.map((patient) => (
            <tr key={patient._id}>
              <th scope="row"><Link to={`/practice/patients/${patient._id}`}>{patient.name}</Link></th>
              <td className="practice-number">{patient.appointmentCount}</td>
              <td>
                {formatDateTime(patient.lastAppointmentDate, timeZone, { dateStyle: 'medium', timeStyle: 'short' })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

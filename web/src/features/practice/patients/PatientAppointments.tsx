import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { formatDate, formatTime, localDay } from '@/lib/time';
import { StatusBadge } from '../StatusBadge';
import '../practice.css';

interface PatientAppointmentsProps {
  /** This patient's appointments with the signed-in doctor. */
  appointments: Appointment[];
  timeZone: string;
}

/** The patient's appointments with this doctor, latest first, each opening in the agenda on its day. */
export function PatientAppointments({ appointments, timeZone }: PatientAppointmentsProps) {
  const { t } = useTranslation('practice');
  const latestFirst = [...appointments].sort((a, b) => b.appointmentDate.localeCompare(a.appointmentDate));
  return (
    <section className="card" aria-labelledby="practice-patient-appointments">
      <h2 id="practice-patient-appointments">{t('patient.appointments')}</h2>
      {latestFirst.length === 0 ? (
        <p className="muted">{t('patient.noAppointments')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('patient.date')}</th>
                <th scope="col">{t('patient.time')}</th>
                <th scope="col">{t('patient.status')}</th>
              </tr>
            </thead>
            <tbody>
              {latestFirst.map((appointment) => (
                <tr key={appointment._id}>
                  <th scope="row">
                    <Link to={`/practice?view=day&day=${localDay(appointment.appointmentDate, timeZone)}` +
                              `&appointment=${appointment._id}`}>
                      {formatDate(appointment.appointmentDate, timeZone, { dateStyle: 'medium' })}
                    </Link>
                  </th>
                  <td className="practice-nowrap">
                    {t('agenda.timeRange', {
                      start: formatTime(appointment.appointmentDate, timeZone),
                      end: formatTime(appointment.endDate, timeZone),
                    })}
                  </td>
                  <td><StatusBadge appointment={appointment} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

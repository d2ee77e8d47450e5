import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { formatDay, localDay } from '@/lib/time';
import { capitalize } from '../capitalize';
import { AppointmentList } from './AppointmentList';
import '../practice.css';

interface WeekAgendaProps {
  days: string[];
  today: string;
  appointments: Appointment[];
  timeZone: string;
  now: number;
}

/** A week's appointments under their days (the doctor's calendar days). */
export function WeekAgenda({ days, today, appointments, timeZone, now }: WeekAgendaProps) {
  const { t } = useTranslation('practice');
  if (appointments.length === 0) return <p className="practice-empty">{t('agenda.emptyWeek')}</p>;
  return (
    <div className="practice-week">
      {days.map((day) => (
        <section key={day} className="practice-week-day" aria-labelledby={`practice-day-${day}`}>
          <h3 id={`practice-day-${day}`}>
            {capitalize(formatDay(day))}{' '}
            {day === today && <span className="badge practice-today">{t('agenda.todayMark')}</span>}
          </h3>
          <AppointmentList
            appointments={appointments.filter((appointment) => localDay(appointment.appointmentDate, timeZone) === day)}
            timeZone={timeZone} now={now} headingLevel="h4" empty={t('agenda.emptyWeekDay')} />
        </section>
      ))}
    </div>
  );
}

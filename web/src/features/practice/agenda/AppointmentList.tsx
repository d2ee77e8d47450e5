import type { Appointment } from '@/api/appointments';
import { AppointmentItem } from './AppointmentItem';
import '../practice.css';

interface AppointmentListProps {
  appointments: Appointment[];
  timeZone: string;
  now: number;
  headingLevel: 'h3' | 'h4';
  /** What to say when there is none. */
  empty: string;
}

export function AppointmentList({ appointments, timeZone, now, headingLevel, empty }: AppointmentListProps) {
  if (appointments.length === 0) return <p className="practice-empty">{empty}</p>;
  return (
    <ul className="practice-appointments">
      {appointments.map((appointment) => (
        <li key={appointment._id}>
          <AppointmentItem appointment={appointment} timeZone={timeZone} now={now} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

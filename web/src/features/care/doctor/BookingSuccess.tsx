import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import type { DoctorListing } from '@/api/doctors';
import { Details } from '../Details';
import { ZonedTime } from '../ZonedTime';
import { CalendarFileButton } from '../appointments/CalendarFileButton';
import type { AppointmentsNotice } from '../appointments/appointmentsNotice';
import '../care.css';

/** The booked appointment, with the way to one's calendar and to one's appointments. */
export function BookingSuccess({ appointment, doctor }: { appointment: Appointment; doctor: DoctorListing }) {
  const { t } = useTranslation('care');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const notice: AppointmentsNotice = { booked: appointment };
  return (
    <section className="card care-section" aria-labelledby="care-booked-heading">
      <h2 id="care-booked-heading" ref={heading} tabIndex={-1}>{t('booked.title')}</h2>
      <div className="alert alert-success" role="status">
        <p>{t('booked.message', { doctor: t('doctor.name', { name: appointment.doctorName }) })}</p>
      </div>
      <Details rows={[
        [t('booking.when'), <ZonedTime instant={appointment.appointmentDate} format="full" doctorZone={doctor.timezone} />],
        [t('booking.doctor'), t('doctor.name', { name: appointment.doctorName })],
        appointment.reasonName !== null && [t('reasons.reason'), appointment.reasonName],
        [t('booking.duration'), t('profile.minutes', { count: appointment.durationMinutes })],
        appointment.reasonName !== null && [t('reasons.mode'), t(`reasons.modes.${appointment.mode}`)],
        appointment.mode !== 'video' && doctor.location !== null && [t('doctor.location'), doctor.location],
      ]} />
      <p>{t('booked.followUp')}</p>
      <div className="care-actions">
        <CalendarFileButton appointmentId={appointment._id} />
        <Link className="button button-small" to="/appointments" state={notice}>{t('booked.seeAppointments')}</Link>
      </div>
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import type { DoctorListing } from '@/api/doctors';
import { useNow } from '@/lib/useNow';
import { Details } from '../Details';
import { ZonedTime } from '../ZonedTime';
import { doctorName } from '../doctorName';
import { changeableOnline } from '../changeDeadline';
import { CalendarFileButton } from '../appointments/CalendarFileButton';
import { ChangeOnline } from '../appointments/ChangeOnline';
import type { AppointmentsNotice } from '../appointments/appointmentsNotice';
import { usePlaceRows } from './PracticeDetails';
import '../care.css';

/** The booked appointment, where it takes place, until when it can be changed online, and the way to one's calendar. */
export function BookingSuccess({ appointment, doctor }: { appointment: Appointment; doctor: DoctorListing }) {
  const { t } = useTranslation('care');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const now = useNow();
  const placeRows = usePlaceRows();
  const notice: AppointmentsNotice = { booked: appointment };
  const doctorCalled = doctorName(appointment.doctorName, appointment.doctorTitle);
  return (
    <section className="card care-section" aria-labelledby="care-booked-heading">
      <h2 id="care-booked-heading" ref={heading} tabIndex={-1}>{t('booked.title')}</h2>
      <div className="alert alert-success" role="status">
        <p>{t('booked.message', { doctor: doctorCalled })}</p>
      </div>
      <Details rows={[
        [t('booking.when'), <ZonedTime instant={appointment.appointmentDate} format="full" doctorZone={doctor.timezone} />],
        [t('booking.doctor'), doctorCalled],
        appointment.reasonName !== null && [t('reasons.reason'), appointment.reasonName],
        [t('booking.duration'), t('profile.minutes', { count: appointment.durationMinutes })],
        // The mode, when there was one to choose or it is not the usual visit at the practice.
        (appointment.reasonName !== null || appointment.mode === 'video' || doctor.consultationModes.length > 1) &&
          [t('reasons.mode'), t(`reasons.modes.${appointment.mode}`)],
        ...(appointment.mode === 'video' ? [] : placeRows(appointment.practiceAddress, doctor)),
      ]} />
      <ChangeOnline until={appointment.changeableUntil} online={changeableOnline(appointment.changeableUntil, now)}
                    phone={appointment.practicePhone} doctorZone={doctor.timezone} />
      <p>{t('booked.followUp')}</p>
      <div className="care-actions">
        <CalendarFileButton appointmentId={appointment._id} />
        <Link className="button button-small" to="/appointments" state={notice}>{t('booked.seeAppointments')}</Link>
      </div>
    </section>
  );
}

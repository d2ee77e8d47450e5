// Video appointments for the tests of the room: the demo doctor consults by video too, a patient
// books them by video, and the server restarted with MEDIMEET_ROOM_EARLY opens the room now.
import config from '../../playwright.config';
import { demoDoctor, type ApiHelper, type ApiSession } from './fixtures';

const baseLaunch = config.use?.launchOptions ?? {};

/** Chromium's own camera and microphone (a test pattern and a beep), granted without asking: for test.use(). */
export const fakeMediaLaunchOptions = {
  ...baseLaunch,
  args: [...(baseLaunch.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
         '--autoplay-policy=no-user-gesture-required'],
};

export interface VideoBooking {
  doctor: ApiSession;
  teleconsultation: { _id: string; videoLink: string; appointmentId: string; room: { state: string } };
  appointmentDate: string;
  /** What MEDIMEET_ROOM_EARLY must be for the room to be open now. */
  roomEarly: string;
}

/** The demo doctor consults by video too, and a patient books their first free slot by video. */
export async function bookVideoAppointment(api: ApiHelper, patient: ApiSession): Promise<VideoBooking> {
  const doctor = await api.login(demoDoctor);
  await api.call('PATCH', '/doctors/me', { consultationModes: ['inPerson', 'video'] }, doctor.token);
  const start = await api.firstFreeSlot(doctor.user._id);
  const appointment = await api.call<{ _id: string; appointmentDate: string }>(
    'POST', '/appointments', { doctorId: doctor.user._id, appointmentDate: start, mode: 'video' }, patient.token);
  const teleconsultation = await api.call<VideoBooking['teleconsultation']>(
    'GET', `/appointments/${appointment._id}/teleconsultation`, undefined, patient.token);
  // The room opens this long before the start: an hour more than there is until it.
  const minutes = Math.ceil((Date.parse(start) - Date.now()) / 60_000) + 60;
  return { doctor, teleconsultation, appointmentDate: appointment.appointmentDate, roomEarly: `${minutes}m` };
}

/** Puts the demo doctor back as the other spec files expect them: at the practice only. */
export async function restoreDoctor(api: ApiHelper, doctor: ApiSession, appointmentId: string | undefined) {
  if (appointmentId) await api.call('POST', `/appointments/${appointmentId}/cancel`, {}, doctor.token).catch(() => undefined);
  await api.call('PATCH', '/doctors/me', { consultationModes: ['inPerson'] }, doctor.token);
}

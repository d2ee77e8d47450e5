import { careKeys } from '../care/queryKeys';

// Reviews sit under the doctor and the appointment they are about, so that refreshing either
// (see careKeys) refreshes them too.
export const reviewKeys = {
  /** The instance's features: part of the server's configuration, fetched once. */
  instance: ['instance'] as const,
  ofDoctor: (doctorId: string, page: number) => [...careKeys.doctor(doctorId), 'reviews', page] as const,
  ofAppointment: (appointmentId: string) => [...careKeys.appointment(appointmentId), 'review'] as const,
};

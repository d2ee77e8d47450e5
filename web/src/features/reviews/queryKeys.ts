import { careKeys } from '../care/queryKeys';

// Reviews sit under the doctor and the appointment they are about, so that refreshing either
// (see careKeys) refreshes them too.
export const reviewKeys = {
  ofDoctor: (doctorId: string, page: number) => [...careKeys.doctor(doctorId), 'reviews', page] as const,
  ofAppointment: (appointmentId: string) => [...careKeys.appointment(appointmentId), 'review'] as const,
};

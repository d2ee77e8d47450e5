import { careKeys } from '../care/queryKeys';

// An appointment's payment sits under the appointment (see careKeys), so that refreshing the
// appointment, as canceling it does, refreshes its payment and shows the refund.
export const paymentKeys = {
  all: ['payments'] as const,
  list: (page: number) => ['payments', 'list', page] as const,
  payment: (paymentId: string) => ['payments', paymentId] as const,
  ofAppointment: (appointmentId: string) => [...careKeys.appointment(appointmentId), 'payment'] as const,
};

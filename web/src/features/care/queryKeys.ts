// The react-query keys of the patient side. Keys nest (doctor → its slots, appointments → lists)
// so that one invalidation by prefix refreshes everything a change can affect.
export const careKeys = {
  popular: ['doctors', 'popular'] as const,
  search: (search: object) => ['doctors', 'search', search] as const,
  doctor: (doctorId: string) => ['doctors', doctorId] as const,
  slots: (doctorId: string, from: string, to: string, reasonId?: string) =>
    ['doctors', doctorId, 'slots', from, to, reasonId] as const,
  visitReasons: (doctorId: string) => ['doctors', doctorId, 'visit-reasons'] as const,
  appointments: ['appointments'] as const,
  appointmentList: (kind: 'upcoming' | 'canceled' | 'past', now: string, page: number) =>
    ['appointments', 'list', kind, now, page] as const,
  appointment: (appointmentId: string) => ['appointments', appointmentId] as const,
  /** The instance's booking policy: part of its configuration, fetched once. */
  bookingPolicy: ['booking-policy'] as const,
  notifications: ['notifications'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  notificationList: (page: number) => ['notifications', 'list', page] as const,
  /** Everything about doctors: search results, profiles and free slots. */
  doctors: ['doctors'] as const,
};

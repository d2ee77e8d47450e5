// The doctor's server state: one place for query keys, so that a change anywhere in the workspace
// refreshes every page that shows it.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { practiceApi } from '@/api/doctors';
import { appointmentsApi, type Appointment } from '@/api/appointments';

export const practiceKeys = {
  doctor: ['practice', 'doctor'] as const,
  timeOff: ['practice', 'time-off'] as const,
  visitReasons: ['practice', 'visit-reasons'] as const,
  appointments: ['practice', 'appointments'] as const,
  appointmentsBetween: (from?: string, to?: string) => ['practice', 'appointments', { from, to }] as const,
  stats: ['practice', 'stats'] as const,
  patients: ['practice', 'patients'] as const,
  patient: (id: string) => ['practice', 'patient', id] as const,
};

/** The signed-in doctor's own profile: its time zone drives every date shown in the workspace. */
export function useDoctor() {
  return useQuery({ queryKey: practiceKeys.doctor, queryFn: ({ signal }) => practiceApi.me(signal) });
}

const largestPage = 100;

/**
 * Every appointment starting in [from, to), all pages of it: a busy week can hold more than one
 * page, and an agenda that silently drops appointments would be worse than a slower answer.
 */
async function allAppointments(from: string | undefined, to: string | undefined,
                               signal: AbortSignal): Promise<Appointment[]> {
  const appointments: Appointment[] = [];
  for (let page = 1; ; page += 1) {
    const result = await appointmentsApi.list({ from, to, page, limit: largestPage }, signal);
    appointments.push(...result.appointments);
    if (result.appointments.length < result.limit || appointments.length >= result.total) return appointments;
  }
}

/** The doctor's appointments starting in [from, to); without bounds, all of them. */
export function useAppointments(from?: string, to?: string) {
  return useQuery({
    queryKey: practiceKeys.appointmentsBetween(from, to),
    queryFn: ({ signal }) => allAppointments(from, to, signal),
  });
}

/** What shows an appointment's status: the lists, the counts and the patients. */
export const appointmentViews = [practiceKeys.appointments, practiceKeys.stats, practiceKeys.patients] as const;

/** After an appointment changes status, the views that show it are stale. */
export function refreshAppointments(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(appointmentViews.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

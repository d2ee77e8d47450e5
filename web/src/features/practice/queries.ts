// The doctor's server state: one place for query keys, so that a change anywhere in the workspace
// refreshes every page that shows it.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { directoryApi, practiceApi, type Doctor } from '@/api/doctors';
import { appointmentsApi, type Appointment, type PatientQuery } from '@/api/appointments';
import { patientsApi } from '@/api/patients';

export const practiceKeys = {
  doctor: ['practice', 'doctor'] as const,
  timeOff: ['practice', 'time-off'] as const,
  visitReasons: ['practice', 'visit-reasons'] as const,
  appointments: ['practice', 'appointments'] as const,
  appointmentsBetween: (from?: string, to?: string) => ['practice', 'appointments', { from, to }] as const,
  slots: ['practice', 'slots'] as const,
  slotsOn: (from: string, to: string) => ['practice', 'slots', { from, to }] as const,
  stats: ['practice', 'stats'] as const,
  patients: ['practice', 'patients'] as const,
  patientsMatching: (query: PatientQuery) => ['practice', 'patients', query] as const,
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

/** The reasons the doctor is booked for; none when their consultation length applies to every booking. */
export function useVisitReasons() {
  return useQuery({ queryKey: practiceKeys.visitReasons, queryFn: ({ signal }) => practiceApi.visitReasons(signal) });
}

/** The doctor's time off, past and to come: the agenda shades it, the time-off page lists it. */
export function useTimeOff() {
  return useQuery({ queryKey: practiceKeys.timeOff, queryFn: ({ signal }) => practiceApi.timeOff(signal) });
}

/**
 * The doctor's free slots on their days `from` to `to`, as patients see them; only a listed
 * doctor has any. Hours, time off and bookings all change them: asked again each time they show.
 */
export function useFreeSlots(doctor: Doctor, from: string, to: string) {
  return useQuery({
    queryKey: practiceKeys.slotsOn(from, to),
    queryFn: ({ signal }) => directoryApi.slots(doctor._id, from, to, undefined, signal),
    enabled: doctor.listed,
    staleTime: 0,
  });
}

/** A patient's record: their email, date of birth and history. The agenda's dialog and the patient page share it. */
export function usePatient(id: string) {
  return useQuery({ queryKey: practiceKeys.patient(id), queryFn: ({ signal }) => patientsApi.get(id, signal) });
}

/** What shows an appointment's status: the lists, the free slots, the counts and the patients. */
export const appointmentViews = [
  practiceKeys.appointments, practiceKeys.slots, practiceKeys.stats, practiceKeys.patients,
] as const;

/** After an appointment changes status, the views that show it are stale. */
export function refreshAppointments(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(appointmentViews.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

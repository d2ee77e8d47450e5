import { api, queryString } from './client';

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export const weekdays: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export interface AvailabilityWindow {
  day: Weekday;
  /** Wall-clock time in the doctor's zone, "HH:MM". */
  startTime: string;
  endTime: string;
}

/** The public fields of a doctor's profile. */
export interface DoctorProfile {
  _id: string;
  name: string;
  specialty: string | null;
  experience: number | null;
  location: string | null;
  availability: AvailabilityWindow[];
  timezone: string;
  consultationMinutes: number;
  /** The fee; no currency is stored (shown in euros). */
  price: number | null;
  about: string | null;
  averageRating: number;
  reviewCount: number;
  createdAt: string;
  updatedAt: string;
}

/** The doctor's own profile: public fields and whether it is complete enough to be listed. */
export interface Doctor extends DoctorProfile {
  listed: boolean;
}

export interface Slot {
  start: string;
  end: string;
  /** The slot's start on the doctor's wall clock, "YYYY-MM-DDTHH:MM". */
  local: string;
}

export interface DoctorListing extends DoctorProfile {
  nextSlot: Slot | null;
}

export interface DoctorPage {
  doctors: DoctorListing[];
  page: number;
  limit: number;
  total: number;
}

export interface DoctorSlots {
  doctorId: string;
  timezone: string;
  slots: Slot[];
}

export interface DoctorSearch {
  specialty?: string;
  q?: string;
  location?: string;
  /** A calendar day "YYYY-MM-DD" with at least one free slot. */
  availableOn?: string;
  sort?: 'rating' | 'experience' | 'name';
  page?: number;
  limit?: number;
}

export type DoctorChanges = Partial<{
  specialty: string | null;
  experience: number | null;
  location: string | null;
  timezone: string | null;
  consultationMinutes: number | null;
  price: number | null;
  about: string | null;
  availability: AvailabilityWindow[] | null;
}>;

export interface TimeOff {
  _id: string;
  start: string;
  end: string;
  reason: string;
  createdAt: string;
}

export const directoryApi = {
  search: (search: DoctorSearch, signal?: AbortSignal) =>
    api.get<DoctorPage>(`/doctors${queryString({ ...search })}`, signal),
  specialties: (signal?: AbortSignal) =>
    api.get<{ specialties: Array<{ specialty: string; count: number }> }>('/doctors/specialties', signal),
  popular: (signal?: AbortSignal) => api.get<{ doctors: DoctorListing[] }>('/doctors/popular', signal),
  doctor: (id: string, signal?: AbortSignal) => api.get<DoctorListing>(`/doctors/${id}`, signal),
  /** Free slots on the doctor's calendar days `from` to `to` ("YYYY-MM-DD", at most 31 days). */
  slots: (id: string, from: string, to: string, signal?: AbortSignal) =>
    api.get<DoctorSlots>(`/doctors/${id}/slots${queryString({ from, to })}`, signal),
};

export const practiceApi = {
  me: (signal?: AbortSignal) => api.get<Doctor>('/doctors/me', signal),
  update: (changes: DoctorChanges) => api.patch<Doctor>('/doctors/me', changes),
  timeOff: (signal?: AbortSignal) => api.get<{ timeOff: TimeOff[] }>('/doctors/me/time-off', signal),
  /** `start` and `end` are instants or calendar days in the doctor's zone. */
  addTimeOff: (timeOff: { start: string; end: string; reason?: string }) =>
    api.post<TimeOff>('/doctors/me/time-off', timeOff),
  removeTimeOff: (id: string) => api.delete<void>(`/doctors/me/time-off/${id}`),
};

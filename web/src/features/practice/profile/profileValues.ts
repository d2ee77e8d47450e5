import type { Doctor, DoctorChanges } from '@/api/doctors';

/** The profile as the form edits it: text, since inputs hold text and empty means "not set". */
export interface ProfileValues {
  specialty: string;
  experience: string;
  location: string;
  price: string;
  consultationMinutes: string;
  timezone: string;
  about: string;
}

export const profileFields = [
  'specialty', 'experience', 'location', 'price', 'consultationMinutes', 'timezone', 'about',
] as const;

const text = (value: string | number | null) => (value === null ? '' : String(value));

export function toProfileValues(doctor: Doctor): ProfileValues {
  return {
    specialty: text(doctor.specialty),
    experience: text(doctor.experience),
    location: text(doctor.location),
    price: text(doctor.price),
    consultationMinutes: String(doctor.consultationMinutes),
    timezone: doctor.timezone,
    about: text(doctor.about),
  };
}

/** An emptied field is sent as null, which clears it on the server (and may unlist the profile). */
export function toDoctorChanges(values: ProfileValues): DoctorChanges {
  const textOrNull = (value: string) => value.trim() || null;
  const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));
  return {
    specialty: textOrNull(values.specialty),
    experience: numberOrNull(values.experience),
    location: textOrNull(values.location),
    price: numberOrNull(values.price),
    consultationMinutes: Number(values.consultationMinutes),
    timezone: values.timezone,
    about: textOrNull(values.about),
  };
}

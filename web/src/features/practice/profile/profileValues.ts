import type { ConsultationMode, Doctor, DoctorChanges, Prepayment } from '@/api/doctors';
import { orderedModes } from '@/lib/consultationModes';
import { formatPhone } from '@/lib/phone';
import { phoneForServer } from '@/features/accounts/phoneRules';
import { rppsText } from './rppsNumber';

/** The profile as the form edits it: text, since inputs hold text and empty means "not set". */
export interface ProfileValues {
  /** A code of the specialty catalogue, or a text written before it (see toDoctorChanges). */
  specialty: string;
  experience: string;
  location: string;
  price: string;
  consultationMinutes: string;
  timezone: string;
  about: string;
  street: string;
  postcode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** As people type it ("01 43 55 66 77"); sent as E.164. */
  phone: string;
  accessNotes: string;
  /** ISO 639-1 codes. */
  languages: string[];
  /** How the doctor consults: at least one. */
  consultationModes: ConsultationMode[];
  /** 11 digits, maybe typed with spaces; empty when not given. */
  rppsNumber: string;
  /** Which bookings patients pay as they book. */
  prepayment: Prepayment;
}

export const profileFields = [
  'specialty', 'experience', 'location', 'price', 'consultationMinutes', 'timezone', 'about',
  'street', 'postcode', 'city', 'phone', 'accessNotes', 'consultationModes', 'rppsNumber', 'prepayment',
] as const;

/** The server names the address's parts by their path in the request. */
export const profileFieldNames = {
  'address.street': 'street', 'address.postcode': 'postcode', 'address.city': 'city',
} as const;

/** The country of an address not given yet: MediMeet's practices are in France. */
const DEFAULT_COUNTRY = 'FR';

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
    street: doctor.address?.street ?? '',
    postcode: doctor.address?.postcode ?? '',
    city: doctor.address?.city ?? '',
    country: doctor.address?.country ?? DEFAULT_COUNTRY,
    phone: doctor.phone === null ? '' : formatPhone(doctor.phone),
    accessNotes: text(doctor.accessNotes),
    languages: doctor.languages,
    consultationModes: orderedModes(doctor.consultationModes),
    rppsNumber: doctor.rppsNumber ?? '',
    prepayment: doctor.prepayment,
  };
}

/** Whether the doctor started an address: its street, postcode and city are then all needed. */
export function hasAddress(values: Pick<ProfileValues, 'street' | 'postcode' | 'city'>): boolean {
  return [values.street, values.postcode, values.city].some((part) => part.trim() !== '');
}

/**
 * An emptied field is sent as null, which clears it on the server (and may unlist the profile).
 * The specialty goes only when it changed: a text written before the catalogue stays until the
 * doctor picks from it, since sent back the server would refuse it. So does the prepayment: on an
 * instance that no longer takes payments the form hides it, and the server would refuse it too.
 */
export function toDoctorChanges(values: ProfileValues, doctor: Pick<Doctor, 'specialty' | 'prepayment'>): DoctorChanges {
  const textOrNull = (value: string) => value.trim() || null;
  const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));
  return {
    ...(values.specialty !== text(doctor.specialty) && { specialty: textOrNull(values.specialty) }),
    experience: numberOrNull(values.experience),
    location: textOrNull(values.location),
    price: numberOrNull(values.price),
    consultationMinutes: Number(values.consultationMinutes),
    timezone: values.timezone,
    about: textOrNull(values.about),
    address: hasAddress(values)
      ? { street: values.street.trim(), postcode: values.postcode.trim(), city: values.city.trim(), country: values.country }
      : null,
    phone: values.phone.trim() === '' ? null : phoneForServer(values.phone),
    accessNotes: textOrNull(values.accessNotes),
    languages: values.languages,
    consultationModes: orderedModes(values.consultationModes),
    rppsNumber: rppsText(values.rppsNumber) || null,
    ...(values.prepayment !== doctor.prepayment && { prepayment: values.prepayment }),
  };
}

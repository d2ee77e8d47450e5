import { ApiError } from '@/api/client';
import type { DoctorProfile, VisitReason } from '@/api/doctors';
import { formatPrice } from '@/lib/time';

/** The fee a booking costs: the reason's own, else the doctor's; null when neither is set. */
export function consultationFee(doctor: Pick<DoctorProfile, 'price' | 'currency'>,
                                reason: Pick<VisitReason, 'price' | 'currency'> | null): string | null {
  if (reason && reason.price !== null && reason.currency !== null) return formatPrice(reason.price, reason.currency);
  return doctor.price !== null && doctor.currency !== null ? formatPrice(doctor.price, doctor.currency) : null;
}

/**
 * Whether the server refused a booking because the reasons offered changed under the patient:
 * the chosen one was archived (`unknown_visit_reason`), or the doctor now asks for one (`required`).
 * A reason kept for patients already seen is a 409 whose message says all instead.
 */
export function reasonsChanged(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'validation_failed' &&
    ('reasonId' in error.problems || 'reasonId' in error.fields);
}

/**
 * Whether the server refused the booking's consultation mode: the doctor no longer consults that
 * way (`mode_not_offered`), or the visit reason's mode changed (`one_of`).
 */
export function modeRefused(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'validation_failed' &&
    ('mode' in error.problems || 'mode' in error.fields);
}

/** The shortest and longest lengths a doctor is booked for: those of their reasons, else their consultation's. */
export function consultationLengths(consultationMinutes: number, reasons: Pick<VisitReason, 'durationMinutes'>[]) {
  const lengths = reasons.length > 0 ? reasons.map((reason) => reason.durationMinutes) : [consultationMinutes];
  return { shortest: Math.min(...lengths), longest: Math.max(...lengths) };
}

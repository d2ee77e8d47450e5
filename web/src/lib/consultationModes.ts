// How a doctor consults (at the practice, by video) and what that leaves to choose: the ways a
// visit can be booked, offered or searched for.
import type { ConsultationMode, DoctorProfile, VisitReason } from '@/api/doctors';

/** Every mode, in the order the app lists them: the practice first. */
export const consultationModes: readonly ConsultationMode[] = ['inPerson', 'video'];

/** The known modes among `modes`, in the app's order, each once. */
export function orderedModes(modes: readonly string[]): ConsultationMode[] {
  return consultationModes.filter((mode) => modes.includes(mode));
}

/** How a doctor's ways of consulting are said in a word: at the practice, by video, or both. */
export type ModesSummary = ConsultationMode | 'both';

export function modesSummary(modes: readonly ConsultationMode[]): ModesSummary {
  const offered = orderedModes(modes);
  if (offered.length === 1) return offered[0]!;
  // The server never sends an empty list; a doctor who says nothing consults at the practice.
  return offered.length === 0 ? 'inPerson' : 'both';
}

export function offersVideo(doctor: Pick<DoctorProfile, 'consultationModes'>): boolean {
  return doctor.consultationModes.includes('video');
}

/**
 * The modes a visit with this doctor can be booked in: the visit reason's own (it fixes the
 * mode), else every mode the doctor offers.
 */
export function bookableModes(doctor: Pick<DoctorProfile, 'consultationModes'>,
                              reason: Pick<VisitReason, 'mode'> | null): ConsultationMode[] {
  if (reason) return [reason.mode];
  const offered = orderedModes(doctor.consultationModes);
  return offered.length > 0 ? offered : ['inPerson'];
}

/**
 * The mode a booking is in: `chosen` when it is one of `modes`, else the first of them (the
 * practice, when the doctor consults there), as the server's default is.
 */
export function bookingMode(modes: readonly ConsultationMode[], chosen: ConsultationMode | null): ConsultationMode {
  return chosen !== null && modes.includes(chosen) ? chosen : (modes[0] ?? 'inPerson');
}

/**
 * The modes a doctor's visit reason may take: those the doctor offers, and the reason's own so
 * that changing it does not silently change its mode.
 */
export function reasonModes(doctorModes: readonly ConsultationMode[], current?: ConsultationMode): ConsultationMode[] {
  const modes = orderedModes(current ? [...doctorModes, current] : doctorModes);
  return modes.length > 0 ? modes : ['inPerson'];
}

// What the review pages compute, as the server decides: a patient reviews a completed visit
// within 60 days of its start, with a rating of 1 to 5, a comment of at most 2000 characters and a
// name of at most 60 (characters are code points, once trimmed); a doctor's report gives a reason
// of at most 1000.
import type { Appointment } from '@/api/appointments';
import type { Review, ReviewChanges, ReviewInput } from '@/api/reviews';
import { currentLocale } from '@/i18n';

export const reviewPeriodDays = 60;
export const commentMaxLength = 2000;
export const displayNameMaxLength = 60;
export const flagReasonMaxLength = 1000;

export type StarFill = 'full' | 'half' | 'empty';

/** The five stars of a rating from 0 to 5, to the nearest half star (4.3 shows 4½). */
export function starFills(rating: number): StarFill[] {
  const halves = Math.round(Math.min(5, Math.max(0, rating)) * 2);
  return [1, 2, 3, 4, 5].map((star) => (halves >= star * 2 ? 'full' : halves === star * 2 - 1 ? 'half' : 'empty'));
}

/** An average in figures, to one decimal as the stars show it: "4.5", "4,5" in French. */
export function formatRating(rating: number): string {
  return new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(rating);
}

/**
 * What the patient's appointment page offers: nothing unless the instance has reviews and the
 * doctor marked the visit completed; then the form until 60 days after its start (`open`), and
 * after that only the review they may have written (`over`).
 */
export function reviewOffer(appointment: Pick<Appointment, 'status' | 'appointmentDate'>, now: number,
                            reviewsOn: boolean): 'none' | 'open' | 'over' {
  if (!reviewsOn || appointment.status !== 'completed') return 'none';
  const periodEnd = Date.parse(appointment.appointmentDate) + reviewPeriodDays * 86_400_000;
  return now <= periodEnd ? 'open' : 'over';
}

/** The review form's values: the rating is a radio button's value, `''` until one is chosen. */
export interface ReviewValues {
  rating: string;
  comment: string;
  displayName: string;
}

export const reviewFields = ['rating', 'comment', 'displayName'] as const;

/** The form's start: the review being changed, or a blank one. */
export function reviewValues(review?: Pick<Review, 'rating' | 'comment' | 'displayName'>): ReviewValues {
  return review
    ? { rating: String(review.rating), comment: review.comment, displayName: review.displayName ?? '' }
    : { rating: '', comment: '', displayName: '' };
}

/** The POST's body: texts trimmed, and those left blank not sent (the name then shows "Patient"). */
export function toReviewInput(appointmentId: string, values: ReviewValues): ReviewInput {
  const input: ReviewInput = { appointmentId, rating: Number(values.rating) };
  const comment = values.comment.trim();
  const displayName = values.displayName.trim();
  if (comment) input.comment = comment;
  if (displayName) input.displayName = displayName;
  return input;
}

/** The PATCH's body: every field, a blank comment removed and a blank name back to "Patient" (null). */
export function toReviewChanges(values: ReviewValues): ReviewChanges {
  return {
    rating: Number(values.rating),
    comment: values.comment.trim() || null,
    displayName: values.displayName.trim() || null,
  };
}

import { api, queryString } from './client';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/** A review as its author sees it, with where it stands (`published`, `flagged`, `hidden`). */
export type Review = Schemas['Review'];
/** A review as anyone sees it: nothing in it says who wrote it. */
export type PublicReview = Schemas['PublicReview'];
export type PublicReviewPage = Schemas['PublicReviewPage'];
export type ReviewInput = Schemas['ReviewInput'];
/** Absent fields stay; a null comment removes it, a null displayName shows "Patient" again. */
export type ReviewChanges = Schemas['ReviewChanges'];
export type ReviewQuery = NonNullable<operations['listDoctorReviews']['parameters']['query']>;

const review = (id: string) => `/reviews/${encodeURIComponent(id)}`;

// Every endpoint answers 404 on an instance without reviews (MEDIMEET_REVIEWS=off).
export const reviewsApi = {
  /** Public: the doctor's shown reviews, newest first. */
  ofDoctor: (doctorId: string, query: ReviewQuery, signal?: AbortSignal) =>
    api.get<PublicReviewPage>(`/doctors/${encodeURIComponent(doctorId)}/reviews${queryString({ ...query })}`, signal),
  /** The signed-in patient's review of their appointment; 404 while they wrote none. */
  ofAppointment: (appointmentId: string, signal?: AbortSignal) =>
    api.get<Review>(`/appointments/${encodeURIComponent(appointmentId)}/review`, signal),
  /** 409 visit_not_completed, review_period_over (60 days after the visit) or already_reviewed. */
  write: (input: ReviewInput) => api.post<Review>('/reviews', input),
  /** 409 review_hidden once the moderators hid it. */
  change: (id: string, changes: ReviewChanges) => api.patch<Review>(review(id), changes),
  remove: (id: string) => api.delete<void>(review(id)),
  /** The reviewed doctor asks the moderators to examine it; 409 review_kept once they kept it. */
  flag: (id: string, reason: string) =>
    api.post<void>(`${review(id)}/flag`, { reason } satisfies Schemas['ReviewFlag']),
};

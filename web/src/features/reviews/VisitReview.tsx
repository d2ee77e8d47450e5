import { useId, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { noneIfNotFound } from '@/api/client';
import { reviewsApi } from '@/api/reviews';
import { SuccessStatus } from '@/features/profile/SuccessStatus';
import { useNow } from '@/lib/useNow';
import { QueryResult } from '@/ui/QueryResult';
import { OwnReview } from './OwnReview';
import { ReviewForm } from './ReviewForm';
import { reviewKeys } from './queryKeys';
import { reviewOffer, reviewPeriodDays } from './reviewRules';
import { useReviewsOn } from './useReviewsOn';
import './reviews.css';

/**
 * On the patient's page of a completed visit: their review of it, or the form to write one
 * (until the review period is over); nothing for another appointment or without reviews.
 */
export function VisitReview({ appointment }: { appointment: Appointment }) {
  const reviewsOn = useReviewsOn();
  const now = useNow();
  const offer = reviewOffer(appointment, now, reviewsOn);
  if (offer === 'none') return null;
  return <VisitReviewSection appointmentId={appointment._id} periodOver={offer === 'over'} />;
}

function VisitReviewSection({ appointmentId, periodOver }: { appointmentId: string; periodOver: boolean }) {
  const { t } = useTranslation('reviews');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const review = useQuery({
    queryKey: reviewKeys.ofAppointment(appointmentId),
    // The server's 404 for a visit the patient has not reviewed is no failure: there is no review yet.
    queryFn: ({ signal }) => reviewsApi.ofAppointment(appointmentId, signal).catch(noneIfNotFound),
  });
  // The form or the Delete button that had the focus is gone: the section's heading takes it.
  const replaced = (message: string) => {
    setStatus(message);
    heading.current?.focus();
  };
  return (
    <section className="card reviews-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{t('visit.title')}</h2>
      <QueryResult query={review}>
        {(mine) => mine ? (
          <OwnReview review={mine} appointmentId={appointmentId} periodOver={periodOver} labelledBy={headingId}
                     onSaved={() => setStatus(t('visit.saved'))} onDeleted={() => replaced(t('visit.deleted'))} />
        ) : periodOver ? (
          <p>{t('visit.periodOver', { days: reviewPeriodDays })}</p>
        ) : (
          <>
            <p>{t('visit.intro')}</p>
            <ReviewForm appointmentId={appointmentId} labelledBy={headingId}
                        onSaved={() => replaced(t('visit.published'))} />
          </>
        )}
      </QueryResult>
      <SuccessStatus message={status} />
    </section>
  );
}

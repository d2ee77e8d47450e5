import { useId, useRef, useState, type ReactNode } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type PublicReview } from '@/api/reviews';
import { useSession } from '@/auth/session';
import { formatDay } from '@/lib/time';
import { Pagination } from '@/ui/Pagination';
import { QueryResult } from '@/ui/QueryResult';
import { FlagReview } from './FlagReview';
import { StarRating } from './StarRating';
import { reviewKeys } from './queryKeys';
import { reviewPeriodDays } from './reviewRules';
import { useReviewsOn } from './useReviewsOn';
import './reviews.css';

const PAGE_SIZE = 10;

/**
 * The doctor page's reviews, newest first, under how they are collected and checked. The doctor
 * looking at their own page may report each one to the moderators.
 */
export function DoctorReviews({ doctorId }: { doctorId: string }) {
  const reviewsOn = useReviewsOn();
  return reviewsOn ? <ReviewsSection doctorId={doctorId} /> : null;
}

function ReviewsSection({ doctorId }: { doctorId: string }) {
  const { t } = useTranslation('reviews');
  const { user } = useSession();
  const ownPage = user?.role === 'doctor' && user._id === doctorId;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [page, setPage] = useState(1);
  // The public list does not say which reviews the doctor reported: the page remembers those it sent.
  const [reported, setReported] = useState<ReadonlySet<string>>(new Set());
  const reviews = useQuery({
    queryKey: reviewKeys.ofDoctor(doctorId, page),
    queryFn: ({ signal }) => reviewsApi.ofDoctor(doctorId, { page, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <section className="card reviews-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{t('list.title')}</h2>
      <ReviewRules />
      {ownPage && (
        <div className="alert alert-info">
          <p>{t('list.ownPage')}</p>
        </div>
      )}
      <QueryResult query={reviews}>
        {({ reviews: shown, total }) => total === 0 ? <p className="muted">{t('rating.none')}</p> : (
          <>
            <ul className="reviews-list">
              {shown.map((review) => (
                <li key={review._id}>
                  <ReviewItem review={review}>
                    {(authorId) => ownPage && (
                      <FlagReview reviewId={review._id} describedBy={authorId} reported={reported.has(review._id)}
                                  onReported={() => setReported((before) => new Set(before).add(review._id))} />
                    )}
                  </ReviewItem>
                </li>
              ))}
            </ul>
            <Pagination page={page} total={total} limit={PAGE_SIZE} label={t('list.pages')}
                        onPageChange={(next) => {
                          setPage(next);
                          heading.current?.focus();
                        }} />
          </>
        )}
      </QueryResult>
    </section>
  );
}

/**
 * How reviews are collected and checked, always in sight of them: French consumer law (Code de
 * la consommation, art. L.111-7-2) requires whoever publishes reviews to say so.
 */
function ReviewRules() {
  const { t } = useTranslation('reviews');
  const headingId = useId();
  return (
    <section className="reviews-rules" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('rules.title')}</h3>
      <ul>
        <li>{t('rules.verified', { days: reviewPeriodDays })}</li>
        <li>{t('rules.unpaid')}</li>
        <li>{t('rules.order')}</li>
        <li>{t('rules.moderation')}</li>
        <li>{t('rules.noReply')}</li>
        <li>{t('rules.name')}</li>
      </ul>
    </section>
  );
}

interface ReviewItemProps {
  review: PublicReview;
  /** What follows the review (the doctor's report button), given the id of the author's name. */
  children: (authorId: string) => ReactNode;
}

/** One review as anyone sees it: its stars, the name its author chose, the day, the comment. */
function ReviewItem({ review, children }: ReviewItemProps) {
  const { t } = useTranslation('reviews');
  const authorId = useId();
  return (
    <article className="reviews-item" aria-labelledby={authorId}>
      <div className="reviews-item-head">
        <h3 id={authorId} className="reviews-author">{review.displayName}</h3>
        <StarRating rating={review.rating} label={t('rating.single', { rating: review.rating })} />
        {/* The day it was written, in UTC: the server gives no time, which could point at the visit. */}
        <time className="reviews-date" dateTime={review.date}>{formatDay(review.date, { dateStyle: 'long' })}</time>
      </div>
      {review.comment && <p className="reviews-comment">{review.comment}</p>}
      {children(authorId)}
    </article>
  );
}

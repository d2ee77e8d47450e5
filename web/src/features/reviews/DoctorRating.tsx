import { useTranslation } from 'react-i18next';
import type { DoctorProfile } from '@/api/doctors';
import { StarRating } from './StarRating';
import { formatRating } from './reviewRules';
import { useReviewsOn } from './useReviewsOn';
import './reviews.css';

/** A doctor's average rating and how many reviews it comes from; nothing on an instance without reviews. */
export function DoctorRating({ doctor }: { doctor: Pick<DoctorProfile, 'averageRating' | 'reviewCount'> }) {
  const { t } = useTranslation('reviews');
  const reviewsOn = useReviewsOn();
  if (!reviewsOn) return null;
  if (doctor.reviewCount === 0) return <p className="reviews-rating muted">{t('rating.none')}</p>;
  const rating = formatRating(doctor.averageRating);
  return (
    <p className="reviews-rating">
      <StarRating rating={doctor.averageRating} label={t('rating.label', { rating, count: doctor.reviewCount })}>
        <span className="reviews-rating-value">{rating}</span>
        <span className="reviews-rating-count">{t('rating.count', { count: doctor.reviewCount })}</span>
      </StarRating>
    </p>
  );
}

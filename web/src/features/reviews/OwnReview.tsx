import type { Ref } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type Review } from '@/api/reviews';
import { Details } from '@/features/care/Details';
import { careKeys } from '@/features/care/queryKeys';
import { useDisclosure } from '@/features/practice/useDisclosure';
import { browserTimeZone, formatDate } from '@/lib/time';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { ReviewForm } from './ReviewForm';
import { StarRating } from './StarRating';
import { reviewKeys } from './queryKeys';
import { reviewPeriodDays } from './reviewRules';
import './reviews.css';

const statusBadge = {
  published: 'badge badge-success',
  flagged: 'badge',
  hidden: 'badge badge-error',
} as const;

interface OwnReviewProps {
  review: Review;
  appointmentId: string;
  /** Past the review period, deleting the review is final: the patient cannot write another. */
  periodOver: boolean;
  /** The element naming the form while the review is changed. */
  labelledBy: string;
  onSaved: () => void;
  onDeleted: () => void;
}

/** The patient's review of the visit, where it stands with the moderators, to change or delete. */
export function OwnReview({ review, appointmentId, periodOver, labelledBy, onSaved, onDeleted }: OwnReviewProps) {
  const { t } = useTranslation('reviews');
  // Each closes back onto its button: the form after saving or canceling, the confirmation on "Keep it".
  const editing = useDisclosure<HTMLElement>();
  const deleting = useDisclosure<HTMLButtonElement>();
  if (editing.open) {
    return (
      <ReviewForm appointmentId={appointmentId} review={review} labelledBy={labelledBy}
                  onSaved={() => {
                    editing.toggle(false);
                    onSaved();
                  }}
                  onCancel={() => editing.toggle(false)} />
    );
  }
  return (
    <>
      <p className="reviews-own-status">
        <span className={statusBadge[review.status]}>{t(`own.status.${review.status}`)}</span>{' '}
        {t(`own.statusNote.${review.status}`)}
      </p>
      <StarRating rating={review.rating} label={t('rating.single', { rating: review.rating })} />
      {review.comment && <p className="reviews-comment">{review.comment}</p>}
      <Details rows={[
        [t('own.shownAs'), review.displayName ?? t('own.anonymous')],
        [t('own.writtenOn'), formatDate(review.createdAt, browserTimeZone(), { dateStyle: 'long' })],
      ]} />
      {deleting.open ? (
        <DeleteConfirmation review={review} appointmentId={appointmentId} periodOver={periodOver}
                            confirmButton={deleting.inside} onKeep={() => deleting.toggle(false)} onDeleted={onDeleted} />
      ) : (
        <div className="form-actions">
          {/* The moderators' decision stands: a hidden review can only go. */}
          {review.status !== 'hidden' && (
            <button ref={editing.opener} type="button" className="button button-small button-secondary"
                    onClick={() => editing.toggle(true)}>
              {t('own.edit')}
            </button>
          )}
          <button ref={deleting.opener} type="button" className="button button-small button-secondary"
                  onClick={() => deleting.toggle(true)}>
            {t('own.delete')}
          </button>
        </div>
      )}
    </>
  );
}

interface DeleteConfirmationProps {
  review: Review;
  appointmentId: string;
  periodOver: boolean;
  confirmButton: Ref<HTMLButtonElement>;
  onKeep: () => void;
  onDeleted: () => void;
}

function DeleteConfirmation({ review, appointmentId, periodOver, confirmButton, onKeep, onDeleted }: DeleteConfirmationProps) {
  const { t } = useTranslation('reviews');
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => reviewsApi.remove(review._id),
    onSuccess: () => {
      queryClient.setQueryData(reviewKeys.ofAppointment(appointmentId), null);
      void queryClient.invalidateQueries({ queryKey: careKeys.doctors });
      onDeleted();
    },
  });
  return (
    <div className="reviews-confirm" role="group" aria-label={t('own.delete')}>
      <p>{periodOver ? t('own.confirmDeleteFinal', { days: reviewPeriodDays }) : t('own.confirmDelete')}</p>
      <div className="form-actions">
        <button ref={confirmButton} type="button" className="button button-small button-danger"
                disabled={remove.isPending} onClick={() => remove.mutate()}>
          {t(remove.isPending ? 'own.deleting' : 'own.delete')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onKeep}>
          {t('own.keep')}
        </button>
      </div>
      <ErrorAlert error={remove.error} />
    </div>
  );
}

import { useEffect, useId } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reviewsApi, type Review } from '@/api/reviews';
import { isTooLong } from '@/lib/textLength';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Field } from '@/ui/Field';
import { useServerForm } from '@/ui/useServerForm';
import { careKeys } from '../care/queryKeys';
import { reviewKeys } from './queryKeys';
import {
  commentMaxLength, displayNameMaxLength, reviewFields, reviewValues, toReviewChanges, toReviewInput,
  type ReviewValues,
} from './reviewRules';
import './reviews.css';

interface ReviewFormProps {
  appointmentId: string;
  /** The review to change; without one, the form writes the visit's review. */
  review?: Review;
  /** The element naming the form. */
  labelledBy: string;
  onSaved: (review: Review) => void;
  onCancel?: () => void;
}

/** The patient's review of a visit, written or changed: stars, an optional comment and the name shown. */
export function ReviewForm({ appointmentId, review, labelledBy, onSaved, onCancel }: ReviewFormProps) {
  const { t } = useTranslation('reviews');
  const queryClient = useQueryClient();
  const form = useForm<ReviewValues>({ defaultValues: reviewValues(review) });
  const server = useServerForm(form);
  // Opened to change the review: straight to its comment, what people change most.
  const changing = review !== undefined;
  useEffect(() => {
    if (changing) form.setFocus('comment');
  }, [form, changing]);
  const save = useMutation({
    mutationFn: (values: ReviewValues) => review
      ? reviewsApi.change(review._id, toReviewChanges(values))
      : reviewsApi.write(toReviewInput(appointmentId, values)),
    onSuccess: (saved) => {
      queryClient.setQueryData(reviewKeys.ofAppointment(appointmentId), saved);
      // The doctor's average, count and reviews show on their page and in search results.
      void queryClient.invalidateQueries({ queryKey: careKeys.doctors });
      onSaved(saved);
    },
    onError: (error) => server.fail(error, reviewFields),
  });
  const { errors } = form.formState;
  return (
    <form className="reviews-form" aria-labelledby={labelledBy} noValidate
          onSubmit={server.handleSubmit((values) => save.mutate(values))}>
      <StarChoice form={form} />
      <Field label={t('form.comment')} hint={t('form.commentHint', { count: commentMaxLength })}
             error={errors.comment?.message}>
        <textarea rows={4} {...form.register('comment', {
          validate: (comment) => !isTooLong(comment, commentMaxLength) || t('form.commentTooLong', { count: commentMaxLength }),
        })} />
      </Field>
      <Field label={t('form.displayName')} hint={t('form.displayNameHint')} error={errors.displayName?.message}>
        <input autoComplete="nickname" {...form.register('displayName', {
          validate: (name) => !isTooLong(name, displayNameMaxLength) ||
            t('form.displayNameTooLong', { count: displayNameMaxLength }),
        })} />
      </Field>
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending
            ? t(changing ? 'form.saving' : 'form.publishing')
            : t(changing ? 'form.save' : 'form.publish')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>{t('form.cancel')}</button>
        )}
      </div>
    </form>
  );
}

/**
 * The rating: five radio buttons drawn as stars, filled up to the one chosen. They stay native
 * radios (transparent, over their stars), so arrows move between them and each is named "4 stars".
 */
function StarChoice({ form }: { form: UseFormReturn<ReviewValues> }) {
  const { t } = useTranslation('reviews');
  const errorId = useId();
  const chosen = Number(useWatch({ control: form.control, name: 'rating' }));
  const error = form.formState.errors.rating?.message;
  return (
    <fieldset className={error ? 'reviews-star-choice field-invalid' : 'reviews-star-choice'}
              aria-describedby={error ? errorId : undefined}>
      <legend>{t('form.rating')}</legend>
      <div className="reviews-star-options">
        {[1, 2, 3, 4, 5].map((stars) => (
          <label key={stars} className={stars <= chosen ? 'reviews-star-option reviews-star-option-on' : 'reviews-star-option'}>
            <input type="radio" value={String(stars)}
                   {...form.register('rating', { required: t('form.ratingRequired') })} />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('form.stars', { count: stars })}</span>
          </label>
        ))}
      </div>
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </fieldset>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reviewsApi } from '@/api/reviews';
import { useDisclosure } from '@/features/practice/useDisclosure';
import { isTooLong } from '@/lib/textLength';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Field } from '@/ui/Field';
import { useServerForm } from '@/ui/useServerForm';
import { flagReasonMaxLength } from './reviewRules';
import './reviews.css';

interface FlagReviewProps {
  reviewId: string;
  /** The review's author heading, which tells the list's report buttons apart. */
  describedBy: string;
  /** Reported from this page: the public list does not say so. */
  reported: boolean;
  onReported: () => void;
}

/**
 * The reviewed doctor's "Report to the moderators", then in place why, then "Reported". The
 * review stays shown until the moderators decide.
 */
export function FlagReview({ reviewId, describedBy, reported, onReported }: FlagReviewProps) {
  const { t } = useTranslation('reviews');
  // Closing the form without reporting gives the focus back to the button that opened it.
  const reporting = useDisclosure<HTMLElement>();
  const [justSent, setJustSent] = useState(false);
  if (reported) return <ReportedNote focus={justSent} />;
  if (!reporting.open) {
    return (
      <button ref={reporting.opener} type="button" className="button button-small button-secondary reviews-flag"
              aria-describedby={describedBy} onClick={() => reporting.toggle(true)}>
        {t('flag.open')}
      </button>
    );
  }
  return (
    <FlagForm reviewId={reviewId} onCancel={() => reporting.toggle(false)} onReported={() => {
      setJustSent(true);
      onReported();
    }} />
  );
}

interface FlagValues {
  reason: string;
}

function FlagForm({ reviewId, onCancel, onReported }: { reviewId: string; onCancel: () => void; onReported: () => void }) {
  const { t } = useTranslation('reviews');
  const form = useForm<FlagValues>({ defaultValues: { reason: '' } });
  const server = useServerForm(form);
  useEffect(() => form.setFocus('reason'), [form]);
  const flag = useMutation({
    mutationFn: ({ reason }: FlagValues) => reviewsApi.flag(reviewId, reason.trim()),
    onSuccess: onReported,
    onError: (error) => server.fail(error, ['reason']),
  });
  return (
    <form className="reviews-flag-form" aria-label={t('flag.open')} noValidate
          onSubmit={server.handleSubmit((values) => flag.mutate(values))}>
      <Field label={t('flag.reason')} hint={t('flag.reasonHint', { count: flagReasonMaxLength })}
             error={form.formState.errors.reason?.message}>
        <textarea rows={3} {...form.register('reason', {
          validate: (reason) => {
            if (reason.trim() === '') return t('flag.reasonRequired');
            return !isTooLong(reason, flagReasonMaxLength) || t('flag.reasonTooLong', { count: flagReasonMaxLength });
          },
        })} />
      </Field>
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={flag.isPending}>
          {t(flag.isPending ? 'flag.sending' : 'flag.send')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onCancel}>
          {t('flag.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Where the form was: the report is sent. It takes the focus when it replaces the form. */
function ReportedNote({ focus }: { focus: boolean }) {
  const { t } = useTranslation('reviews');
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) note.current?.focus();
  }, [focus]);
  return (
    <p className="reviews-reported" ref={note} tabIndex={-1}>
      <span className="badge">{t('flag.reported')}</span> {t('flag.reportedNote')}
    </p>
  );
}

import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi } from '@/api/appointments';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Section } from './Section';
import { SuccessStatus } from './SuccessStatus';

type Copying = 'idle' | 'copied' | 'refused';

/**
 * A private feed URL for calendar apps. The server keeps only a hash of its secret, so a URL is
 * shown once, when it is made; making a new one is also how a leaked one is disabled.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation('profile');
  const [copying, setCopying] = useState<Copying>('idle');
  const urlInput = useRef<HTMLInputElement>(null);
  const rotate = useMutation({
    mutationFn: appointmentsApi.rotateCalendarFeed,
    onMutate: () => setCopying('idle'),
  });

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopying('copied');
    } catch {
      // No clipboard access (refused, or not a secure context): select the link for the keyboard.
      urlInput.current?.select();
      setCopying('refused');
    }
  }

  const status = rotate.isSuccess
    ? { idle: t('calendar.created'), copied: t('calendar.copied'), refused: t('calendar.copyRefused') }[copying]
    : null;

  return (
    <Section title={t('calendar.title')}>
      <p>{t('calendar.intro')}</p>
      <div className="alert alert-warning">
        <p>{t('calendar.warning')}</p>
      </div>
      {rotate.data && (
        <div className="profile-copy">
          <Field label={t('calendar.url')}>
            <input ref={urlInput} readOnly value={rotate.data.url} onFocus={(event) => event.currentTarget.select()} />
          </Field>
          <button type="button" className="button" onClick={() => void copy(rotate.data.url)}>
            {t('calendar.copy')}
          </button>
        </div>
      )}
      <SuccessStatus message={status} />
      <ErrorAlert error={rotate.error} />
      <div className="form-actions">
        <button type="button" className={rotate.data ? 'button button-secondary' : 'button'}
                disabled={rotate.isPending} onClick={() => rotate.mutate()}>
          {t(rotate.data ? 'calendar.createNew' : 'calendar.create')}
        </button>
      </div>
    </Section>
  );
}

import { useRef, useState, type KeyboardEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { messagesApi, type Message } from '@/api/messages';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { fieldProblemTexts } from '@/ui/errors';
import { Field } from '@/ui/Field';
import { charactersLeft, nextAttempt, showsCounter, type SendAttempt } from './composerRules';
import './messages.css';

interface MessageComposerProps {
  receiverId: string;
  /** As the page names them ("Dr Hélène Martin"). */
  receiverName: string;
  onSent: (message: Message) => void;
}

/**
 * Where the user writes: Enter sends, Shift+Enter starts a new line. A send that failed keeps its
 * Idempotency-Key for as long as its text is unchanged, so that retrying it cannot post it twice.
 */
export function MessageComposer({ receiverId, receiverName, onSent }: MessageComposerProps) {
  const { t } = useTranslation('messages');
  const [content, setContent] = useState('');
  const [failed, setFailed] = useState<SendAttempt | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const send = useMutation({
    mutationFn: (attempt: SendAttempt) =>
      messagesApi.send({ receiverId, content: attempt.content }, attempt.idempotencyKey),
    onSuccess: (message) => {
      setContent('');
      setFailed(null);
      onSent(message);
      textarea.current?.focus();
    },
    onError: (_error, attempt) => setFailed(attempt),
  });
  const left = charactersLeft(content);
  const submit = () => {
    const text = content.trim();
    if (text === '' || left < 0 || send.isPending) return;
    send.mutate(nextAttempt(text, failed));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // isComposing: Enter also confirms a word typed with an input method (Japanese, say).
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
  const contentProblem = left < 0 ? t('composer.tooLong', { count: -left }) : fieldProblemTexts(send.error).content;
  const tooFast = send.error instanceof ApiError && send.error.status === 429
    ? t('composer.tooFast', { count: send.error.retryAfterSeconds ?? 60 })
    : undefined;
  return (
    <form className="messages-composer" noValidate onSubmit={(event) => {
      event.preventDefault();
      submit();
    }}>
      <Field label={t('composer.label', { name: receiverName })} error={contentProblem}
             hint={showsCounter(left) && left >= 0
               ? `${t('composer.hint')} ${t('composer.left', { count: left })}`
               : t('composer.hint')}>
        <textarea ref={textarea} rows={3} value={content} readOnly={send.isPending}
                  onChange={(event) => setContent(event.target.value)} onKeyDown={onKeyDown} />
      </Field>
      <ErrorAlert error={send.error} shownFields={contentProblem ? ['content'] : []} message={tooFast} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={send.isPending || left < 0 || content.trim() === ''}>
          {t(send.isPending ? 'composer.sending' : 'composer.send')}
        </button>
      </div>
    </form>
  );
}

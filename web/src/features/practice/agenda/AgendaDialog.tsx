import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../practice.css';

interface AgendaDialogProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A dialog over the calendar. A modal <dialog> keeps the focus inside, closes with Escape and
 * gives the focus back.
 */
export function AgendaDialog({ title, onClose, children }: AgendaDialogProps) {
  const { t } = useTranslation('practice');
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // Opened once, even when React runs effects twice in development.
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="agenda-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="agenda-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button-secondary button-small" onClick={() => dialog.current?.close()}>
          {t('agenda.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}

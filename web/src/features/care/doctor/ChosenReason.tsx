import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitReason } from '@/api/doctors';
import '../care.css';

interface ChosenReasonProps {
  reason: VisitReason;
  /** Where the focus goes once the patient has chosen the reason. */
  focusRef: Ref<HTMLParagraphElement>;
  onChange: () => void;
}

/** The reason the free times below are for (they last its length), and the way back to the reasons. */
export function ChosenReason({ reason, focusRef, onChange }: ChosenReasonProps) {
  const { t } = useTranslation('care');
  return (
    <div className="care-chosen-reason">
      <p ref={focusRef} tabIndex={-1}>
        <span className="care-reason-label">{t('reasons.chosen')}</span> <strong>{reason.name}</strong>
        <span className="care-muted">
          {' · '}{t('profile.minutes', { count: reason.durationMinutes })}{' · '}{t(`reasons.modes.${reason.mode}`)}
        </span>
      </p>
      <button type="button" className="button button-secondary button-small" onClick={onChange}>
        {t('reasons.change')}
      </button>
    </div>
  );
}

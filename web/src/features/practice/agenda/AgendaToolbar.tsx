import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '@/lib/time';
import { isCalendarDay, type AgendaView } from './agendaRange';
import '../practice.css';

interface AgendaToolbarProps {
  view: AgendaView;
  day: string;
  today: string;
  onShow: (view: AgendaView, day: string) => void;
}

/** Switches between day and week, steps through them, and jumps to today or any date. */
export function AgendaToolbar({ view, day, today, onShow }: AgendaToolbarProps) {
  const { t } = useTranslation('practice');
  const step = view === 'week' ? 7 : 1;
  const goToDate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = new FormData(event.currentTarget).get('date');
    if (typeof date === 'string' && isCalendarDay(date)) onShow(view, date);
  };
  return (
    <div className="practice-toolbar">
      <div className="practice-segmented" role="group" aria-label={t('agenda.viewLabel')}>
        {(['day', 'week'] as const).map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => onShow(option, day)}>
            {t(`agenda.view.${option}`)}
          </button>
        ))}
      </div>
      <div className="practice-stepper" role="group" aria-label={t('agenda.navigationLabel')}>
        <button type="button" className="button button-secondary button-small"
                onClick={() => onShow(view, addDays(day, -step))}>
          <span aria-hidden="true">←</span> {t(`agenda.previous.${view}`)}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => onShow(view, today)}>
          {t('agenda.today')}
        </button>
        <button type="button" className="button button-secondary button-small"
                onClick={() => onShow(view, addDays(day, step))}>
          {t(`agenda.next.${view}`)} <span aria-hidden="true">→</span>
        </button>
      </div>
      <form className="practice-goto" onSubmit={goToDate}>
        <label htmlFor="practice-goto-date">{t('agenda.goToDate')}</label>
        {/* Keyed by the day shown, so it starts from there again after each move. */}
        <input key={day} id="practice-goto-date" name="date" type="date" defaultValue={day} required />
        <button type="submit" className="button button-secondary button-small">{t('agenda.show')}</button>
      </form>
    </div>
  );
}

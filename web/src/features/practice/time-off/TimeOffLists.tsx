import { useTranslation } from 'react-i18next';
import type { TimeOff } from '@/api/doctors';
import { TimeOffEntry } from './TimeOffEntry';
import '../practice.css';

interface TimeOffListsProps {
  all: TimeOff[];
  timeZone: string;
  now: number;
  onRemoved: (period: string) => void;
}

/** Upcoming and current time off in view; past ones folded away, still there to check or delete. */
export function TimeOffLists({ all, timeZone, now, onRemoved }: TimeOffListsProps) {
  const { t } = useTranslation('practice');
  const past = all.filter((item) => Date.parse(item.end) <= now);
  const upcoming = all.filter((item) => Date.parse(item.end) > now);
  const entries = (items: TimeOff[]) => (
    <ul className="practice-time-off-list">
      {items.map((item) => (
        <TimeOffEntry key={item._id} timeOff={item} timeZone={timeZone} onRemoved={onRemoved}
                      current={Date.parse(item.start) <= now && Date.parse(item.end) > now} />
      ))}
    </ul>
  );
  return (
    <>
      {upcoming.length === 0 ? <p className="practice-empty">{t('timeOff.noneUpcoming')}</p> : entries(upcoming)}
      {past.length > 0 && (
        <details className="practice-past">
          <summary>{t('timeOff.past', { count: past.length })}</summary>
          {entries(past)}
        </details>
      )}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { browserTimeZone, formatDateTime, localDay, sameWallClock, timeZoneLabel } from '@/lib/time';
import './care.css';

const formats = {
  time: { hour: '2-digit', minute: '2-digit' },
  short: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  full: { dateStyle: 'full', timeStyle: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

interface ZonedTimeProps {
  instant: string;
  format: keyof typeof formats;
  /** The doctor's zone: their wall clock is added whenever it differs from the patient's. */
  doctorZone?: string;
}

/**
 * An instant on the patient's own clock (the browser's zone) and, when the doctor lives by
 * another clock, the doctor's time too, so neither has to convert in their head.
 */
export function ZonedTime({ instant, format, doctorZone }: ZonedTimeProps) {
  const { t } = useTranslation('care');
  const patientZone = browserTimeZone();
  const showDoctorClock = doctorZone !== undefined && !sameWallClock(patientZone, doctorZone, instant);
  return (
    <>
      <time dateTime={instant}>{formatDateTime(instant, patientZone, formats[format])}</time>
      {showDoctorClock && (
        <span className="care-doctor-clock">
          <span className="visually-hidden">, </span>
          {t('time.doctorClock', {
            // The doctor's weekday only matters when their day is not the patient's.
            time: formatDateTime(instant, doctorZone,
                                 localDay(instant, doctorZone) === localDay(instant, patientZone)
                                   ? formats.time
                                   : { weekday: 'short', ...formats.time }),
            zone: zonePlace(doctorZone),
          })}
        </span>
      )}
    </>
  );
}

/**
 * The place a zone is named after ("America/New_York" → "New York"): short enough to stand by
 * every time, while the page's notes give the zone in full with timeZoneLabel.
 */
function zonePlace(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** Says which zone the times on the page are in. */
export function YourTimeZoneNote() {
  const { t } = useTranslation('care');
  return <p className="care-zone-note">{t('time.yourZone', { zone: timeZoneLabel(browserTimeZone()) })}</p>;
}

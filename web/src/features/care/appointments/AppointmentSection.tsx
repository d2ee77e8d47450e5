import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '@/api/appointments';
import { QueryResult } from '@/ui/QueryResult';
import { careKeys } from '../queryKeys';
import { Pagination } from '@/ui/Pagination';
import { AppointmentItem } from './AppointmentItem';
import { newestFirst } from './newestFirst';
import '../care.css';

const PAGE_SIZE = 10;

interface AppointmentSectionProps {
  /** Upcoming: the confirmed ones still to come; canceled: those that would have been. */
  kind: 'upcoming' | 'canceled' | 'past';
  /** The instant that splits upcoming from past, fixed while the page is open. */
  now: string;
  /** The patient has just canceled one of them (it moves to the canceled ones). */
  onCanceled?: (appointment: Appointment) => void;
}

/**
 * Upcoming or canceled appointments soonest first, or past ones latest first, page by page. A
 * canceled appointment never sits among the live ones; with none, the canceled section is left out.
 */
export function AppointmentSection({ kind, now, onCanceled }: AppointmentSectionProps) {
  const { t } = useTranslation('care');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: careKeys.appointmentList(kind, now, page),
    queryFn: ({ signal }) =>
      kind === 'past'
        ? newestFirst({ to: now }, page, PAGE_SIZE, signal)
        : appointmentsApi.list({ from: now, status: kind === 'upcoming' ? 'confirmed' : 'canceled', page,
                                 limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  if (kind === 'canceled' && list.data?.total === 0) return null;
  return (
    <section className="care-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{t(`appointments.${kind}.title`)}</h2>
      <QueryResult query={list}>
        {({ appointments, total }) => appointments.length === 0 ? (
          <p>
            {t(`appointments.${kind}.empty`)}
            {kind === 'upcoming' && <> <Link to="/doctors">{t('appointments.findDoctor')}</Link></>}
          </p>
        ) : (
          <>
            <ul className="care-plain-list care-appointment-list">
              {appointments.map((appointment) => (
                <li key={appointment._id}>
                  <AppointmentItem appointment={appointment} upcoming={kind === 'upcoming'} onCanceled={onCanceled}
                                   reviewLink={kind === 'past'} />
                </li>
              ))}
            </ul>
            <Pagination page={page} total={total} limit={PAGE_SIZE}
                        label={t(`appointments.${kind}.pages`)}
                        onPageChange={(next) => {
                          setPage(next);
                          heading.current?.focus();
                        }} />
          </>
        )}
      </QueryResult>
    </section>
  );
}

import { useCallback, useRef, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type PatientOfDoctor, type PatientQuery } from '@/api/appointments';
import { formatDate, formatDateTime, localDay } from '@/lib/time';
import { formatPhone, phoneSearchText } from '@/lib/phone';
import { Pagination } from '@/ui/Pagination';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { practiceKeys, useDoctor } from '../queries';
import { birthAndAge } from './birthDate';
import { PatientSearch } from './PatientSearch';
import '../practice.css';

const PAGE_SIZE = 20;

/** /practice/patients?q=…&page=…: the doctor's patients, searched and paged from the URL. */
export function PatientsPage() {
  const { t } = useTranslation('practice');
  const doctor = useDoctor();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  const query: PatientQuery = { q: phoneSearchText(search) || undefined, page, limit: PAGE_SIZE };
  const patients = useQuery({
    queryKey: practiceKeys.patientsMatching(query),
    queryFn: ({ signal }) => appointmentsApi.myPatients(query, signal),
    // The previous results stay on screen while the next ones load, instead of a flash of nothing.
    placeholderData: keepPreviousData,
  });
  // Typing replaces the URL rather than stacking an entry per pause; a new search starts at page 1.
  const onSearch = useCallback((text: string) => setParams(text ? { q: text } : {}, { replace: true }), [setParams]);
  const count = useRef<HTMLParagraphElement>(null);

  return (
    <Page title={t('patients.title')}>
      <PatientSearch search={search} onSearch={onSearch} />
      <QueryResult query={doctor}>
        {(profile) => (
          <QueryResult query={patients}>
            {({ patients: list, total }) => (
              <>
                <p ref={count} tabIndex={-1} role="status" className="practice-result-count">
                  {search ? t('patients.found', { count: total, search }) : t('patients.total', { count: total })}
                </p>
                {list.length > 0 && <PatientsTable patients={list} timeZone={profile.timezone} />}
                <Pagination page={page} total={total} limit={PAGE_SIZE} label={t('patients.pages')}
                            onPageChange={(next) => {
                              setParams({ ...(search && { q: search }), page: String(next) });
                              count.current?.focus();
                            }} />
              </>
            )}
          </QueryResult>
        )}
      </QueryResult>
    </Page>
  );
}

/** What tells namesakes apart: date of birth, phone and email, and where each stands with the doctor. */
function PatientsTable({ patients, timeZone }: { patients: PatientOfDoctor[]; timeZone: string }) {
  const { t } = useTranslation('practice');
  return (
    <div className="table-wrap">
      <table className="practice-patients">
        <caption className="visually-hidden">{t('patients.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('patients.name')}</th>
            <th scope="col">{t('patients.dateOfBirth')}</th>
            <th scope="col">{t('patients.contact')}</th>
            <th scope="col">{t('patients.lastVisit')}</th>
            <th scope="col">{t('patients.nextAppointment')}</th>
            <th scope="col" className="practice-number">{t('patients.count')}</th>
          </tr>
        </thead>
        <tbody>
          {patients.map((patient) => (
            <tr key={patient._id}>
              <th scope="row"><Link to={`/practice/patients/${patient._id}`}>{patient.name}</Link></th>
              <Cell label={t('patients.dateOfBirth')}>
                {patient.dateOfBirth ? birthAndAge(patient.dateOfBirth, t) : <span className="muted">{t('patient.notGiven')}</span>}
              </Cell>
              <Cell label={t('patients.contact')}>
                <a href={`tel:${patient.phone}`} className="practice-nowrap">{formatPhone(patient.phone)}</a>
                <br />
                <a href={`mailto:${patient.email}`}>{patient.email}</a>
              </Cell>
              <Cell label={t('patients.lastVisit')}>
                {patient.lastVisit
                  ? formatDate(patient.lastVisit, timeZone, { dateStyle: 'medium' })
                  : <span className="muted">{t('patients.noVisit')}</span>}
              </Cell>
              <Cell label={t('patients.nextAppointment')}>
                {patient.nextAppointment ? (
                  <Link to={`/practice?view=day&day=${localDay(patient.nextAppointment, timeZone)}`}>
                    {formatDateTime(patient.nextAppointment, timeZone, { dateStyle: 'medium', timeStyle: 'short' })}
                  </Link>
                ) : <span className="muted">{t('patients.noNext')}</span>}
              </Cell>
              <Cell label={t('patients.count')} className="practice-number">{patient.appointmentCount}</Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A cell that, on a phone where each row becomes a card, says what it holds (the column headers do so for screen readers). */
function Cell({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <td className={className}>
      <span className="practice-cell-label" aria-hidden="true">{label}</span>
      <span>{children}</span>
    </td>
  );
}

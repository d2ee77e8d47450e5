import { useRef } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryApi } from '@/api/doctors';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { careKeys } from '../queryKeys';
import { Pagination } from '@/ui/Pagination';
import { YourTimeZoneNote } from '../ZonedTime';
import { DoctorSearchForm } from './DoctorSearchForm';
import { DoctorList } from './DoctorList';
import { doctorSearch, filtersFrom, pageFrom, searchPath } from './searchFilters';
import '../care.css';

const PAGE_SIZE = 12;

/** /doctors?…: the filters from the URL, their results page by page. */
export function SearchPage() {
  const { t } = useTranslation('care');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const page = pageFrom(params);
  const search = doctorSearch(filters, page, PAGE_SIZE);
  const results = useQuery({
    queryKey: careKeys.search(search),
    queryFn: ({ signal }) => directoryApi.search(search, signal),
    // The previous page stays on screen while the next one loads, instead of a flash of nothing.
    placeholderData: keepPreviousData,
  });
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  return (
    <Page title={t('search.title')}>
      <div className="card">
        {/* A new URL (a link, the back button) starts the form afresh from it. */}
        <DoctorSearchForm key={params.toString()} initial={filters} detailed />
      </div>
      <section className="care-section" aria-labelledby="care-results-heading">
        <h2 id="care-results-heading" ref={resultsHeading} tabIndex={-1}>{t('search.results')}</h2>
        <QueryResult query={results}>
          {({ doctors, total }) => (
            <>
              <p role="status" className="care-result-count">{t('search.found', { count: total })}</p>
              {total === 0 && (
                <div className="card">
                  <p>{t('search.emptyHint')}</p>
                  <p><Link to="/doctors">{t('search.seeAll')}</Link></p>
                </div>
              )}
              {total > 0 && doctors.length === 0 && (
                <p><Link to={searchPath(filters)}>{t('search.firstPage')}</Link></p>
              )}
              {doctors.length > 0 && (
                <>
                  <YourTimeZoneNote />
                  <DoctorList doctors={doctors} />
                  {/* Pages change the URL, so each page can be shared like the search itself. */}
                  <Pagination page={page} total={total} limit={PAGE_SIZE} label={t('search.pagination')}
                              onPageChange={(next) => {
                                navigate(searchPath(filters, next));
                                resultsHeading.current?.focus();
                              }} />
                </>
              )}
            </>
          )}
        </QueryResult>
      </section>
    </Page>
  );
}

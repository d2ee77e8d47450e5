import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryApi } from '@/api/doctors';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { careKeys } from '../queryKeys';
import { DoctorSearchForm } from './DoctorSearchForm';
import { DoctorList } from './DoctorList';
import { filtersFrom, searchPath } from './searchFilters';
import { useSpecialties } from '../../specialties/useSpecialties';
import '../care.css';

const noFilters = filtersFrom(new URLSearchParams());

/** The front door: search, browse by specialty, or start from the most booked doctors. */
export function HomePage() {
  const { t } = useTranslation('care');
  return (
    <Page title={t('home.title')}>
      <p className="care-lead">{t('home.lead')}</p>
      <div className="card care-home-search">
        <DoctorSearchForm initial={noFilters} />
      </div>
      <SpecialtyLinks />
      <PopularDoctors />
      <section className="care-section" aria-labelledby="care-how-heading">
        <h2 id="care-how-heading">{t('home.howTitle')}</h2>
        <ol className="care-steps">
          <li>{t('home.howSearch')}</li>
          <li>{t('home.howChoose')}</li>
          <li>{t('home.howConfirm')}</li>
        </ol>
      </section>
    </Page>
  );
}

function SpecialtyLinks() {
  const { t } = useTranslation('care');
  const specialties = useSpecialties();
  return (
    <section className="care-section" aria-labelledby="care-specialties-heading">
      <h2 id="care-specialties-heading">{t('home.specialtiesTitle')}</h2>
      <QueryResult query={specialties}>
        {(list) => (
          <ul className="care-chips">
            {/* Only those someone practises: the others would lead to no result. */}
            {list.filter(({ count }) => count > 0).map(({ specialty, name, count }) => (
              <li key={specialty}>
                <Link to={searchPath({ specialty })}>
                  {name}
                  <span className="care-chip-count" aria-hidden="true">{count}</span>
                  <span className="visually-hidden"> ({t('home.doctorCount', { count })})</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

function PopularDoctors() {
  const { t } = useTranslation('care');
  const popular = useQuery({
    queryKey: careKeys.popular,
    queryFn: ({ signal }) => directoryApi.popular(signal),
  });
  return (
    <section className="care-section" aria-labelledby="care-popular-heading">
      <h2 id="care-popular-heading">{t('home.popularTitle')}</h2>
      <QueryResult query={popular}>
        {({ doctors }) => (doctors.length === 0 ? <p>{t('home.noDoctors')}</p> : <DoctorList doctors={doctors} />)}
      </QueryResult>
      <p>
        <Link to="/doctors">{t('home.allDoctors')}</Link>
      </p>
    </section>
  );
}

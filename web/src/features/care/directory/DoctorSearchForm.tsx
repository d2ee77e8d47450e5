import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { retryFor } from '@/ui/retryFor';
import { browserTimeZone, localDay } from '@/lib/time';
import { searchPath, sorts, type SearchFilters } from './searchFilters';
import { useSpecialties } from '../../specialties/useSpecialties';
import { useReviewsOn } from '../../reviews/useReviewsOn';

const TEXT_MAX = 200;

interface DoctorSearchFormProps {
  initial: SearchFilters;
  /** Adds the day and the order, for the search page itself. */
  detailed?: boolean;
}

/** Specialty, name and place (and on the search page day and order); searching opens /doctors?…. */
export function DoctorSearchForm({ initial, detailed = false }: DoctorSearchFormProps) {
  const { t } = useTranslation('care');
  const navigate = useNavigate();
  const specialties = useSpecialties();
  // Without reviews every doctor is unrated: best rated would only be another name order.
  const offeredSorts = useReviewsOn() ? sorts : sorts.filter((sort) => sort !== 'rating');
  const form = useForm<SearchFilters>({ defaultValues: initial });
  const { errors } = form.formState;
  const textRules = { maxLength: { value: TEXT_MAX, message: t('search.tooLong', { count: TEXT_MAX }) } };

  // The specialties someone practises, by name; the one searched for is an option even before the
  // list arrives (or if it fails, or it is a word typed in a shared link), so the select keeps it.
  const practised = (specialties.data ?? []).filter((entry) => entry.count > 0);
  const searched = initial.specialty && !practised.some((entry) => entry.specialty === initial.specialty)
    ? [{ specialty: initial.specialty,
         name: specialties.data?.find((entry) => entry.specialty === initial.specialty)?.name ?? initial.specialty }]
    : [];
  const hasFilters = initial.specialty || initial.q || initial.location || initial.availableOn || initial.video;

  return (
    <form role="search" aria-label={t('search.formLabel')} noValidate
          onSubmit={form.handleSubmit((filters) => navigate(searchPath(filters)))}>
      <div className="form-row care-search-fields">
        <Field label={t('search.specialty')}>
          <select {...form.register('specialty')}>
            <option value="">{t('search.anySpecialty')}</option>
            {[...searched, ...practised].map(({ specialty, name }) => (
              <option key={specialty} value={specialty}>{name}</option>
            ))}
          </select>
        </Field>
        <Field label={t('search.name')} error={errors.q?.message}>
          <input type="search" autoComplete="off" {...form.register('q', textRules)} />
        </Field>
        <Field label={t('search.location')} error={errors.location?.message}>
          <input type="search" autoComplete="address-level2" {...form.register('location', textRules)} />
        </Field>
        {detailed && (
          <Field label={t('search.availableOn')}>
            <input type="date" min={localDay(new Date(), browserTimeZone())} {...form.register('availableOn')} />
          </Field>
        )}
        {detailed && (
          <Field label={t('search.sort')}>
            <select {...form.register('sort')}>
              {offeredSorts.map((sort) => (
                <option key={sort} value={sort}>{t(`search.sorts.${sort}`)}</option>
              ))}
            </select>
          </Field>
        )}
      </div>
      {detailed && (
        <label className="choice care-search-video">
          <input type="checkbox" {...form.register('video')} />
          {t('search.video')}
        </label>
      )}
      {specialties.isError && <ErrorAlert error={specialties.error} onRetry={retryFor(specialties)} />}
      <div className="form-actions">
        <button type="submit" className="button">{t('search.submit')}</button>
        {detailed && hasFilters && <Link to="/doctors">{t('search.clear')}</Link>}
      </div>
    </form>
  );
}

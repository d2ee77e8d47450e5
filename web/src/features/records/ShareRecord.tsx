import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { medicalRecordsApi, type MedicalRecord } from '@/api/medicalRecords';
import { SuccessStatus } from '@/features/profile/SuccessStatus';
import { browserTimeZone, formatDate } from '@/lib/time';
import { fieldProblemTexts } from '@/ui/errors';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Field } from '@/ui/Field';
import { QueryResult } from '@/ui/QueryResult';
import { useMyDoctors, useRefreshRecords } from './queries';
import { shareableDoctors } from './recordViews';
import './records.css';

/** The patient lets another of their doctors read a record, or takes it back. */
export function ShareRecord({ record }: { record: MedicalRecord & { _id: string } }) {
  const { t } = useTranslation('records');
  const headingId = useId();
  const doctors = useMyDoctors();
  const refresh = useRefreshRecords();
  const [doctorId, setDoctorId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const share = useMutation({
    mutationFn: (id: string) => medicalRecordsApi.share(record._id, id),
    onSuccess: async (shared, id) => {
      setDoctorId('');
      const name = shared.sharedWith.find((grant) => grant.doctorId === id)?.name ?? '';
      setStatus(t('share.shared', { name }));
      await refresh();
    },
  });
  const unshare = useMutation({
    mutationFn: ({ id }: { id: string; name: string }) => medicalRecordsApi.unshare(record._id, id),
    onSuccess: async (_nothing, { name }) => {
      setStatus(t('share.unshared', { name }));
      await refresh();
    },
  });
  const doctorProblem = fieldProblemTexts(share.error).doctorId;
  return (
    <section className="records-share" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('share.title')}</h3>
      <p className="muted">{t('share.intro')}</p>
      {record.sharedWith.length === 0 ? (
        <p>{t('share.none')}</p>
      ) : (
        <ul className="records-grants">
          {record.sharedWith.map((grant) => (
            <li key={grant.doctorId}>
              <span>
                {t('share.grant', {
                  name: grant.name,
                  date: formatDate(grant.sharedAt, browserTimeZone(), { dateStyle: 'long' }),
                })}
              </span>
              <button type="button" className="button button-secondary button-small" disabled={unshare.isPending}
                      onClick={() => unshare.mutate({ id: grant.doctorId, name: grant.name })}>
                {t('share.stop')}<span className="visually-hidden"> {t('share.stopWith', { name: grant.name })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={unshare.error} />
      <QueryResult query={doctors}>
        {({ doctors: mine }) => {
          const choices = shareableDoctors(mine, record);
          if (choices.length === 0) return <p className="muted">{t('share.noOtherDoctor')}</p>;
          return (
            <form className="records-share-form" noValidate onSubmit={(event) => {
              event.preventDefault();
              if (doctorId) share.mutate(doctorId);
            }}>
              <Field label={t('share.with')} error={doctorProblem}>
                <select value={doctorId} onChange={(event) => setDoctorId(event.target.value)}>
                  <option value="">{t('share.choose')}</option>
                  {choices.map((doctor) => <option key={doctor._id} value={doctor._id}>{doctor.name}</option>)}
                </select>
              </Field>
              <div className="form-actions">
                <button type="submit" className="button button-secondary" disabled={!doctorId || share.isPending}>
                  {t(share.isPending ? 'share.sharing' : 'share.submit')}
                </button>
              </div>
            </form>
          );
        }}
      </QueryResult>
      <ErrorAlert error={share.error} shownFields={doctorProblem ? ['doctorId'] : []} />
      <SuccessStatus message={status} />
    </section>
  );
}

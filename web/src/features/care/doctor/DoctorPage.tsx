import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryApi } from '../../../api/doctors';
import { Page } from '../../../ui/Page';
import { Loading } from '../../../ui/Loading';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { careKeys } from '../queryKeys';
import { retryFor } from '../../../ui/retryFor';
import { DoctorProfileCard } from './DoctorProfileCard';
import { DoctorBooking } from './DoctorBooking';

/** /doctors/:doctorId: who the doctor is, and their free times to book. */
export function DoctorPage() {
  const { t } = useTranslation('care');
  const { doctorId = '' } = useParams();
  const doctor = useQuery({
    queryKey: careKeys.doctor(doctorId),
    queryFn: ({ signal }) => directoryApi.doctor(doctorId, signal),
  });
  return (
    <Page title={doctor.data ? t('doctor.name', { name: doctor.data.name }) : t('doctor.pageTitle')}>
      {doctor.isPending && <Loading />}
      {doctor.isError && (
        <>
          <ErrorAlert error={doctor.error} onRetry={retryFor(doctor)} />
          <p><Link to="/doctors">{t('doctor.backToSearch')}</Link></p>
        </>
      )}
      {doctor.data && (
        <>
          <DoctorProfileCard doctor={doctor.data} />
          <DoctorBooking doctor={doctor.data} />
        </>
      )}
    </Page>
  );
}

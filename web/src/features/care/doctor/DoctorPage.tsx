import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { directoryApi } from '@/api/doctors';
import { DoctorReviews } from '@/features/reviews/DoctorReviews';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { careKeys } from '../queryKeys';
import { doctorName } from '../doctorName';
import { DoctorProfileCard } from './DoctorProfileCard';
import { DoctorBooking } from './DoctorBooking';

/** /doctors/:doctorId: who the doctor is, their free times to book, and what patients said of them. */
export function DoctorPage() {
  const { t } = useTranslation('care');
  const { doctorId = '' } = useParams();
  const doctor = useQuery({
    queryKey: careKeys.doctor(doctorId),
    queryFn: ({ signal }) => directoryApi.doctor(doctorId, signal),
  });
  // Asked with the doctor: what the visit is for sets its length, on the profile and in booking.
  const reasons = useQuery({
    queryKey: careKeys.visitReasons(doctorId),
    queryFn: ({ signal }) => directoryApi.visitReasons(doctorId, signal),
  });
  return (
    <Page title={doctor.data ? doctorName(doctor.data.name, doctor.data.title) : t('doctor.pageTitle')}>
      <QueryResult query={doctor} afterError={<p><Link to="/doctors">{t('doctor.backToSearch')}</Link></p>}>
        {(listing) => (
          <QueryResult query={reasons}>
            {({ visitReasons }) => (
              <>
                <DoctorProfileCard doctor={listing} reasons={visitReasons} />
                <DoctorBooking doctor={listing} reasons={visitReasons} />
                <DoctorReviews doctorId={listing._id} />
              </>
            )}
          </QueryResult>
        )}
      </QueryResult>
    </Page>
  );
}

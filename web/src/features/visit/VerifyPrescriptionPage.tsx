import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { teleconsultationsApi, type VerifiedPrescription } from '@/api/teleconsultations';
import { Details } from '@/features/care/Details';
import { useSpecialtyName } from '@/features/specialties/useSpecialties';
import { browserTimeZone, formatDateTime } from '@/lib/time';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Loading } from '@/ui/Loading';
import { Page } from '@/ui/Page';
import { retryFor } from '@/ui/retryFor';
import { PrescriptionLines } from './PrescriptionLines';
import { visitKeys } from './queryKeys';
import './visit.css';

/**
 * /verify-prescription/:code, the address printed under the QR code of a prescription's PDF:
 * anyone holding it (a pharmacist, say), signed in or not, sees whether MediMeet issued the
 * prescription and what it says, the patient by their initials only.
 */
export function VerifyPrescriptionPage() {
  const { t } = useTranslation('visit');
  const { code = '' } = useParams();
  const verified = useQuery({
    queryKey: visitKeys.verifiedPrescription(code),
    queryFn: ({ signal }) => teleconsultationsApi.verifyPrescription(code, signal),
  });
  const unknown = verified.error instanceof ApiError && verified.error.status === 404;
  return (
    <Page title={t('verify.title')}>
      {verified.status === 'pending' ? <Loading /> : verified.status === 'error' ? (
        <ErrorAlert error={verified.error} onRetry={unknown ? undefined : retryFor(verified)}
                    message={unknown ? t('verify.unknown') : undefined} />
      ) : (
        <Verified prescription={verified.data} />
      )}
    </Page>
  );
}

function Verified({ prescription }: { prescription: VerifiedPrescription }) {
  const { t } = useTranslation('visit');
  const specialtyName = useSpecialtyName();
  const { prescriber, prescribedAt } = prescription;
  return (
    <>
      <div className="alert alert-success">
        <p className="visit-verified">{t('verify.genuine')}</p>
        <p>{t('verify.genuineHint')}</p>
      </div>
      <Details rows={[
        [t('verify.prescribedAt'), formatDateTime(prescribedAt, browserTimeZone(), { dateStyle: 'long', timeStyle: 'short' })],
        [t('verify.prescriber'), prescriber.name],
        !!prescriber.specialty && [t('verify.specialty'), specialtyName(prescriber.specialty)],
        !!prescriber.rppsNumber && [t('verify.rppsNumber'), prescriber.rppsNumber],
        [t('verify.patient'), prescription.patientInitials],
      ]} />
      <h2>{t('verify.lines')}</h2>
      <PrescriptionLines items={prescription.items} notes={prescription.notes} notesHeading="h3" />
    </>
  );
}

import { useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import type { Appointment } from '@/api/appointments';
import { paymentsApi, type Payment } from '@/api/payments';
import { CancelAppointment } from '@/features/appointments/CancelAppointment';
import { Details } from '@/features/care/Details';
import { PhoneLink } from '@/features/care/PhoneLink';
import { ZonedTime } from '@/features/care/ZonedTime';
import { patientCancelWording } from '@/features/care/appointments/AppointmentItem';
import { useAppointment } from '@/features/care/appointments/AppointmentPage';
import { changeableOnline } from '@/features/care/changeDeadline';
import { doctorName } from '@/features/care/doctorName';
import { careKeys } from '@/features/care/queryKeys';
import { formatPrice } from '@/lib/time';
import { useNow } from '@/lib/useNow';
import { Page } from '@/ui/Page';
import { QueryResult } from '@/ui/QueryResult';
import { PayNow } from './PayNow';
import { returnPageState, type ReturnPageState } from './paymentRules';
import { paymentDueText, paymentMethodText } from './paymentWords';
import { paymentKeys } from './queryKeys';
import '../care/care.css';
import './payments.css';

/** How often the page asks whether the provider's confirmation has reached the server. */
const confirmationPollMs = 1_500;

/**
 * /payments/:paymentId, where the provider sends the patient back (`?result=paid` or `canceled`)
 * and where a booking still to pay leads: the payment confirmed (waited for, since the provider
 * tells the server on its own), still to make, or what became of the booking.
 */
export function PaymentPage() {
  const { t } = useTranslation('payments');
  const { paymentId = '' } = useParams();
  const [params] = useSearchParams();
  const result = params.get('result');
  const [confirmingSince, setConfirmingSince] = useState(Date.now);
  const payment = useQuery({
    queryKey: paymentKeys.payment(paymentId),
    // Sent back as paid, the server is asked to collect it (PayPal is captured so), then read again.
    queryFn: ({ signal }) => (result === 'paid' ? paymentsApi.confirm(paymentId) : paymentsApi.get(paymentId, signal)),
    refetchInterval: ({ state: { data } }) =>
      data && returnPageState(data, result, Date.now(), confirmingSince) === 'confirming' ? confirmationPollMs : false,
  });
  return (
    <Page title={t('return.title')}>
      <QueryResult query={payment}>
        {(current) => (
          <PaymentState payment={current} result={result} confirmingSince={confirmingSince}
                        onCheckAgain={() => {
                          setConfirmingSince(Date.now());
                          void payment.refetch();
                        }} />
        )}
      </QueryResult>
    </Page>
  );
}

const alertLooks: Record<ReturnPageState, string> = {
  confirming: 'alert alert-info',
  unconfirmed: 'alert alert-warning',
  completed: 'alert alert-success',
  unpaid: 'alert alert-warning',
  overdue: 'alert alert-warning',
  expired: 'alert alert-error',
  canceled: 'alert alert-info',
  amountMismatch: 'alert alert-error',
};

interface PaymentStateProps {
  payment: Payment;
  result: string | null;
  confirmingSince: number;
  /** Waits another minute for the provider's confirmation. */
  onCheckAgain: () => void;
}

function PaymentState({ payment, result, confirmingSince, onCheckAgain }: PaymentStateProps) {
  const { t } = useTranslation('payments');
  // Read every second, so that the minute of waiting for the confirmation, and the deadline, end on time.
  const now = useNow(1_000);
  const state = returnPageState(payment, result, now, confirmingSince);
  const appointment = useAppointment(payment.appointmentId).data;
  const message = useRef<HTMLDivElement>(null);
  const method = paymentMethodText(payment);
  const bookingCanceled = state === 'expired' || state === 'canceled' || state === 'overdue';
  return (
    <>
      {/* One live region for every state, so that the confirmation arriving is announced. */}
      <div role="status" ref={message} tabIndex={-1} className="payments-state">
        <div className={alertLooks[state]}>
          <p><StateText state={state} payment={payment} phone={appointment?.practicePhone ?? null} /></p>
        </div>
      </div>
      <Details rows={[
        !!appointment && [t('return.doctor'), doctorName(appointment.doctorName, appointment.doctorTitle)],
        !!appointment && [t('return.when'), <ZonedTime instant={appointment.appointmentDate} format="full" />],
        [t('return.amount'), formatPrice(payment.amount, payment.currency)],
        method !== null && [t('return.method'), method],
      ]} />
      {state === 'unconfirmed' && (
        <button type="button" className="button button-secondary" onClick={onCheckAgain}>{t('return.checkAgain')}</button>
      )}
      {state === 'unpaid' && (
        <>
          <PayNow payment={payment} />
          {appointment && <CancelInstead appointment={appointment} now={now} onCanceled={() => message.current?.focus()} />}
        </>
      )}
      <p className="payments-links">
        <Link to={`/appointments/${payment.appointmentId}`}>{t('return.seeAppointment')}</Link>
        {bookingCanceled && <Link to={`/doctors/${payment.doctorId}`}>{t('return.bookAgain')}</Link>}
      </p>
    </>
  );
}

function StateText({ state, payment, phone }: { state: ReturnPageState; payment: Payment; phone: string | null }) {
  const { t } = useTranslation('payments');
  if (state === 'unpaid') return paymentDueText(payment);
  if (state !== 'amountMismatch') return t(`return.${state}`);
  return phone
    ? <Trans t={t} i18nKey="return.amountMismatchCall" components={{ phone: <PhoneLink phone={phone} /> }} />
    : t('return.amountMismatch');
}

interface CancelInsteadProps {
  appointment: Appointment;
  now: number;
  /** The booking is canceled: the payment, fetched again, says so. */
  onCanceled: () => void;
}

/** The patient who would rather not pay cancels the booking, as from their appointments, while it can still be canceled online. */
function CancelInstead({ appointment, now, onCanceled }: CancelInsteadProps) {
  const { t } = useTranslation('payments');
  if (appointment.status !== 'confirmed' || !changeableOnline(appointment.changeableUntil, now)) return null;
  return (
    <div className="payments-cancel">
      <p>{t('return.cancelInstead')}</p>
      <CancelAppointment appointment={appointment} by="patient" wording={patientCancelWording}
                         staleQueries={[careKeys.appointments, paymentKeys.all, careKeys.doctor(appointment.doctorId)]}
                         onCanceled={onCanceled} />
    </div>
  );
}

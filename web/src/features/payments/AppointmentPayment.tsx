import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { noneIfNotFound } from '@/api/client';
import { paymentsApi } from '@/api/payments';
import { useSession } from '@/auth/session';
import { useNow } from '@/lib/useNow';
import { QueryResult } from '@/ui/QueryResult';
import { PayNow } from './PayNow';
import { payable } from './paymentRules';
import { paymentDueText, paymentLine } from './paymentWords';
import { paymentKeys } from './queryKeys';
import './payments.css';

/**
 * An appointment's payment, when its booking asked for one: the amount, the status, the method and
 * any refund, for the patient and the doctor; while it is due, the patient's way to pay it.
 */
export function AppointmentPayment({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation('payments');
  const { user } = useSession();
  const now = useNow();
  const payment = useQuery({
    queryKey: paymentKeys.ofAppointment(appointmentId),
    // A 404 is a booking paid at the practice: there is nothing to show.
    queryFn: ({ signal }) => paymentsApi.ofAppointment(appointmentId, signal).catch(noneIfNotFound),
  });
  return (
    <QueryResult query={payment}>
      {(found) => found && (
        <>
          <p className="payments-line">
            <span className="payments-label">{t('line.label')}</span> {paymentLine(found)}
          </p>
          {found.userId === user?._id && payable(found, now) && (
            <>
              <p className="payments-due">{paymentDueText(found)}</p>
              <PayNow payment={found} />
            </>
          )}
        </>
      )}
    </QueryResult>
  );
}

import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { paymentsApi, type Payment } from '@/api/payments';
import { useCurrentUser } from '@/auth/session';
import { browserTimeZone, formatDateTime, formatPrice } from '@/lib/time';
import { Page } from '@/ui/Page';
import { Pagination } from '@/ui/Pagination';
import { QueryResult } from '@/ui/QueryResult';
import { StackedCell } from '@/ui/StackedCell';
import { paymentMethodText, paymentStatusText, refundText } from './paymentWords';
import { paymentKeys } from './queryKeys';
import './payments.css';

const PAGE_SIZE = 20;

/** /payments: the patient's payments, or a doctor's patients' payments, newest first, a page at a time. */
export function PaymentsPage() {
  const { t } = useTranslation('payments');
  const { role } = useCurrentUser();
  // Where a new page of the list starts: its reader goes on from the top.
  const intro = useRef<HTMLParagraphElement>(null);
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: paymentKeys.list(page),
    queryFn: ({ signal }) => paymentsApi.list({ page, limit: PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Page title={t('list.title')}>
      <p className="muted payments-intro" ref={intro} tabIndex={-1}>
        {t(role === 'doctor' ? 'list.introDoctor' : 'list.introPatient')}
      </p>
      <QueryResult query={list}>
        {({ payments, total }) => payments.length === 0 ? <p>{t('list.empty')}</p> : (
          <>
            <div className="table-wrap">
              <table className="stacked-table payments-table">
                <thead>
                  <tr>
                    <th scope="col">{t('list.date')}</th>
                    <th scope="col">{t('list.amount')}</th>
                    <th scope="col">{t('list.status')}</th>
                    <th scope="col">{t('list.method')}</th>
                    <th scope="col">{t('list.appointment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {payments.map((payment) => <PaymentRow key={payment._id} payment={payment} />)}
                </tbody>
              </table>
            </div>
            <Pagination page={page} total={total} limit={PAGE_SIZE} label={t('list.pages')}
                        onPageChange={(next) => {
                          setPage(next);
                          intro.current?.focus();
                        }} />
          </>
        )}
      </QueryResult>
    </Page>
  );
}

function PaymentRow({ payment }: { payment: Payment }) {
  const { t } = useTranslation('payments');
  const dateId = useId();
  const refund = refundText(payment);
  return (
    <tr>
      <StackedCell label={t('list.date')} rowHeader id={dateId}>
        {formatDateTime(payment.createdAt, browserTimeZone(), { dateStyle: 'medium', timeStyle: 'short' })}
      </StackedCell>
      <StackedCell label={t('list.amount')}>{formatPrice(payment.amount, payment.currency)}</StackedCell>
      <StackedCell label={t('list.status')}>
        {/* One block, with the refund under the status, where the row's cells stack. */}
        <span>
          {paymentStatusText(payment)}
          {refund && <span className="payments-refund">{refund}</span>}
        </span>
      </StackedCell>
      <StackedCell label={t('list.method')}>{paymentMethodText(payment) ?? t('list.noMethod')}</StackedCell>
      <StackedCell label={t('list.appointment')}>
        {/* Every row's link says the same: the row's date tells them apart. */}
        <Link to={`/appointments/${payment.appointmentId}`} aria-describedby={dateId}>{t('list.seeAppointment')}</Link>
      </StackedCell>
    </tr>
  );
}

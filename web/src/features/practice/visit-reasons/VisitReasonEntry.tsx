import { useId, useState, type Ref } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { practiceApi, type Doctor, type VisitReason } from '@/api/doctors';
import { formatPrice } from '@/lib/time';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { StatusMessage } from '../StatusMessage';
import { practiceKeys } from '../queries';
import { useDisclosure } from '../useDisclosure';
import { VisitReasonForm } from './VisitReasonForm';
import '../practice.css';

interface VisitReasonEntryProps {
  reason: VisitReason;
  doctor: Doctor;
  onRemoved: (name: string) => void;
}

/** One reason offered: what patients book it as, changed in place, or removed once the doctor confirms. */
export function VisitReasonEntry({ reason, doctor, onRemoved }: VisitReasonEntryProps) {
  const { t } = useTranslation('practice');
  const nameId = useId();
  // The form focuses its own first field; closing it gives the focus back to "Edit".
  const editing = useDisclosure<HTMLElement>();
  const removing = useDisclosure<HTMLButtonElement>();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <li className="practice-reason">
      <h3 id={nameId}>{reason.name}</h3>
      {editing.open ? (
        <VisitReasonForm doctor={doctor} reason={reason} labelledBy={nameId}
                         onSaved={(changed) => {
                           setSaved(t('visitReasons.saved', { name: changed.name }));
                           editing.toggle(false);
                         }}
                         onCancel={() => editing.toggle(false)} />
      ) : (
        <>
          <VisitReasonFacts reason={reason} doctor={doctor} />
          {removing.open ? (
            <RemovalConfirmation reason={reason} nameId={nameId} confirmButton={removing.inside}
                                 onKeep={() => removing.toggle(false)} onRemoved={onRemoved} />
          ) : (
            <div className="form-actions">
              <button ref={editing.opener} type="button" className="button button-small button-secondary"
                      aria-describedby={nameId} onClick={() => {
                        setSaved(null);
                        editing.toggle(true);
                      }}>
                {t('visitReasons.edit')}
              </button>
              <button ref={removing.opener} type="button" className="button button-small button-secondary"
                      aria-describedby={nameId} onClick={() => removing.toggle(true)}>
                {t('visitReasons.remove')}
              </button>
            </div>
          )}
        </>
      )}
      <StatusMessage message={saved} />
    </li>
  );
}

/** What patients book the reason as; a reason without a fee of its own costs the doctor's. */
function VisitReasonFacts({ reason, doctor }: { reason: VisitReason; doctor: Doctor }) {
  const { t } = useTranslation('practice');
  const ownFee = doctor.price !== null && doctor.currency !== null ? formatPrice(doctor.price, doctor.currency) : null;
  const fee = reason.price !== null && reason.currency !== null
    ? formatPrice(reason.price, reason.currency)
    : ownFee ? t('visitReasons.yourFeeOf', { fee: ownFee }) : t('visitReasons.yourFee');
  const facts: Array<[string, string]> = [
    [t('visitReasons.durationShown'), t('visitReasons.minutes', { count: reason.durationMinutes })],
    [t('visitReasons.fee'), fee],
    [t('visitReasons.mode'), t(`visitReasons.modes.${reason.mode}`)],
    [t('visitReasons.patients'), t(`visitReasons.forPatients.${reason.newPatients ? 'all' : 'known'}`)],
  ];
  if (reason.instructions) facts.push([t('visitReasons.instructionsShown'), reason.instructions]);
  return (
    <dl className="practice-details practice-reason-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface RemovalConfirmationProps {
  reason: VisitReason;
  nameId: string;
  confirmButton: Ref<HTMLButtonElement>;
  onKeep: () => void;
  onRemoved: (name: string) => void;
}

/** Removing archives the reason: no longer offered, still named on the appointments booked for it. */
function RemovalConfirmation({ reason, nameId, confirmButton, onKeep, onRemoved }: RemovalConfirmationProps) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => practiceApi.archiveVisitReason(reason._id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: practiceKeys.visitReasons });
      onRemoved(reason.name);
    },
  });
  return (
    <div className="practice-confirm" role="group" aria-labelledby={nameId}>
      <p>{t('visitReasons.confirm')}</p>
      <div className="form-actions">
        <button ref={confirmButton} type="button" className="button button-small button-danger"
                disabled={remove.isPending} onClick={() => remove.mutate()}>
          {remove.isPending ? t('visitReasons.removing') : t('visitReasons.confirmRemove')}
        </button>
        <button type="button" className="button button-small button-secondary" onClick={onKeep}>
          {t('visitReasons.keep')}
        </button>
      </div>
      <ErrorAlert error={remove.error} />
    </div>
  );
}

import { useId, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoctorListing, VisitReason } from '@/api/doctors';
import { Details } from '../Details';
import { consultationFee } from './visitReasons';
import '../care.css';

interface ReasonStepProps {
  doctor: DoctorListing;
  reasons: VisitReason[];
  /** Shown above the reasons, like why the times cannot be booked. */
  notice?: ReactNode;
  /** The reason chosen before is no longer offered as it was: say so above the reasons. */
  changed: boolean;
  /** The question's heading, where the focus goes when the patient comes back to this step. */
  headingRef: Ref<HTMLHeadingElement>;
  onChoose: (reason: VisitReason) => void;
}

/** The first step with a doctor who offers visit reasons: what the visit is for sets its length and fee. */
export function ReasonStep({ doctor, reasons, notice, changed, headingRef, onChoose }: ReasonStepProps) {
  const { t } = useTranslation('care');
  const titleId = useId();
  const questionId = useId();
  return (
    <section className="card care-section" id="availability" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('booking.title')}</h2>
      {changed && (
        <div className="alert alert-warning" role="alert">
          <p>{t('reasons.changed')}</p>
        </div>
      )}
      {notice}
      <h3 id={questionId} ref={headingRef} tabIndex={-1}>{t('reasons.question')}</h3>
      <p className="care-muted">{t('reasons.intro')}</p>
      <ul className="care-plain-list care-reasons" aria-labelledby={questionId}>
        {reasons.map((reason) => (
          <li key={reason._id}>
            <ReasonOption doctor={doctor} reason={reason} onChoose={() => onChoose(reason)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface ReasonOptionProps {
  doctor: DoctorListing;
  reason: VisitReason;
  onChoose: () => void;
}

function ReasonOption({ doctor, reason, onChoose }: ReasonOptionProps) {
  const { t } = useTranslation('care');
  const nameId = useId();
  const fee = consultationFee(doctor, reason);
  return (
    <article className="care-reason" aria-labelledby={nameId}>
      <h4 id={nameId}>{reason.name}</h4>
      {!reason.newPatients && <p><span className="badge badge-neutral">{t('reasons.knownPatients')}</span></p>}
      <Details className="care-facts" rows={[
        [t('booking.duration'), t('profile.minutes', { count: reason.durationMinutes })],
        fee !== null && [t('doctor.price'), fee],
        [t('reasons.mode'), t(`reasons.modes.${reason.mode}`)],
      ]} />
      {reason.instructions && (
        <p className="care-reason-instructions">
          <span className="care-reason-label">{t('reasons.instructions')}</span> {reason.instructions}
        </p>
      )}
      <button type="button" className="button button-small" onClick={onChoose}>
        {t('reasons.choose')}<span className="visually-hidden"> {reason.name}</span>
      </button>
    </article>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { appointmentsApi, type Appointment } from '@/api/appointments';
import type { ConsultationMode, DoctorListing, VisitReason } from '@/api/doctors';
import { useSession } from '@/auth/session';
import { Field } from '@/ui/Field';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Loading } from '@/ui/Loading';
import { EmailVerificationNotice } from '../../accounts/EmailVerificationBanner';
import { useSpecialtyName } from '../../specialties/useSpecialties';
import { useServerForm } from '@/ui/useServerForm';
import { Details } from '../Details';
import { ZonedTime } from '../ZonedTime';
import { careKeys } from '../queryKeys';
import { doctorName } from '../doctorName';
import { SlotChangeNotice } from '../appointments/ChangeOnline';
import { isSlotGone, type SlotStepControls } from '../slots/SlotPicker';
import { newIdempotencyKey } from '@/lib/idempotencyKey';
import { bookableModes, bookingMode } from '@/lib/consultationModes';
import { afterBooking } from '@/features/payments/checkout';
import { PaymentMethodChoice, usePaymentMethodChoice } from '@/features/payments/PaymentMethodChoice';
import { usePaymentMinutes } from '@/features/payments/PaymentMethodChoice';
import { prepaymentApplies } from '@/features/payments/paymentRules';
import { usePlaceRows } from './PracticeDetails';
import { consultationFee, modeRefused, reasonsChanged } from './visitReasons';
import '../care.css';

const NOTE_MAX = 1000;

interface BookingStepProps {
  doctor: DoctorListing;
  /** The chosen visit reason; null with a doctor who offers none. */
  reason: VisitReason | null;
  /** The chosen slot's start. */
  start: string;
  controls: SlotStepControls;
  /** Back to the reasons, to choose another one. */
  onOtherReason: () => void;
  /** The server says the reasons offered changed: back to them, refreshed. */
  onReasonsChanged: () => void;
  onBooked: (appointment: Appointment) => void;
}

/**
 * The chosen reason and time, checked once more before booking; signed-out visitors are asked to
 * sign in. A patient chooses how to consult when the doctor offers both ways and no reason fixes it.
 */
export function BookingStep(props: BookingStepProps) {
  const { doctor, reason, start, controls } = props;
  const { t } = useTranslation('care');
  const { user } = useSession();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const fee = consultationFee(doctor, reason);
  const specialtyName = useSpecialtyName();
  const specialty = doctor.specialty && specialtyName(doctor.specialty);
  const placeRows = usePlaceRows();
  const modes = bookableModes(doctor, reason);
  const [chosenMode, chooseMode] = useState<ConsultationMode | null>(null);
  const mode = bookingMode(modes, chosenMode);
  const prepaid = prepaymentApplies(doctor.prepayment, mode);
  const paymentMinutes = usePaymentMinutes();
  const canBook = user?.role === 'patient' && user.emailVerified;
  // Nothing to choose: the details say a reason's mode, or video (the practice is the usual place).
  // A choice: the patient's form asks; anyone else reads that both are offered.
  const modeShown = modes.length === 1 ? (reason !== null || mode === 'video') : !canBook;

  return (
    <div className="care-step">
      <h3 ref={heading} tabIndex={-1}>{t('booking.confirmTitle')}</h3>
      <Details rows={[
        [t('booking.doctor'), doctorName(doctor.name, doctor.title)],
        !!specialty && [t('search.specialty'), specialty],
        reason && [t('reasons.reason'), reason.name],
        [t('booking.when'), <ZonedTime instant={start} format="full" doctorZone={doctor.timezone} />],
        [t('booking.duration'), t('profile.minutes', { count: reason?.durationMinutes ?? doctor.consultationMinutes })],
        modeShown && [t('reasons.mode'), modes.length === 1 ? t(`reasons.modes.${mode}`) : t('booking.eitherMode')],
        ...(mode === 'video' ? [] : placeRows(doctor.address, doctor)),
        fee !== null && [t('doctor.price'), fee],
        !!reason?.instructions &&
          [t('reasons.instructions'), <span className="care-instructions">{reason.instructions}</span>],
      ]} />
      {/* The server refuses a prepaid booking without a fee (no_price): its message says so then. */}
      {prepaid && fee !== null && paymentMinutes !== undefined && (
        <div className="alert alert-info">
          <p>{t('payments:booking.notice', { fee, minutes: paymentMinutes })}</p>
        </div>
      )}
      <SlotChangeNotice doctor={doctor} start={start} />
      {user === undefined && <Loading />}
      {user === null && <SignInToBook onBack={controls.back} />}
      {user?.role === 'doctor' && (
        <>
          <div className="alert alert-info"><p>{t('booking.doctorsCannotBook')}</p></div>
          <BackButton onBack={controls.back} />
        </>
      )}
      {user?.role === 'patient' && !user.emailVerified && (
        // The server would refuse the booking: the time waits in the URL until the email is confirmed.
        <>
          <EmailVerificationNotice>
            <p>{t('accounts:banner.toBookThisTime', { email: user.email })}</p>
          </EmailVerificationNotice>
          <BackButton onBack={controls.back} />
        </>
      )}
      {canBook && <BookingForm {...props} modes={modes} mode={mode} onChooseMode={chooseMode} prepaid={prepaid} />}
    </div>
  );
}

function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('care');
  return (
    <button type="button" className="button button-secondary" onClick={onBack}>{t('booking.otherTime')}</button>
  );
}

/** Only signed-in patients book: sign in (or register) and come back to this very choice. */
function SignInToBook({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('care');
  const location = useLocation();
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <>
      <p>{t('booking.signInFirst')}</p>
      <div className="form-actions">
        <Link className="button" to={`/login?next=${next}`}>{t('booking.signIn')}</Link>
        <Link className="button button-secondary" to={`/register?next=${next}`}>{t('booking.register')}</Link>
        <BackButton onBack={onBack} />
      </div>
    </>
  );
}

interface NoteForm {
  notes: string;
}

interface BookingFormProps extends BookingStepProps {
  /** The ways the visit can happen; a choice when there are two. */
  modes: ConsultationMode[];
  mode: ConsultationMode;
  onChooseMode: (mode: ConsultationMode) => void;
  /** The doctor asks for this booking to be paid now: how, then off to the provider's page. */
  prepaid: boolean;
}

function BookingForm(props: BookingFormProps) {
  const { doctor, reason, start, controls, onOtherReason, onReasonsChanged, onBooked } = props;
  const { modes, mode, onChooseMode, prepaid } = props;
  const { t } = useTranslation('care');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const paymentMethod = usePaymentMethodChoice();
  const modeName = useId();
  const [modeGone, setModeGone] = useState(false);
  // One key per chosen slot: retrying after a lost answer returns the booking already made
  // instead of failing on a slot that is now ours.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<NoteForm>({ defaultValues: { notes: '' } });
  const server = useServerForm(form);
  // A failure after the booking was made (on the way to paying) is retried whole: the same key
  // gives back the same booking, and asking to pay it again the same provider's page.
  const book = useMutation({
    mutationFn: async ({ notes }: NoteForm) => afterBooking(
      await appointmentsApi.book({ doctorId: doctor._id, appointmentDate: start, reasonId: reason?._id, mode,
                                   notes: notes.trim() || undefined }, idempotencyKey),
      prepaid ? paymentMethod.method : null),
    onSuccess: (outcome) => {
      void queryClient.invalidateQueries({ queryKey: careKeys.appointments });
      void queryClient.invalidateQueries({ queryKey: careKeys.notifications });
      void queryClient.invalidateQueries({ queryKey: careKeys.doctors });
      if (outcome.next === 'provider') window.location.assign(outcome.url);
      else if (outcome.next === 'payment') navigate(`/payments/${outcome.paymentId}`);
      else onBooked(outcome.appointment);
    },
    onError: (error) => {
      // A slot gone is said above the refreshed calendar instead, reasons changed above the reasons.
      if (isSlotGone(error)) controls.slotTaken();
      else if (reasonsChanged(error) || (reason && modeRefused(error))) onReasonsChanged();
      else if (modeRefused(error)) {
        // The doctor no longer consults this way: their ways, fetched again, are the choice.
        void queryClient.invalidateQueries({ queryKey: careKeys.doctor(doctor._id) });
        setModeGone(true);
      } else server.fail(error, ['notes']);
    },
  });

  // Until the provider's page replaces this one, the booking is made: a second click would only ask again.
  const leaving = book.data?.next === 'provider';
  const submitText = leaving ? t('payments:payNow.leaving')
    : book.isPending ? t('booking.booking')
    : prepaid ? t('payments:booking.confirmAndPay') : t('booking.confirm');

  return (
    <form noValidate onSubmit={server.handleSubmit((values) => {
      setModeGone(false);
      book.mutate(values);
    })}>
      {modes.length > 1 && (
        <fieldset className="care-mode-choice">
          <legend>{t('booking.modeQuestion')}</legend>
          {modes.map((offered) => (
            <label key={offered} className="choice">
              <input type="radio" name={modeName} value={offered} checked={mode === offered}
                     onChange={() => onChooseMode(offered)} />
              {t(`booking.modes.${offered}`)}
            </label>
          ))}
        </fieldset>
      )}
      {modeGone && <div className="alert alert-warning" role="alert"><p>{t('booking.modeChanged')}</p></div>}
      {prepaid && <PaymentMethodChoice choice={paymentMethod} />}
      {/* The reason chosen says what the visit is for: the note is for the rest. */}
      <Field label={t('booking.note')} error={form.formState.errors.notes?.message}
             hint={t(reason ? 'booking.noteHintWithReason' : 'booking.noteHint', { count: NOTE_MAX })}>
        <textarea rows={3} {...form.register('notes', {
          // The server counts characters (code points) after trimming.
          validate: (notes) => [...notes.trim()].length <= NOTE_MAX || t('booking.noteTooLong', { count: NOTE_MAX }),
        })} />
      </Field>
      {/* The chosen slot and reason are the request's appointmentDate and reasonId: the message says it all. */}
      <ErrorAlert error={server.error} shownFields={[...server.shownFields, 'appointmentDate', 'reasonId']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={book.isPending || leaving}>
          {submitText}
        </button>
        <BackButton onBack={controls.back} />
        {reason && (
          <button type="button" className="button button-secondary" onClick={onOtherReason}>
            {t('reasons.other')}
          </button>
        )}
      </div>
    </form>
  );
}

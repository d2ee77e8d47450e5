import { useState } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/client';
import { appointmentsApi, type Appointment, type PatientQuery } from '@/api/appointments';
import { practiceApi, type ConsultationMode, type Slot } from '@/api/doctors';
import { bookingMode, orderedModes } from '@/lib/consultationModes';
import { formatDateTime } from '@/lib/time';
import { formatPhone, phoneSearchText } from '@/lib/phone';
import { EMAIL_PATTERN } from '@/features/accounts/patterns';
import { languages } from '@/i18n';
import { languageName } from '@/lib/languages';
import { usePhoneRules } from '@/features/accounts/phoneRules';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { Field } from '@/ui/Field';
import { QueryResult } from '@/ui/QueryResult';
import { useServerForm } from '@/ui/useServerForm';
import { capitalize } from '../capitalize';
import { birthAndAge } from '../patients/birthDate';
import { PatientSearch } from '../patients/PatientSearch';
import { practiceKeys, refreshAppointments, useVisitReasons } from '../queries';
import { AgendaDialog } from './AgendaDialog';
import {
  blankPracticeBooking, practiceBookingFieldNames, practiceBookingFields, toPracticeBooking,
  type PatientChoice, type PracticeBookingValues,
} from './practiceBookingForm';
import '../practice.css';

/** Refusals the app words for the patient ("You already have…"), said here from the practice's side. */
const practiceWorded = ['already_booked_that_day', 'too_many_appointments', 'reason_for_known_patients'];

/** Enough patients to find the one on the phone; a longer list means a more precise search. */
const PICK_LIMIT = 8;

interface PracticeBookingDialogProps {
  slot: Slot;
  timeZone: string;
  /** The ways the doctor consults: a choice, for a booking without a reason, when there are two. */
  modes: ConsultationMode[];
  onClose: () => void;
  /** Once booked and the agenda refreshed: the new appointment, to show. */
  onBooked: (appointment: Appointment) => void;
}

/** A free slot booked by the practice, for a patient on the phone: one of the doctor's patients, or a new one. */
export function PracticeBookingDialog({ slot, timeZone, modes, onClose, onBooked }: PracticeBookingDialogProps) {
  const { t, i18n } = useTranslation('practice');
  const [who, setWho] = useState<PatientChoice>('known');
  const [search, setSearch] = useState('');
  const form = useForm<PracticeBookingValues>({
    // The practice most often speaks the language it reads the app in.
    defaultValues: {
      ...blankPracticeBooking,
      language: i18n.resolvedLanguage === 'en' ? 'en' : 'fr',
      mode: bookingMode(orderedModes(modes), null),
    },
  });
  return (
    <AgendaDialog title={t('book.title')} onClose={onClose}>
      <p className="agenda-book-when">
        {capitalize(formatDateTime(slot.start, timeZone, { dateStyle: 'full', timeStyle: 'short' }))}
      </p>
      <fieldset className="agenda-book-who">
        <legend>{t('book.who')}</legend>
        <label className="choice">
          <input type="radio" name="agenda-book-who" checked={who === 'known'} onChange={() => setWho('known')} />
          {t('book.known')}
        </label>
        <label className="choice">
          <input type="radio" name="agenda-book-who" checked={who === 'new'} onChange={() => setWho('new')} />
          {t('book.new')}
        </label>
      </fieldset>
      {/* A search form of its own, which cannot sit inside the booking form. */}
      {who === 'known' && <PatientSearch search={search} onSearch={setSearch} />}
      <BookingForm form={form} who={who} search={search} slot={slot} modes={orderedModes(modes)} onBooked={onBooked} />
    </AgendaDialog>
  );
}

interface BookingFormProps {
  form: UseFormReturn<PracticeBookingValues>;
  who: PatientChoice;
  search: string;
  slot: Slot;
  modes: ConsultationMode[];
  onBooked: (appointment: Appointment) => void;
}

function BookingForm({ form, who, search, slot, modes, onBooked }: BookingFormProps) {
  const { t } = useTranslation('practice');
  const queryClient = useQueryClient();
  const server = useServerForm(form);
  const reasons = useVisitReasons();
  const phoneRules = usePhoneRules({ required: who === 'new' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const book = useMutation({
    mutationFn: (values: PracticeBookingValues) =>
      practiceApi.bookForPatient(toPracticeBooking(values, who, slot.start, modes)),
    onSuccess: async (appointment) => {
      await refreshAppointments(queryClient);
      onBooked(appointment);
    },
    onError: (failure) => {
      // The address is someone's account already: the patient is to be picked, not created again.
      if (failure instanceof ApiError && failure.code === 'email_taken') {
        form.setError('email', { type: 'server', message: t('book.emailTaken') }, { shouldFocus: true });
        return;
      }
      if (failure instanceof ApiError && practiceWorded.includes(failure.code)) {
        setRefusal(t(`book.refused.${failure.code}`));
        return;
      }
      server.fail(failure, practiceBookingFields, practiceBookingFieldNames);
    },
  });
  const { errors } = form.formState;
  const required = t('validation.required');
  const requiredFor = (choice: PatientChoice, message = required) =>
    (value: string) => who !== choice || value.trim() !== '' || message;
  const reasonList = reasons.data?.visitReasons ?? [];
  return (
    <form className="agenda-book-form" noValidate onSubmit={server.handleSubmit((values) => {
      setRefusal(null);
      book.mutate(values);
    })}>
      {who === 'known' ? (
        <PatientPicker form={form} search={search} validate={requiredFor('known', t('book.pickPatient'))} />
      ) : (
        <>
          <Field label={t('book.name')} error={errors.name?.message}>
            <input autoComplete="off" maxLength={100} {...form.register('name', { validate: requiredFor('new') })} />
          </Field>
          <Field label={t('book.phone')} hint={t('book.phoneHint')} error={errors.phone?.message}>
            <input type="tel" autoComplete="off" {...form.register('phone', phoneRules)} />
          </Field>
          <Field label={t('book.email')} hint={t('book.emailHint')} error={errors.email?.message}>
            <input type="email" autoComplete="off" {...form.register('email', {
              validate: requiredFor('new'),
              pattern: { value: EMAIL_PATTERN, message: t('book.emailInvalid') },
            })} />
          </Field>
          <Field label={t('book.language')}>
            <select {...form.register('language')}>
              {languages.map((language) => <option key={language} value={language}>{languageName(language)}</option>)}
            </select>
          </Field>
        </>
      )}
      {reasonList.length > 0 && (
        <Field label={t('book.reason')} error={errors.reasonId?.message}>
          <select {...form.register('reasonId', { required })}>
            <option value="">{t('book.chooseReason')}</option>
            {reasonList.map((reason) => (
              <option key={reason._id} value={reason._id}>
                {t('book.reasonOption', { name: reason.name, count: reason.durationMinutes })}
              </option>
            ))}
          </select>
        </Field>
      )}
      {/* A reason fixes how the visit happens; without reasons, a doctor who consults both ways says which. */}
      {reasons.isSuccess && reasonList.length === 0 && modes.length > 1 && (
        <fieldset className={errors.mode ? 'agenda-book-mode field-invalid' : 'agenda-book-mode'}>
          <legend>{t('book.mode')}</legend>
          {modes.map((mode) => (
            <label key={mode} className="choice">
              <input type="radio" value={mode} {...form.register('mode')} />
              {t(`visitReasons.modes.${mode}`)}
            </label>
          ))}
          {errors.mode && <p className="field-error">{errors.mode.message}</p>}
        </fieldset>
      )}
      <Field label={t('book.notes')} error={errors.notes?.message}>
        <textarea rows={2} maxLength={1000} {...form.register('notes')} />
      </Field>
      <ErrorAlert error={server.error} shownFields={server.shownFields} />
      {refusal && <div className="alert alert-error" role="alert"><p>{refusal}</p></div>}
      <div className="form-actions">
        <button type="submit" className="button" disabled={book.isPending}>
          {book.isPending ? t('book.booking') : t('book.submit')}
        </button>
      </div>
    </form>
  );
}

interface PatientPickerProps {
  form: UseFormReturn<PracticeBookingValues>;
  search: string;
  validate: (value: string) => true | string;
}

/** The doctor's patients matching the search, each with what tells namesakes apart: phone and date of birth. */
function PatientPicker({ form, search, validate }: PatientPickerProps) {
  const { t } = useTranslation('practice');
  const query: PatientQuery = { q: phoneSearchText(search) || undefined, limit: PICK_LIMIT };
  const patients = useQuery({
    queryKey: practiceKeys.patientsMatching(query),
    queryFn: ({ signal }) => appointmentsApi.myPatients(query, signal),
    placeholderData: keepPreviousData,
  });
  const error = form.formState.errors.patientId?.message;
  return (
    <QueryResult query={patients}>
      {({ patients: list, total }) => (
        <fieldset className={error ? 'agenda-book-patients field-invalid' : 'agenda-book-patients'}>
          <legend>{t('book.patient')}</legend>
          <p className="muted" role="status">
            {search ? t('patients.found', { count: total, search }) : t('book.latest', { count: list.length })}
          </p>
          {list.map((patient) => (
            <label key={patient._id} className="choice agenda-book-patient">
              <input type="radio" value={patient._id} {...form.register('patientId', { validate })} />
              <span>
                <strong>{patient.name}</strong> · {formatPhone(patient.phone)} ·{' '}
                {patient.dateOfBirth
                  ? t('book.born', { date: birthAndAge(patient.dateOfBirth, t) })
                  : t('book.noBirthDate')}
              </span>
            </label>
          ))}
          {error && <p className="field-error">{error}</p>}
        </fieldset>
      )}
    </QueryResult>
  );
}

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { teleconsultationsApi, type Teleconsultation } from '@/api/teleconsultations';
import { useCurrentUser } from '@/auth/session';
import { SuccessStatus } from '@/features/profile/SuccessStatus';
import { browserTimeZone, formatDateTime } from '@/lib/time';
import { useNow } from '@/lib/useNow';
import { PrescriptionForm } from './PrescriptionForm';
import { PrescriptionLines } from './PrescriptionLines';
import { prescriptionRole } from './prescriptionRules';
import { openingTime } from './roomWindow';

/**
 * The consultation's prescription, to read and download as a PDF. Its doctor writes it once the
 * room has opened, and edits it after: the form starts from the one saved.
 */
export function VisitPrescription({ teleconsultation }: { teleconsultation: Teleconsultation }) {
  const { t } = useTranslation('visit');
  const user = useCurrentUser();
  const role = prescriptionRole(teleconsultation, user._id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [focusEditButton, setFocusEditButton] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const { prescribedAt, room } = teleconsultation;
  // The form stays in the page while a first prescription is missing.
  const writing = role === 'write' && (editing || !prescribedAt);
  // The form that held the focus is gone: hand it to the button that brings it back, once that
  // shows (a first prescription's only after the consultation was read again).
  useEffect(() => {
    if (!focusEditButton || !editButton.current) return;
    editButton.current.focus();
    setFocusEditButton(false);
  }, [focusEditButton, writing, prescribedAt]);
  const backToPrescription = () => {
    setEditing(false);
    setFocusEditButton(true);
  };
  return (
    <>
      <h3>{t('papers.prescription')}</h3>
      {writing ? (
        <PrescriptionForm teleconsultation={teleconsultation} autoFocus={editing}
                          onSaved={() => { setSaved(true); backToPrescription(); }}
                          onCancel={prescribedAt ? backToPrescription : undefined} />
      ) : prescribedAt ? (
        <Prescription teleconsultation={teleconsultation} prescribedAt={prescribedAt}>
          {role === 'write' && (
            <button ref={editButton} type="button" className="button button-secondary"
                    onClick={() => { setSaved(false); setEditing(true); }}>
              {t('prescription.edit')}
            </button>
          )}
        </Prescription>
      ) : role === 'wait' ? (
        <WritableFrom opensAt={room.opensAt} />
      ) : (
        <p className="muted">{t('papers.noPrescription')}</p>
      )}
      <SuccessStatus message={saved && !writing ? t('prescription.saved') : null} />
    </>
  );
}

interface PrescriptionProps {
  teleconsultation: Teleconsultation;
  prescribedAt: string;
  /** More actions, beside the download. */
  children: ReactNode;
}

function Prescription({ teleconsultation, prescribedAt, children }: PrescriptionProps) {
  const { t } = useTranslation('visit');
  const download = useMutation({
    mutationFn: () => teleconsultationsApi.downloadPrescription(teleconsultation._id, prescribedAt),
  });
  const date = formatDateTime(prescribedAt, browserTimeZone(), { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div className="visit-prescription">
      <p className="muted">{t('papers.prescribedAt', { date })}</p>
      <PrescriptionLines items={teleconsultation.prescriptionItems} notes={teleconsultation.prescriptionNotes}
                         notesHeading="h4" />
      <div className="visit-actions">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
          {t('papers.download')}
        </button>
        {children}
      </div>
      {download.isError && <p className="alert alert-error" role="alert">{t('papers.downloadFailed')}</p>}
    </div>
  );
}

/** Before the room opens, the doctor is told when they can write the prescription. */
function WritableFrom({ opensAt }: { opensAt: string }) {
  const { t } = useTranslation('visit');
  const now = useNow();
  const { time, date } = openingTime(opensAt, browserTimeZone(), now);
  return <p className="muted">{date ? t('prescription.opensOn', { date, time }) : t('prescription.opensAt', { time })}</p>;
}

import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { teleconsultationsApi, type Teleconsultation, type TeleconsultationDocument } from '@/api/teleconsultations';
import { useCurrentUser } from '@/auth/session';
import { AttachmentList } from '@/features/files/AttachmentList';
import { AttachmentPicker, useUploads } from '@/features/files/AttachmentPicker';
import { SuccessStatus } from '@/features/profile/SuccessStatus';
import { ErrorAlert } from '@/ui/ErrorAlert';
import { documentAuthor } from './documentAuthor';
import { useRefreshTeleconsultation } from './useRefreshTeleconsultation';

/** Files chosen at once; the consultation itself takes any number. */
const maxFilesAtOnce = 20;

/**
 * The files the parties attached, each to preview or download and saying who attached it. Until
 * the appointment is canceled, both attach more and remove their own.
 */
export function VisitDocuments({ teleconsultation }: { teleconsultation: Teleconsultation }) {
  const { t } = useTranslation('visit');
  const me = useCurrentUser()._id;
  const refresh = useRefreshTeleconsultation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const changeable = teleconsultation.room.state !== 'canceled';
  const remove = useMutation({
    mutationFn: (document: TeleconsultationDocument) =>
      teleconsultationsApi.removeDocument(teleconsultation._id, document._id),
    onSuccess: async (_, document) => {
      await refresh(teleconsultation._id);
      setStatus(t('documents.removed', { name: document.name }));
      // Its Remove button went with it: keep the focus in the documents.
      heading.current?.focus();
    },
  });
  const { documents } = teleconsultation;
  return (
    <>
      <h3 ref={heading} tabIndex={-1}>{t('papers.documents')}</h3>
      {documents.length === 0 ? <p className="muted">{t('papers.noDocuments')}</p> : (
        <AttachmentList files={documents} label={t('documents.list')}
                        note={(document) => (
                          <span className="badge badge-neutral">
                            {t(`documents.addedBy.${documentAuthor(document, teleconsultation, me)}`)}
                          </span>
                        )}
                        actions={(document) => changeable && document.addedBy === me && (
                          <button type="button" className="button button-secondary button-small"
                                  disabled={remove.isPending} onClick={() => { setStatus(null); remove.mutate(document); }}>
                            {t('documents.remove')}
                            <span className="visually-hidden"> {document.name}</span>
                          </button>
                        )} />
      )}
      <ErrorAlert error={remove.error} />
      {changeable && (
        <AttachDocuments teleconsultationId={teleconsultation._id}
                         onAttached={(count) => setStatus(t('documents.attached', { count }))} />
      )}
      <SuccessStatus message={status} />
    </>
  );
}

interface AttachDocumentsProps {
  teleconsultationId: string;
  onAttached: (count: number) => void;
}

/** Files chosen, uploaded at once, then attached together to the consultation. */
function AttachDocuments({ teleconsultationId, onAttached }: AttachDocumentsProps) {
  const { t } = useTranslation('visit');
  const uploads = useUploads({ max: maxFilesAtOnce });
  const refresh = useRefreshTeleconsultation();
  const attach = useMutation({
    mutationFn: async () => {
      const files = uploads.uploaded;
      // One request a file, each leaving the list once attached: trying again sends only the rest.
      for (const file of files) {
        await teleconsultationsApi.addDocument(teleconsultationId, file.fileId);
        uploads.remove(file.key);
      }
      return files.length;
    },
    onSuccess: async (count) => {
      await refresh(teleconsultationId);
      onAttached(count);
    },
    // Those attached before the failure show too.
    onError: () => void refresh(teleconsultationId),
  });
  return (
    <form className="visit-attach" noValidate onSubmit={(event) => { event.preventDefault(); attach.mutate(); }}>
      <AttachmentPicker uploads={uploads} label={t('documents.add')} hint={t('documents.hint', { max: maxFilesAtOnce })}
                        listLabel={t('documents.chosen')} />
      <ErrorAlert error={attach.error} />
      {uploads.items.length > 0 && (
        <div className="form-actions">
          <button type="submit" className="button"
                  disabled={attach.isPending || uploads.busy || uploads.uploaded.length === 0}>
            {t(attach.isPending ? 'documents.attaching' : 'documents.attach')}
          </button>
          {uploads.busy && <p className="muted">{t('documents.waitForUploads')}</p>}
        </div>
      )}
    </form>
  );
}

import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

interface WriteLinkProps {
  /** The user `_id` of the doctor or patient to write to. */
  userId: string;
  /** Whom the link names: "Write to the doctor", "Write to the patient". */
  to: 'doctor' | 'patient';
}

/** Opens the conversation with someone the user shares an appointment with. */
export function WriteLink({ userId, to }: WriteLinkProps) {
  const { t } = useTranslation('messages');
  return (
    <Link className="button button-secondary button-small" to={`/messages/${userId}`}>
      {t(to === 'doctor' ? 'write.toDoctor' : 'write.toPatient')}
    </Link>
  );
}

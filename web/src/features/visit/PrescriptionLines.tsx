import { useTranslation } from 'react-i18next';
import type { PrescriptionItem } from '@/api/teleconsultations';
import { itemDetails } from './prescriptionRules';

interface PrescriptionLinesProps {
  items: readonly PrescriptionItem[];
  /** `""` or null when there are none. */
  notes: string | null;
  /** The heading level of "Notes", under the page's own headings. */
  notesHeading: 'h3' | 'h4';
}

/** What a prescription says: its lines, numbered, then the doctor's notes. */
export function PrescriptionLines({ items, notes, notesHeading: NotesHeading }: PrescriptionLinesProps) {
  const { t } = useTranslation('visit');
  return (
    <>
      <ol className="visit-prescription-lines">
        {items.map((item, index) => (
          <li key={index}>
            <strong>{item.medication}</strong>
            {itemDetails(item) && <> — {itemDetails(item)}</>}
            {item.instructions && <div>{item.instructions}</div>}
          </li>
        ))}
      </ol>
      {notes && (
        <>
          <NotesHeading>{t('papers.notes')}</NotesHeading>
          <p className="visit-prescription-notes">{notes}</p>
        </>
      )}
    </>
  );
}

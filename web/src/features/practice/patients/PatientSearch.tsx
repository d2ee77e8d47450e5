import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/Field';
import '../practice.css';

/** How long typing pauses before the search runs. */
const pauseMs = 300;

interface PatientSearchProps {
  /** The search in the URL. */
  search: string;
  onSearch: (text: string) => void;
}

/** Searches as the doctor types, once they pause, and at once on Enter. */
export function PatientSearch({ search, onSearch }: PatientSearchProps) {
  const { t } = useTranslation('practice');
  const [text, setText] = useState(search);
  // The URL's search changed by itself (Back, a link): show it instead of what was typed.
  const [shown, setShown] = useState(search);
  if (search !== shown) {
    setShown(search);
    setText(search);
  }
  useEffect(() => {
    const wanted = text.trim();
    if (wanted === search) return;
    const timer = setTimeout(() => {
      setShown(wanted);
      onSearch(wanted);
    }, pauseMs);
    return () => clearTimeout(timer);
  }, [text, search, onSearch]);
  return (
    <form role="search" className="practice-search" onSubmit={(event) => {
      event.preventDefault();
      setShown(text.trim());
      onSearch(text.trim());
    }}>
      <Field label={t('patients.search')} hint={t('patients.searchHint')}>
        <input type="search" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
    </form>
  );
}

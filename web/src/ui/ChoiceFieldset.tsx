import type { ReactNode } from 'react';
import { useDescriptionIds } from './Field';

interface ChoiceFieldsetProps {
  legend: ReactNode;
  hint?: ReactNode;
  /** The problem to show under the choices; the choices themselves say aria-invalid. */
  error?: string | undefined;
  className?: string;
  /** The radio buttons or checkboxes. */
  children: ReactNode;
}

/** Field's counterpart for a group of radio buttons or checkboxes: legend, hint and error, wired for screen readers. */
export function ChoiceFieldset({ legend, hint, error, className, children }: ChoiceFieldsetProps) {
  const { hintId, errorId, describedBy } = useDescriptionIds(hint, error);
  const classes = [className, error ? 'field-invalid' : null].filter(Boolean).join(' ');
  return (
    <fieldset className={classes || undefined} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && <p className="field-hint" id={hintId}>{hint}</p>}
      {children}
      {error && <p className="field-error" id={errorId}>{error}</p>}
    </fieldset>
  );
}

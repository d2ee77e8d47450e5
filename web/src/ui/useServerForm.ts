import { useState } from 'react';
import type { FieldValues, Path, SubmitHandler, UseFormReturn } from 'react-hook-form';
import { fieldProblemTexts } from './errors';

interface Failure {
  error: unknown;
  shownFields: string[];
}

const noFailure: Failure = { error: null, shownFields: [] };

/**
 * The server's answer to a form: a failed submission's field problems go next to their fields,
 * the failure itself (with the problems no field shows) to the form's ErrorAlert, until the next
 * submission passes the form's own checks.
 */
export function useServerForm<T extends FieldValues>(form: UseFormReturn<T>) {
  const [failure, setFailure] = useState<Failure>(noFailure);
  return {
    /** For the ErrorAlert: the last failure, or null. */
    error: failure.error,
    /** For the ErrorAlert: the server fields whose problems their fields already show. */
    shownFields: failure.shownFields,
    /** form.handleSubmit, forgetting the last failure before the new submission. */
    handleSubmit: (onValid: SubmitHandler<T>) =>
      form.handleSubmit((values, event) => {
        setFailure(noFailure);
        return onValid(values, event);
      }),
    /**
     * For the mutation's onError: each problem on a field of `formFields` (its server name mapped
     * through `fieldNames` where they differ) goes on that field, the first of them focused.
     */
    fail: (error: unknown, formFields: readonly Path<T>[], fieldNames: Record<string, Path<T>> = {}) => {
      const shownFields: string[] = [];
      for (const [serverField, text] of Object.entries(fieldProblemTexts(error))) {
        const name = fieldNames[serverField] ?? (serverField as Path<T>);
        if (!formFields.includes(name)) continue;
        form.setError(name, { type: 'server', message: text }, { shouldFocus: shownFields.length === 0 });
        shownFields.push(serverField);
      }
      setFailure({ error, shownFields });
    },
    /** Forgets the last failure, as when the user undoes their changes. */
    clear: () => setFailure(noFailure),
  };
}

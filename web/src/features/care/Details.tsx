import type { ReactNode } from 'react';
import './care.css';

/** A row to show, or a falsy value for one that does not apply. */
export type DetailRow = readonly [label: string, value: ReactNode] | false | null;

/** Labelled facts as a description list. */
export function Details({ rows, className = 'care-details' }: { rows: DetailRow[]; className?: string }) {
  return (
    <dl className={className}>
      {rows.filter((row) => !!row).map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

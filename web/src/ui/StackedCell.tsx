import type { ReactNode } from 'react';

interface StackedCellProps {
  /** Its column's name, shown before it where the table's rows stack (phones). */
  label: string;
  /** The row's header cell, which names the row. */
  rowHeader?: boolean;
  id?: string;
  children: ReactNode;
}

/**
 * A cell of a `.stacked-table`, whose rows become labelled blocks on phones (global.css). The
 * label is for the eyes only: screen readers have the column headers.
 */
export function StackedCell({ label, rowHeader = false, id, children }: StackedCellProps) {
  const content = (
    <>
      <span className="cell-label" aria-hidden="true">{label}</span>
      {children}
    </>
  );
  return rowHeader ? <th scope="row" id={id}>{content}</th> : <td id={id}>{content}</td>;
}

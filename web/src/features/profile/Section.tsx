import { useId, type ReactNode } from 'react';

/** A titled part of a page: a card whose h2 also names the region for screen readers. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card profile-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

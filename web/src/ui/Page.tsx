import { useEffect, useRef, type ReactNode } from 'react';

interface PageProps {
  title: string;
  /** Shown beside the title (actions, a badge). */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * A page with its heading: sets the document title and moves focus to the heading when the page
 * opens, so keyboard and screen-reader users land at the start of the new content.
 */
export function Page({ title, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · MediMeet`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <section className="page">
      <header className="page-header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

interface CountLinkProps {
  to: string;
  /** The link's whole accessible name, the count in words included ("Messages, 3 unread"). */
  name: string;
  count: number;
  /** A decorative icon (aria-hidden): `name` says what the link is. */
  icon: ReactNode;
}

/** A header icon link with a count badge, like the notification bell; the badge is for the eyes only. */
export function CountLink({ to, name, count, icon }: CountLinkProps) {
  return (
    <NavLink to={to} className="count-link">
      {icon}
      <span className="visually-hidden">{name}</span>
      {count > 0 && <span className="count-link-count" aria-hidden="true">{count > 99 ? '99+' : count}</span>}
    </NavLink>
  );
}

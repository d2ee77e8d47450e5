import { useEffect, useRef, useState } from 'react';

/**
 * An inline disclosure (a confirmation, a small form) whose keyboard focus follows it: into it
 * when it opens, back to the button that opened it when it closes, never lost on the page.
 */
export function useDisclosure<Inside extends HTMLElement>() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const inside = useRef<Inside>(null);
  const focusAfterRender = useRef<'inside' | 'opener' | null>(null);
  useEffect(() => {
    if (focusAfterRender.current === 'inside') inside.current?.focus();
    if (focusAfterRender.current === 'opener') opener.current?.focus();
    focusAfterRender.current = null;
  }, [open]);
  const toggle = (next: boolean) => {
    focusAfterRender.current = next ? 'inside' : 'opener';
    setOpen(next);
  };
  return { open, toggle, opener, inside };
}

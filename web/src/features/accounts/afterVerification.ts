// Where to come back once the email address is confirmed: the doctor and time an unverified
// patient was about to book. The emailed link is the server's and carries no `next`, and it often
// opens in another tab, so the path waits in localStorage, and goes through safeNext when read.
import { safeNext } from './safeNext';

const KEY = 'medimeet.afterVerification';

/** Remembers `path` (of this app) to offer once the email is verified. */
export function rememberAfterVerification(path: string): void {
  try {
    localStorage.setItem(KEY, path);
  } catch {
    // No storage (private browsing): the patient finds the doctor again on their own.
  }
}

/** The remembered path, once: it is forgotten as it is read. Only a path of this app is ever returned. */
export function takeAfterVerification(): string | null {
  try {
    const path = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
    return safeNext(path);
  } catch {
    return null;
  }
}

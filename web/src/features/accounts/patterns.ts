// The server's own rules (see docs/api/openapi.yaml), checked early so most mistakes are caught
// before a round trip and explained in the user's language.
export const EMAIL_PATTERN = /^[^\s@<>,;"]+@[^\s@<>,;".][^\s@<>,;"]*\.[^\s@<>,;"]*[^\s@<>,;".]$/;
export const PHONE_PATTERN = /^\+[1-9][0-9]{7,14}$/;

/** A phone number as typed ("+33 6 12 34 56 78") in the E.164 form the server takes. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s.()-]/g, '');
}

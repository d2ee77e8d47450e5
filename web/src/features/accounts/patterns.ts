// The server's own rules (see docs/api/openapi.yaml), checked early so most mistakes are caught
// before a round trip and explained in the user's language. Phone numbers: see lib/phone.ts.
export const EMAIL_PATTERN = /^[^\s@<>,;"]+@[^\s@<>,;".][^\s@<>,;"]*\.[^\s@<>,;"]*[^\s@<>,;".]$/;

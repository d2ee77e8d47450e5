// The server's own rules (see docs/api/openapi.yaml), checked early so most mistakes are caught
// before a round trip and explained in the user's language.
export const EMAIL_PATTERN = /^[^\s@<>,;"]+@[^\s@<>,;".][^\s@<>,;"]*\.[^\s@<>,;"]*[^\s@<>,;".]$/;
export const PHONE_PATTERN = /^\+[1-9][0-9]{7,14}$/;

// Phone numbers as people type them ("06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78"),
// read with libphonenumber-js and its smallest ("min") metadata: it knows each country's number
// lengths and formats, which is all a form needs. The server takes and keeps E.164 only.
import { getCountryCallingCode, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/min';

/** Numbers typed without their country code are French: MediMeet's patients and doctors are in France. */
const DEFAULT_COUNTRY = 'FR';

/** The server's E.164 rule (docs/api/openapi.yaml, Phone): `+`, then 8 to 15 digits, the first not 0. */
const E164 = /^\+[1-9][0-9]{7,14}$/;

/** Digits with the separators people use, and an optional leading `+`: no letters, no extension. */
const TYPED = /^\+?[0-9][0-9 .()/-]*$/;

function parse(text: string): PhoneNumber | undefined {
  const typed = text.trim();
  if (!TYPED.test(typed)) return undefined;
  // extract: false reads the whole text as the number, instead of finding one inside it.
  return parsePhoneNumberFromString(typed, { defaultCountry: DEFAULT_COUNTRY, extract: false });
}

/** The number in the E.164 form the server takes ("+33612345678"), or null when it cannot be a phone number. */
export function toE164(text: string): string | null {
  const number = parse(text);
  if (!number?.isValid()) return null;
  return E164.test(number.number) ? number.number : null;
}

/**
 * A stored (E.164) number as a person reads it: a French one in its national form
 * ("06 12 34 56 78"), another with its country code ("+44 20 7946 0958"). Anything else as it is.
 */
export function formatPhone(e164: string): string {
  const number = parse(e164);
  if (!number?.isValid()) return e164;
  return number.country === DEFAULT_COUNTRY ? number.formatNational() : number.formatInternational();
}

/**
 * What to look for in stored (E.164) numbers when someone searches by phone: digits typed the
 * French way become the start of their E.164 form ("06 12 34" → "+3361234"), a leading "00" the
 * "+" it stands for, other digits just lose their separators. Text that is no phone number (a
 * name, an email address) stays as it is.
 */
export function phoneSearchText(text: string): string {
  const typed = text.trim();
  if (!TYPED.test(typed)) return typed;
  const digits = typed.replace(/[^0-9+]/g, '');
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+${getCountryCallingCode(DEFAULT_COUNTRY)}${digits.slice(1)}`;
  return digits;
}

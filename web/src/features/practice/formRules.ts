// What the server accepts in the workspace's number inputs, checked before sending: the profile's
// consultation and the visit reasons share their rules.

/** Digits only: a whole number as an input holds it. */
export const wholeNumber = /^\d+$/;

/** A consultation length: 10 to 240 minutes, in steps of 5. */
export function isConsultationMinutes(value: string): boolean {
  const minutes = Number(value);
  return wholeNumber.test(value) && minutes >= 10 && minutes <= 240 && minutes % 5 === 0;
}

/** A fee input left empty (no fee of its own), or an amount from 0 to 100,000; the server checks its decimals. */
export function isOptionalFee(value: string): boolean {
  return value === '' || (Number(value) >= 0 && Number(value) <= 100_000);
}

// Calendar days as the tests' browsers and the server (`--timezone Europe/Paris`) count them.
export const zone = 'Europe/Paris';

/** The `YYYY-MM-DD` an instant falls on in Paris. */
export const parisDay = (instant: string | number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(instant));

/** A `YYYY-MM-DD` day moved by whole days. */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

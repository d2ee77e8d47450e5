// The RPPS number (Répertoire partagé des professionnels de santé): the French practitioner id,
// 11 digits whose last is the Luhn check digit of the others, as the server checks it.

/** The number as typed, without the spaces people put in to read it ("100 034 567 86"). */
export function rppsText(typed: string): string {
  return typed.replace(/\s/gu, '');
}

/** What is wrong with a typed RPPS number: nothing (empty is "not given"), its length, or its check digit. */
export function rppsProblem(typed: string): 'length' | 'checkDigit' | null {
  const text = rppsText(typed);
  if (text === '') return null;
  if (!/^\d{11}$/u.test(text)) return 'length';
  return luhnValid(text) ? null : 'checkDigit';
}

/** From the right, every second digit doubled (less 9 past 9): the sum is a multiple of 10. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((character, index) => {
    const digit = Number(character) * (index % 2 === 1 ? 2 : 1);
    sum += digit > 9 ? digit - 9 : digit;
  });
  return sum % 10 === 0;
}

// Text limits as the server counts them: characters are code points (an emoji is one), once the
// text is trimmed.

/** Whether a text has more than `max` characters, as the server counts them. */
export function isTooLong(text: string, max: number): boolean {
  return [...text.trim()].length > max;
}

// What the composer checks before sending, as the server counts: characters (code points) of the
// text once surrounding whitespace is trimmed.
import { newIdempotencyKey } from '@/lib/idempotencyKey';

export const messageMaxLength = 5000;

/** The counter appears once this few characters are left: below it, it would only distract. */
const counterThreshold = 500;

/** How many more characters the message may take; negative when it is too long. */
export function charactersLeft(text: string): number {
  return messageMaxLength - [...text.trim()].length;
}

export function showsCounter(left: number): boolean {
  return left <= counterThreshold;
}

/** One send of a message, with the Idempotency-Key that makes the server take it at most once. */
export interface SendAttempt {
  content: string;
  idempotencyKey: string;
}

/**
 * The attempt to send `content`: the failed one again when the text is the same (the server may
 * have received it before the answer was lost, and must not store it twice), else a fresh key.
 */
export function nextAttempt(content: string, failed: SendAttempt | null,
                            newKey: () => string = newIdempotencyKey): SendAttempt {
  return failed && failed.content === content ? failed : { content, idempotencyKey: newKey() };
}

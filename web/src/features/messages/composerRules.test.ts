import { describe, expect, it } from 'vitest';
import { charactersLeft, messageMaxLength, nextAttempt, showsCounter } from './composerRules';

describe('the message length', () => {
  it('counts characters of the trimmed text, as the server does', () => {
    expect(charactersLeft('  Bonjour \n')).toBe(messageMaxLength - 7);
    // One emoji is one character, though two UTF-16 units.
    expect(charactersLeft('👍')).toBe(messageMaxLength - 1);
    expect(charactersLeft('a'.repeat(messageMaxLength + 3))).toBe(-3);
  });

  it('shows the counter only near the limit', () => {
    expect(showsCounter(charactersLeft('a'.repeat(4000)))).toBe(false);
    expect(showsCounter(charactersLeft('a'.repeat(4500)))).toBe(true);
    expect(showsCounter(-1)).toBe(true);
  });
});

describe('the Idempotency-Key of a send', () => {
  let keys = 0;
  const newKey = () => `key ${++keys}`;

  it('is new for each new message', () => {
    const first = nextAttempt('Bonjour', null, newKey);
    expect(nextAttempt('Merci', null, newKey).idempotencyKey).not.toBe(first.idempotencyKey);
  });

  it('is the failed one again when the same text is retried, and new once the text changed', () => {
    const failed = nextAttempt('Bonjour', null, newKey);
    expect(nextAttempt('Bonjour', failed, newKey)).toEqual(failed);
    expect(nextAttempt('Bonjour !', failed, newKey).idempotencyKey).not.toBe(failed.idempotencyKey);
  });
});

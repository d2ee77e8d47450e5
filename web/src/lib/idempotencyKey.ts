/**
 * A random key for the Idempotency-Key header. crypto.randomUUID exists only on secure origins
 * (https, localhost); on a plain-http intranet address the random bytes still are available.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// When the event socket reconnects, and whether it should: pure rules, kept apart from the socket.

/** The close code by which the server says the session ended (logout, password changed or reset). */
export const sessionEndedCode = 4001;

/** The server closes a client that falls behind, or a user's oldest socket beyond 10, with 1008. */
const policyViolationCode = 1008;

const firstDelayMs = 1_000;
const longestDelayMs = 30_000;

/** A connection open this long was a working one: the next drop starts the delays afresh. */
export const stableAfterMs = 10_000;

/**
 * How long to wait before reconnection attempt `attempt` (0 for the first after a drop): a
 * ceiling of 1 s doubling up to 30 s, and a random wait between half of it and all of it, so that
 * the browsers a restarting server dropped do not all come back in the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(longestDelayMs, firstDelayMs * 2 ** Math.min(Math.max(attempt, 0), 5));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Whether a connection that closed with `code` after `openForMs` worked well enough to reset the
 * delays. A 1008 never does: a client pushed out (too many tabs, say) would otherwise come back at
 * once and push out another, round and round.
 */
export function wasStable(openForMs: number, code: number): boolean {
  return openForMs >= stableAfterMs && code !== policyViolationCode;
}

/** What to do once the socket closed: the session's end is final, anything else is reconnected. */
export function afterClose(code: number): 'sessionEnded' | 'reconnect' {
  return code === sessionEndedCode ? 'sessionEnded' : 'reconnect';
}

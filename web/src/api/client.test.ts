import { describe, expect, it } from 'vitest';
import { ApiError, failureOf, isRetryable } from './client';

describe('isRetryable', () => {
  it('gives up on what the server refused, not on what went wrong on the way', () => {
    expect(isRetryable(new ApiError(404, 'not_found', 'gone'))).toBe(false);
    expect(isRetryable(new ApiError(409, 'slot_unavailable', 'taken'))).toBe(false);
    expect(isRetryable(new ApiError(503, 'database_unavailable', 'busy'))).toBe(true);
    expect(isRetryable(new ApiError(0, 'network_error', 'offline'))).toBe(true);
    expect(isRetryable(new TypeError('failed'))).toBe(true);
  });
});

describe('failureOf', () => {
  it('reads the server’s error document, or says what the status says', () => {
    const refused = failureOf(403, JSON.stringify({ error: { code: 'file_not_yours', message: 'Not yours.' } }), null);
    expect(refused).toMatchObject({ status: 403, code: 'file_not_yours', message: 'Not yours.' });
    const proxy = failureOf(502, '<html>Bad gateway</html>', '30');
    expect(proxy).toMatchObject({ status: 502, code: 'http_error', retryAfterSeconds: 30 });
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError, isRetryable } from './client';

describe('isRetryable', () => {
  it('gives up on what the server refused, not on what went wrong on the way', () => {
    expect(isRetryable(new ApiError(404, 'not_found', 'gone'))).toBe(false);
    expect(isRetryable(new ApiError(409, 'slot_unavailable', 'taken'))).toBe(false);
    expect(isRetryable(new ApiError(503, 'database_unavailable', 'busy'))).toBe(true);
    expect(isRetryable(new ApiError(0, 'network_error', 'offline'))).toBe(true);
    expect(isRetryable(new TypeError('failed'))).toBe(true);
  });
});

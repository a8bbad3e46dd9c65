// Sign-in back-off: a few free failures, then each further failure doubles the wait, capped so
// that a person who mistyped is never locked out for long.
import { describe, expect, it } from 'vitest';
import { lockDurationMs, throttleKeys } from '@/lib/auth/login-throttle';

const FIFTEEN_MINUTES = 15 * 60_000;

describe('lockDurationMs', () => {
  it('does not lock for the first four failures', () => {
    for (const failures of [0, 1, 2, 3, 4]) expect(lockDurationMs(failures), `${failures} failures`).toBe(0);
  });

  it('locks for one second at the fifth failure, doubling after that', () => {
    expect(lockDurationMs(5)).toBe(1_000);
    expect(lockDurationMs(6)).toBe(2_000);
    expect(lockDurationMs(7)).toBe(4_000);
    expect(lockDurationMs(10)).toBe(32_000);
  });

  it('never waits longer than fifteen minutes', () => {
    expect(lockDurationMs(14)).toBe(512_000);
    expect(lockDurationMs(15)).toBe(FIFTEEN_MINUTES);
    expect(lockDurationMs(1_000)).toBe(FIFTEEN_MINUTES);
  });

  it('never shortens the wait as failures grow', () => {
    let previous = 0;
    for (let failures = 0; failures <= 60; failures++) {
      const ms = lockDurationMs(failures);
      expect(ms, `${failures} failures`).toBeGreaterThanOrEqual(previous);
      previous = ms;
    }
  });
});

describe('throttleKeys', () => {
  it('counts per email (case-insensitive) and per client address', () => {
    expect(throttleKeys('Alice@Example.com', '10.0.0.1')).toEqual(['email:alice@example.com', 'ip:10.0.0.1']);
    expect(throttleKeys('a@b.c', null)).toEqual(['email:a@b.c']);
  });
});

// Each error code has exactly one HTTP status, decided in one place; the API, server actions
// and the OpenAPI document all rely on this map.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, conflict, errorCodes, forbidden, isAppError, notFound } from '@/lib/errors/app-error';
import { parseInput, zodIssues } from '@/lib/errors/from-zod';
import { httpStatusByCode } from '@/lib/errors/http-status';

describe('httpStatusByCode', () => {
  it('maps every error code, and nothing else', () => {
    expect(Object.keys(httpStatusByCode).sort()).toEqual([...errorCodes].sort());
  });

  it('maps each code to an error status of the right class', () => {
    for (const code of errorCodes) {
      const status = httpStatusByCode[code];
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
      expect(status >= 500, `${code} is a server-side failure`).toBe(code === 'internal' || code === 'unavailable');
    }
  });

  it('gives distinct codes distinct statuses', () => {
    const statuses = errorCodes.map((c) => httpStatusByCode[c]);
    expect(new Set(statuses).size).toBe(statuses.length);
  });

  it.each([
    ['bad_request', 400], ['unauthorized', 401], ['forbidden', 403], ['not_found', 404], ['conflict', 409],
    ['payload_too_large', 413], ['unsupported_media_type', 415], ['invalid', 422], ['rate_limited', 429],
    ['internal', 500], ['unavailable', 503],
  ] as const)('%s → %i', (code, status) => {
    expect(httpStatusByCode[code]).toBe(status);
  });
});

describe('AppError', () => {
  it('carries its code, message, issues, details and retry delay', () => {
    const e = new AppError('rate_limited', 'Slow down.', { retryAfter: 30, details: { limit: 5 }, issues: [{ path: 'x', message: 'm' }] });
    expect(e).toBeInstanceOf(Error);
    expect(isAppError(e)).toBe(true);
    expect(e).toMatchObject({ code: 'rate_limited', message: 'Slow down.', retryAfter: 30, details: { limit: 5 }, issues: [{ path: 'x', message: 'm' }] });
    expect(isAppError(new Error('x'))).toBe(false);
  });

  it('has shorthands for the common failures', () => {
    expect(notFound('Service')).toMatchObject({ code: 'not_found', message: 'Service not found.' });
    expect(forbidden().code).toBe('forbidden');
    expect(conflict('Taken.', { slug: 'a' })).toMatchObject({ code: 'conflict', details: { slug: 'a' } });
    expect(conflict('Taken.').details).toBeUndefined();
  });
});

describe('parseInput', () => {
  const schema = z.object({ name: z.string().min(1), contacts: z.array(z.object({ email: z.email() })) });

  it('returns the parsed value when valid', () => {
    expect(parseInput(schema, { name: 'a', contacts: [] })).toEqual({ name: 'a', contacts: [] });
  });

  it('throws invalid (422) with one issue per bad field, named by its path', () => {
    let caught: unknown;
    try {
      parseInput(schema, { name: '', contacts: [{ email: 'nope' }] });
    } catch (e) {
      caught = e;
    }
    expect(isAppError(caught)).toBe(true);
    const err = caught as AppError;
    expect(err.code).toBe('invalid');
    expect(httpStatusByCode[err.code]).toBe(422);
    expect(err.issues?.map((i) => i.path)).toEqual(['name', 'contacts.0.email']);
    expect(err.message).toContain('name, contacts.0.email');
  });

  it('names the whole body when the body itself is the wrong type', () => {
    const result = schema.safeParse('text');
    expect(result.success).toBe(false);
    if (!result.success) expect(zodIssues(result.error)[0]).toMatchObject({ path: '', code: 'invalid_type' });
    expect(() => parseInput(schema, 'text')).toThrow(/\(body\)/);
  });
});

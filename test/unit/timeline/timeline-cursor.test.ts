import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { decodePageCursor, decodeSyncCursor, encodePageCursor, encodeSyncCursor } from '@/lib/timeline/timeline-cursor';
import { decodeIncidentCursor, encodeIncidentCursor } from '@/lib/incidents/incident-cursor';

const id = '0d4c3b2a-1111-4222-8333-444455556666';

describe('timeline and incident cursors', () => {
  it('round-trip', () => {
    const page = { occurredAt: new Date('2026-03-01T10:00:00.123Z'), recordedAt: new Date('2026-03-01T10:00:01Z'), id };
    expect(decodePageCursor(encodePageCursor(page))).toEqual(page);
    const sync = { changedAt: new Date('2026-03-01T10:00:00Z'), id };
    expect(decodeSyncCursor(encodeSyncCursor(sync))).toEqual(sync);
    expect(decodeSyncCursor(encodeSyncCursor(null)).changedAt.getTime()).toBe(0);
    const key = { declaredAt: new Date('2026-03-01T10:00:00Z'), number: 42, severity: 'SEV2' as const };
    expect(decodeIncidentCursor('severity', encodeIncidentCursor('severity', key))).toEqual(key);
  });

  it('refuse garbage and cursors of another kind with 422 naming the parameter', () => {
    const sync = encodeSyncCursor(null);
    for (const [fn, arg, path] of [
      [decodePageCursor, 'nonsense', 'cursor'],
      [decodePageCursor, sync, 'cursor'],
      [decodeSyncCursor, encodePageCursor({ occurredAt: new Date(), recordedAt: new Date(), id }), 'after'],
    ] as const) {
      try {
        fn(arg);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).issues?.[0]?.path).toBe(path);
      }
    }
    expect(() => decodeIncidentCursor('declared_desc', encodeIncidentCursor('number_asc', { declaredAt: new Date(), number: 1, severity: 'SEV1' }))).toThrow(AppError);
  });
});

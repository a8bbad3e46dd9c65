import { describe, expect, it } from 'vitest';
import { formatReference, parseIncidentRef } from '@/lib/incidents/reference';

describe('incident references', () => {
  it('formats numbers as INC-n', () => {
    expect(formatReference(42)).toBe('INC-42');
  });

  it('accepts a number, an INC- reference in any case, or a uuid', () => {
    expect(parseIncidentRef('42')).toEqual({ number: 42 });
    expect(parseIncidentRef('INC-42')).toEqual({ number: 42 });
    expect(parseIncidentRef('inc-7')).toEqual({ number: 7 });
    expect(parseIncidentRef('0D4C3B2A-1111-4222-8333-444455556666')).toEqual({ id: '0d4c3b2a-1111-4222-8333-444455556666' });
  });

  it('rejects what cannot name an incident', () => {
    for (const bad of ['', 'INC-', 'INC-0', '0', '-1', '1.5', 'INC-42x', '99999999999', 'abc', '2147483648']) {
      expect(parseIncidentRef(bad)).toBeNull();
    }
  });
});

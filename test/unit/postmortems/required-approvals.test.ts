// The approvals setting falls back to the default per severity when missing or damaged.
import { describe, expect, it } from 'vitest';
import { defaultRequiredApprovals, mergeRequiredApprovals } from '@/lib/postmortems/required-approvals';

describe('mergeRequiredApprovals', () => {
  it('defaults to SEV1 2, SEV2 1, SEV3 1, SEV4 0', () => {
    expect(mergeRequiredApprovals(undefined)).toEqual({ SEV1: 2, SEV2: 1, SEV3: 1, SEV4: 0 });
    expect(defaultRequiredApprovals).toEqual({ SEV1: 2, SEV2: 1, SEV3: 1, SEV4: 0 });
  });

  it('takes valid values and ignores damaged ones', () => {
    expect(mergeRequiredApprovals({ SEV1: 3, SEV2: 'two', SEV3: -1, SEV4: 1.5 })).toEqual({ SEV1: 3, SEV2: 1, SEV3: 1, SEV4: 0 });
    expect(mergeRequiredApprovals('nonsense')).toEqual(defaultRequiredApprovals);
  });
});

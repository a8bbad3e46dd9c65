import { describe, expect, it } from 'vitest';
import { prepareQuery, runPasses, type MatchMode } from '@/lib/search/prepared-query';

type Row = { matchedAll: boolean };

async function passes(q: string, answers: Partial<Record<MatchMode, Row[]>>): Promise<{ modes: MatchMode[]; rows: Row[] }> {
  const modes: MatchMode[] = [];
  const rows = await runPasses(prepareQuery(q)!, async (mode) => {
    modes.push(mode);
    return answers[mode] ?? [];
  });
  return { modes, rows };
}

describe('runPasses', () => {
  it('stops at all terms when something has them', async () => {
    expect((await passes('token 过期', { all: [{ matchedAll: true }] })).modes).toEqual(['all']);
  });

  it('falls back to any term when nothing has both of two', async () => {
    const r = await passes('磁盘 满了', { any: [{ matchedAll: false }] });
    expect(r.modes).toEqual(['all', 'any']);
    expect(r.rows).toHaveLength(1);
  });

  it('uses any term straight away for a pasted line of three or more terms', async () => {
    expect((await passes('ERROR connection reset by peer', { any: [{ matchedAll: false }] })).modes).toEqual(['any']);
  });

  it('stops when a single word matches nothing (typos are corrected before, from the vocabulary)', async () => {
    const r = await passes('webhoosk', {});
    expect(r.modes).toEqual(['all']);
    expect(r.rows).toHaveLength(0);
  });
});

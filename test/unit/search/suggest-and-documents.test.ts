import { describe, expect, it } from 'vitest';
import { incidentDocument, postmortemDocument } from '@/lib/search/documents';
import { parseQuery } from '@/lib/search/normalize';
import { toSuggestTsQuery } from '@/lib/search/suggest-query';

describe('toSuggestTsQuery', () => {
  it('matches every word as a title prefix, as typed or stemmed', () => {
    expect(toSuggestTsQuery(parseQuery('deploy time'))).toBe("('deploy':*A | 'deploi':*A) & 'time':*A");
  });

  it('matches a single letter whole, not as the prefix of thousands of words', () => {
    expect(toSuggestTsQuery(parseQuery('api x'))).toBe("'api':*A & 'x':A");
  });

  it('matches Chinese words as title characters in order', () => {
    expect(toSuggestTsQuery(parseQuery('订单'))).toBe("('订':A <-> '单':A)");
  });

  it('matches words joined by a dash in order, the last one as a prefix', () => {
    expect(toSuggestTsQuery(parseQuery('order-serv'))).toBe("('order':A <-> 'serv':*A)");
  });

  it('has nothing to ask for punctuation alone', () => {
    expect(toSuggestTsQuery(parseQuery('?? --'))).toBeNull();
  });
});

describe('search documents', () => {
  it('weights an incident: title A, summary and impact B, highlights and services C', () => {
    const d = incidentDocument({ title: 'CRM 调用失败', summary: 'Orders fail', impact: '下单失败', highlights: ['Rolled back'], services: ['Order API', 'orders'] });
    expect(d.a.split(' ')).toEqual(expect.arrayContaining(['crm', '调用', '失败']));
    expect(d.b.split(' ')).toEqual(expect.arrayContaining(['order', 'fail', '下单']));
    expect(d.c.split(' ')).toEqual(expect.arrayContaining(['roll', 'back', 'api']));
    expect(d.trigram).toBe('crm 调用失败');
  });

  it('puts summary, impact and root causes of a postmortem in B, other sections in C', () => {
    const d = postmortemDocument({
      title: 'Payment delayed',
      sections: [{ key: 'root_causes', body: 'queue too small' }, { key: 'lessons', body: 'alert earlier' }],
      services: [],
    });
    expect(d.b).toContain('queue');
    expect(d.b).not.toContain('alert');
    expect(d.c).toContain('alert');
  });
});

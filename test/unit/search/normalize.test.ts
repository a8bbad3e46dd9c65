import { describe, expect, it } from 'vitest';
import { normalizeForIndex, normalizeForTrigram, parseQuery, termTsQueries, toTsQuery, wordTerms } from '@/lib/search/normalize';

const tokens = (s: string) => normalizeForIndex(s).split(' ');

describe('normalizeForIndex', () => {
  it('indexes Chinese as jieba words plus every single character, in order', () => {
    expect(normalizeForIndex('调用服务失败')).toBe('调用 服务 失败 调 用 服 务 失 败');
  });

  it('keeps dictionary sub-words of long words (cutForSearch) for recall', () => {
    const t = tokens('有效期被缩短');
    expect(t).toEqual(expect.arrayContaining(['有效', '有效期', '缩短', '有', '效', '期', '被']));
  });

  it('lower-cases and stems English so that inflections meet', () => {
    expect(normalizeForIndex('Connection Timeouts')).toBe('connect timeout');
    expect(normalizeForIndex('timeout')).toBe('timeout');
    expect(normalizeForIndex('Tokens EXPIRED')).toBe(normalizeForIndex('token expires'));
  });

  it('splits mixed text without spaces between the scripts', () => {
    expect(normalizeForIndex('token过期')).toBe('token 过期 过 期');
    expect(normalizeForIndex('CRM调用失败')).toBe('crm 调用 失败 调 用 失 败');
  });

  it('drops punctuation of pasted error lines and splits on underscores and colons', () => {
    const line = '2026-11-21 10:02:03 ERROR [OrderClient] 401 invalid_token: "token expired" (HTTP 500)';
    const t = tokens(line);
    expect(t).toEqual(expect.arrayContaining(['401', 'invalid', 'token', 'expir', 'http', '500', 'error']));
    for (const tok of t) expect(tok).toMatch(/^[\p{L}\p{N}]+$/u);
  });

  it('gives nothing for punctuation only', () => {
    expect(normalizeForIndex(' -- !! ')).toBe('');
  });
});

describe('parseQuery and toTsQuery', () => {
  it('matches a Chinese word as its characters in order (found inside longer text)', () => {
    expect(toTsQuery(parseQuery('过期'), 'and')).toBe("('过期' | '过' <-> '期' | 'expir' | 'expiri')");
  });

  it('segments Chinese queries into words that must all occur', () => {
    expect(toTsQuery(parseQuery('调用服务失败'), 'and')).toBe("('调用' | '调' <-> '用' | 'transfer' | 'alloc') & ('服务' | '服' <-> '务' | 'serv' | 'servic') & ('失败' | '失' <-> '败' | 'fail' | 'failur' | '不成功' | '不' <-> '成' <-> '功')");
  });

  it('handles mixed queries', () => {
    expect(toTsQuery(parseQuery('token过期'), 'and')).toBe("('token' | '令牌' | '令' <-> '牌') & ('过期' | '过' <-> '期' | 'expir' | 'expiri')");
    expect(toTsQuery(parseQuery('CRM 调用失败'), 'and')).toBe("'crm' & ('调用' | '调' <-> '用' | 'transfer' | 'alloc') & ('失败' | '失' <-> '败' | 'fail' | 'failur' | '不成功' | '不' <-> '成' <-> '功')");
  });

  it('stems English query words like indexed ones, and de-duplicates', () => {
    expect(toTsQuery(parseQuery('Timeouts timeout '), 'and')).toBe("('timeout' | '超时' | '超' <-> '时')");
  });

  it('completes the last word as a prefix while it is being typed, not once a space follows', () => {
    expect(toTsQuery(parseQuery('crashloop'), 'and')).toBe("'crashloop':*");
    expect(toTsQuery(parseQuery('order-service OOM'), 'and')).toBe("('order' <-> 'servic') & ('oom':* | '爆' | 'exhaust' | '溢出' | '溢' <-> '出' | '耗尽' | '耗' <-> '尽')");
    expect(toTsQuery(parseQuery('crashloop '), 'and')).toBe("'crashloop'");
    // Too short to complete, numbers, Chinese: as typed.
    expect(toTsQuery(parseQuery('db'), 'and')).toBe("'db'");
    expect(toTsQuery(parseQuery('HTTP 500'), 'and')).toBe("'http' & '500'");
    expect(toTsQuery(parseQuery('token过期'), 'and')).toBe("('token' | '令牌' | '令' <-> '牌') & ('过期' | '过' <-> '期' | 'expir' | 'expiri')");
  });

  it('matches words written joined (order-service, invalid_token, ORA-01555) as a phrase, in order', () => {
    expect(toTsQuery(parseQuery('invalid_token '), 'and')).toBe("('invalid' <-> 'token')");
    expect(toTsQuery(parseQuery('ORA-01555 '), 'and')).toBe("('ora' <-> '01555')");
    expect(toTsQuery(parseQuery('java.net.SocketException: Connection reset '), 'and')).toBe(
      "('java' <-> 'net' <-> 'socketexcept') & ('connect' | '连接' | '连' <-> '接') & ('reset' | '重置' | '重' <-> '置')",
    );
    // Separated by spaces, they are separate words again.
    expect(toTsQuery(parseQuery('invalid token '), 'and')).toBe("'invalid' & ('token' | '令牌' | '令' <-> '牌')");
  });

  it('adds typo corrections as alternatives of the word, also inside phrases', () => {
    const terms = parseQuery('invlaid_token deadlok');
    for (const w of wordTerms(terms)) {
      if (w.lexeme === 'invlaid') w.alternatives = ['invalid'];
      if (w.lexeme === 'deadlok') w.alternatives = ['deadlock'];
    }
    expect(toTsQuery(terms, 'and')).toBe("(('invlaid' | 'invalid') <-> 'token') & ('deadlok':* | 'deadlock')");
  });

  it('leaves English function words out of queries unless nothing else is left', () => {
    expect(toTsQuery(parseQuery('dns failing in the pods '), 'or')).toBe("('dn' | '域名' | '域' <-> '名') | ('fail' | '失败' | '失' <-> '败' | 'failur' | '不成功' | '不' <-> '成' <-> '功') | 'pod'");
    expect(parseQuery('the of and ')).toEqual([]);
    expect(toTsQuery(parseQuery('the '), 'or')).toBeNull();
    // Inside a phrase they stay: "read-only" is not "only".
    expect(toTsQuery(parseQuery('cluster is down '), 'and')).toBe("'cluster' & ('down' | '挂' | 'outag' | '宕机' | '宕' <-> '机' | 'unavail' | '挂掉' | '挂' <-> '掉' | 'crash')");
  });

  it('gives each term its own tsquery, for counting how many an entry matches', () => {
    expect(termTsQueries(parseQuery('sessions evicted redis '))).toEqual(["'session'", "'evict'", "'redi'"]);
  });

  it('leaves single-character particles out of the AND query but not the OR one', () => {
    const terms = parseQuery('连接被重置');
    expect(toTsQuery(terms, 'and')).not.toContain("'被'");
    expect(toTsQuery(terms, 'or')).toContain("'被'");
  });

  it('never lets quotes or operators through', () => {
    expect(toTsQuery(parseQuery("x'b & !c | d:*"), 'or')).toBe("'x' | 'b' | 'c' | 'd'");
    expect(toTsQuery(parseQuery('!!!'), 'and')).toBeNull();
  });
});

describe('normalizeForTrigram', () => {
  it('keeps words in order without punctuation', () => {
    expect(normalizeForTrigram('401 invalid_token: Connection RESET')).toBe('401 invalid token connection reset');
  });
});

describe('Chinese character sequences outside the dictionary', () => {
  it('keeps them as one phrase, so they match in order only', () => {
    const q = toTsQuery(parseQuery('务失'), 'and');
    expect(q).toBe("('务失' | '务' <-> '失')");
  });
});

describe('particles', () => {
  it('leaves grammatical particles out of queries', () => {
    expect(toTsQuery(parseQuery('磁盘满了'), 'or')).toBe("('磁盘' | '磁' <-> '盘' | 'disk') | ('满' | 'full' | '写满' | '写' <-> '满' | '爆满' | '爆' <-> '满' | '占满' | '占' <-> '满')");
  });
});

describe('bilingual glossary', () => {
  it('lets a Chinese word also match its English meaning, and the other way round', () => {
    expect(toTsQuery(parseQuery('重复扣款'), 'and')).toBe("('重复' | '重' <-> '复' | 'duplic' | 'twice' | '两次' | '两' <-> '次' | '多次' | '多' <-> '次' | 'doubl') & ('扣款' | '扣' <-> '款' | 'charg' | '被扣' | '被' <-> '扣' | 'debit' | '扣钱' | '扣' <-> '钱' | '扣费' | '扣' <-> '费')");
    expect(toTsQuery(parseQuery('deadlock '), 'and')).toBe("('deadlock' | '死锁' | '死' <-> '锁')");
  });

  it('leaves words it does not know alone', () => {
    expect(toTsQuery(parseQuery('kafka 消费'), 'and')).toBe("'kafka' & ('消费' | '消' <-> '费' | 'consum')");
  });
});

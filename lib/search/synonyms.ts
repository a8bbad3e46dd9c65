// Everyday words of outages, in both languages: what a customer or a support agent types
// ("服务挂了", "页面很卡", "keeps disconnecting") against what an engineer writes in the entry
// (宕机, 卡顿, timeout). Each group is one meaning; a query word of a group also matches the
// group's other words, ranked below the words actually typed (search-known-issues.ts, "typed").
// Han words are written as jieba cuts a query (lib/search/normalize.ts, hanWords: "挂了" is 挂,
// "很慢" stays 很慢); English words are single words, stemmed like the index. A word may be in
// several groups. Keep groups to words whose meaning does not depend on context: a group that
// joins two things an entry distinguishes makes results worse, not better.
import { normalizeWord } from './normalize-word.ts';

export const SYNONYM_GROUPS: string[][] = [
  // Down, crashed, unavailable.
  ['挂', '宕机', 'down', 'outage', '挂掉', '崩', '崩溃', '不可用', 'unavailable', 'crash'],
  ['打不开', '无法访问', '访问不了', '白屏', 'unreachable', 'blank'],
  ['闪退', '崩溃', 'crash', 'crashes'],
  // Slow.
  ['卡', '很卡', '卡顿', '慢', '很慢', '变慢', '缓慢', '延迟', 'sluggish', 'slow', 'latency', 'lag'],
  ['卡住', '没反应', '无响应', '转圈', 'hang', 'hung', 'stuck', 'frozen', 'unresponsive'],
  // Errors.
  ['报错', '出错', '错误', '异常', 'error', 'errors', 'exception', 'throws'],
  ['失败', '不成功', 'fail', 'failed', 'failing', 'failure'],
  // Connectivity.
  ['掉线', '断线', '断开', '断连', 'disconnected', 'disconnect', 'dropped'],
  ['连不上', '连接不上', '无法连接', '连接失败', 'refused', 'unreachable'],
  ['超时', 'timeout'],
  // Not received / not sent.
  ['收不到', '没收到', '未收到', '没发出去', 'missing', 'undelivered', 'delivered', 'received'],
  // Login.
  ['登不上', '登录不上', '登录不了', '登录失败', '无法登录', 'login', 'logged', 'signin'],
  ['退出登录', '掉登录', '被踢', 'logout', 'logged'],
  // Full, exhausted.
  ['满', '写满', '爆满', '占满', 'full'],
  ['爆', '溢出', '耗尽', 'oom', 'exhausted'],
  // Money.
  ['扣款', '被扣', '扣钱', '扣费', 'charged', 'charge', 'debit'],
  ['重复', '两次', '多次', 'duplicate', 'twice', 'double'],
  ['付不了', '付款失败', '支付失败', 'payment'],
  // Garbled text.
  ['乱码', '显示问号', 'garbled', 'mojibake'],
  // Lost, gone.
  ['没了', '丢失', '不见了', 'lost', 'missing'],
];

/** At most this many other words per query word: a long group must not turn one word into ten. */
export const MAX_SYNONYMS = 6;

let map: Map<string, string[]> | null = null;

function isHan(word: string): boolean {
  return /\p{Script=Han}/u.test(word);
}

function key(word: string): string {
  return isHan(word) ? word : normalizeWord(word);
}

function synonymMap(): Map<string, string[]> {
  if (map) return map;
  map = new Map();
  for (const group of SYNONYM_GROUPS) {
    const keys = [...new Set(group.map(key))];
    for (const k of keys) {
      // Both languages early, alternating, so the MAX_SYNONYMS cut keeps some of each.
      const others = keys.filter((o) => o !== k);
      const same = others.filter((o) => isHan(o) === isHan(k));
      const other = others.filter((o) => isHan(o) !== isHan(k));
      const mixed = Array.from({ length: Math.max(same.length, other.length) }, (_, i) => [other[i], same[i]]).flat().filter((w): w is string => w !== undefined);
      map.set(k, [...new Set([...(map.get(k) ?? []), ...mixed])]);
    }
  }
  return map;
}

/**
 * The other words of a query word's groups (Han words as written, English ones stemmed), the
 * word's first group first, the two languages alternating, at most MAX_SYNONYMS. `word` is a Han word or
 * a stemmed lexeme.
 */
export function synonymsOf(word: string): string[] {
  return (synonymMap().get(word) ?? []).slice(0, MAX_SYNONYMS);
}

// A small bilingual glossary of outage vocabulary, so that a Chinese query finds an entry
// written only in English and the other way round ("订单重复扣款" → "customers charged twice",
// "timeout" → 超时). Each pair joins a Chinese word (as jieba cuts it) and English words
// (stemmed like the index). Used at query time only: a query term also matches its
// translations, ranked by the same full-text score (lib/search/normalize.ts, `translations`).
// Keep it to words whose meaning does not depend on context.
import { normalizeWord } from './normalize-word.ts';

const PAIRS: [zh: string, en: string[]][] = [
  ['超时', ['timeout']],
  ['过期', ['expired', 'expiry']],
  ['失效', ['expired']],
  ['失败', ['failed', 'failure']],
  ['报错', ['error']],
  ['错误', ['error']],
  ['异常', ['exception']],
  ['扣款', ['charged', 'charge']],
  ['重复', ['duplicate', 'twice']],
  ['退款', ['refund']],
  ['支付', ['payment', 'pay']],
  ['订单', ['order']],
  ['回调', ['callback', 'notify']],
  ['登录', ['login']],
  ['密码', ['password']],
  ['令牌', ['token']],
  ['权限', ['permission']],
  ['证书', ['certificate', 'cert']],
  ['连接', ['connection']],
  ['连接池', ['pool']],
  ['死锁', ['deadlock']],
  ['磁盘', ['disk']],
  ['内存', ['memory']],
  ['数据库', ['database']],
  ['缓存', ['cache']],
  ['队列', ['queue']],
  ['消息', ['message']],
  ['积压', ['backlog', 'lag']],
  ['延迟', ['latency', 'delay']],
  ['短信', ['sms']],
  ['邮件', ['email', 'mail']],
  ['网关', ['gateway']],
  ['域名', ['dns', 'domain']],
  ['限流', ['throttled', 'throttling']],
  ['重启', ['restart']],
  ['配置', ['configuration', 'config']],
  ['发布', ['deploy', 'release']],
  ['回滚', ['rollback']],
  ['宕机', ['outage']],
  ['白屏', ['blank']],
  ['闪退', ['crash']],
  ['乱码', ['garbled']],
  ['卡住', ['stuck']],
];

// Built on first use: the stems are computed once, when a query first needs them.
let maps: { zhToEn: Map<string, string[]>; enToZh: Map<string, string[]> } | null = null;

function glossary() {
  if (maps) return maps;
  const zhToEn = new Map<string, string[]>();
  const enToZh = new Map<string, string[]>();
  for (const [zh, en] of PAIRS) {
    const stems = [...new Set(en.map(normalizeWord))];
    zhToEn.set(zh, [...new Set([...(zhToEn.get(zh) ?? []), ...stems])]);
    for (const s of stems) enToZh.set(s, [...new Set([...(enToZh.get(s) ?? []), zh])]);
  }
  maps = { zhToEn, enToZh };
  return maps;
}

/** English lexemes (stemmed) a Chinese word also means. */
export function englishFor(zhWord: string): string[] {
  return glossary().zhToEn.get(zhWord) ?? [];
}

/** Chinese words an English lexeme (stemmed) also means. */
export function chineseFor(lexeme: string): string[] {
  return glossary().enToZh.get(lexeme) ?? [];
}

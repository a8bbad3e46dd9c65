'use client';
// Timeline entries written by paging, in the reader's language and time zone, from the
// entry's data ("Ann acknowledged at 03:12, 2 min after the page").
import { useFormatter, useTranslations } from 'next-intl';

type Data = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function PageEntryText({ data, fallback }: { data: Data; fallback: string }) {
  const t = useTranslations('onCall.timeline');
  const format = useFormatter();
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: '2-digit', minute: '2-digit' });
  const level = Number(data.level ?? 1);
  const round = Number(data.round ?? 0);
  let text = fallback;
  switch (data.action) {
    case 'paged': {
      const names = Array.isArray(data.names) ? (data.names as string[]).join(', ') : '';
      const paged = names ? (round > 0 ? t('pagedRepeat', { names, level, round }) : t('paged', { names, level })) : t('pagedNobody', { level });
      const reason = str(data.reason);
      text = reason && ['timeout', 'undeliverable', 'manual', 'nobody'].includes(reason)
        ? `${t('escalated', { level, reason: t(`reason.${reason as 'timeout'}`, { by: str(data.by) }) })} · ${paged}`
        : paged;
      break;
    }
    case 'acknowledged':
      text = t('acknowledged', { name: str(data.name), time: time(str(data.at)), minutes: Number(data.minutes ?? 0) });
      break;
    case 'stopped':
      text = data.reason === 'resolved' ? t('stoppedResolved') : t('stoppedExhausted');
      break;
    case 'reassigned':
      text = t('reassigned', { by: str(data.by), from: str(data.from), to: str(data.to) });
      break;
  }
  return <p className="text-sm text-slate-800" data-testid="page-entry">{text}</p>;
}

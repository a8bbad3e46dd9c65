// The delivery log as a table: recipient, channel (target masked), event, status, attempts and
// the receiver's last answer. Server-rendered; `action` adds a cell per row (the admin's Retry).
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { NotificationOutput } from '@/lib/notifications/delivery-schemas';
import { Table } from '@/components/ui/table';

const statusClass: Record<NotificationOutput['status'], string> = {
  sent: 'bg-green-50 text-green-800 ring-green-200',
  pending: 'bg-slate-50 text-slate-700 ring-slate-200',
  failed: 'bg-amber-50 text-amber-800 ring-amber-200',
  dead: 'bg-red-50 text-red-800 ring-red-200',
};

export async function DeliveryTable({ items, showSubject = false, action }: { items: NotificationOutput[]; showSubject?: boolean; action?: (n: NotificationOutput) => ReactNode }) {
  const t = await getTranslations('delivery');
  const ts = await getTranslations('subscriptions');
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const eventLabel = (e: string) => (ts.has(`events.${e}`) ? ts(`events.${e}`) : e);
  return (
    <div className="overflow-x-auto">
      <Table data-testid="delivery-log">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            {showSubject ? <th className="py-2 pr-3">{t('deadLetters.subject')}</th> : null}
            <th className="py-2 pr-3">{t('log.recipient')}</th>
            <th className="py-2 pr-3">{t('log.channel')}</th>
            <th className="py-2 pr-3">{t('log.event')}</th>
            <th className="py-2 pr-3">{t('log.status')}</th>
            <th className="py-2 pr-3">{t('log.answer')}</th>
            {action ? <th className="py-2" /> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((n) => (
            <tr key={n.id} className="border-b border-slate-100 align-top" data-testid="delivery-row" data-status={n.status}>
              {showSubject ? <td data-label={t('deadLetters.subject')} className="py-2 pr-3">{n.title ?? n.subjectId}<div className="text-xs text-slate-500">{when(n.createdAt)}</div></td> : null}
              <td data-label={t('log.recipient')} className="py-2 pr-3">{n.recipient.name}{n.recipient.kind === 'team' ? <span className="ml-1 text-xs text-slate-500">({t('log.team')})</span> : null}</td>
              <td data-label={t('log.channel')} className="py-2 pr-3">
                <div>{ts(`channelType.${n.channel.type}`)}</div>
                <div className="break-all text-xs text-slate-500">{n.channel.address ?? n.channel.url ?? ''}</div>
              </td>
              <td data-label={t('log.event')} className="py-2 pr-3">{eventLabel(n.event)}</td>
              <td data-label={t('log.status')} className="py-2 pr-3">
                <span className={`inline-block rounded px-1.5 py-0.5 text-xs ring-1 ${statusClass[n.status]}`}>{t(`status.${n.status}`)}</span>
                <div className="text-xs text-slate-500">
                  {n.attempts > 0 ? t('log.attempts', { count: n.attempts }) : null}
                  {n.sentAt ? <> {t('log.sentAt', { when: when(n.sentAt) })}</> : null}
                  {n.nextAttemptAt ? <> {t('log.nextAttempt', { when: when(n.nextAttemptAt) })}</> : null}
                </div>
              </td>
              <td data-label={t('log.answer')} className="max-w-xs py-2 pr-3 text-xs">
                {n.receiverAnswer ? <code className="break-words">{n.receiverAnswer}</code> : null}
                {n.lastError && n.status !== 'sent' ? <div className="text-slate-500">{n.lastError}</div> : null}
              </td>
              {action ? <td className="py-2">{action(n)}</td> : null}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

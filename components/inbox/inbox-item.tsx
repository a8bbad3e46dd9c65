// One inbox message, rendered in the reader's language and time zone from the message's
// language-neutral payload: what happened, to what, on which service, when it is scheduled,
// who it was sent to, and a link to it.
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { ShortNoticeBadge } from '@/components/changes/change-badges';
import type { InboxItemOutput } from '@/lib/inbox/schemas';
import { InboxItemActions } from './inbox-item-actions';

const knownEvents = new Set(['change_announced', 'change_starting', 'change_completed', 'change_ack_reminder', 'incident_declared', 'incident_updated', 'incident_resolved', 'postmortem_published', 'action_item_overdue', 'known_issue_review_due', 'postmortem_review_requested', 'alert_recorded']);
const knownReasons = new Set(['subscribed', 'dependency', 'owner_of_dependent', 'reminder', 'review_request']);

export function InboxItem({ item }: { item: InboxItemOutput }) {
  const t = useTranslations('inbox');
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const event = knownEvents.has(item.event) ? item.event : 'other';
  const ack = item.acknowledgement;
  return (
    <li
      className={`rounded-lg p-4 shadow-sm ring-1 ${item.read ? 'bg-white ring-slate-200' : 'bg-sky-50 ring-sky-200'}`}
      data-testid="inbox-item"
      data-read={item.read}
      data-subject-id={item.subject.id}
      data-event={item.event}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            {!item.read ? <span className="mr-1 inline-block h-2 w-2 rounded-full bg-sky-600" aria-label={t('unread')} /> : null}
            {t(`event.${event}`)}
            {item.status === 'cancelled' ? <span className="ml-2 text-red-700">{t('cancelled')}</span> : null}
          </p>
          <p className="font-medium">
            {item.path ? <Link href={item.path} className="text-sky-700 hover:underline" data-testid="inbox-item-link">{item.title ?? t('open')}</Link> : item.title}
            {item.service ? <span className="text-slate-600"> · {item.service.name}</span> : null}
            {item.shortNotice ? <span className="ml-2"><ShortNoticeBadge /></span> : null}
          </p>
          <p className="text-sm text-slate-600">
            {item.scheduledAt ? <><time dateTime={item.scheduledAt}>{t('scheduledFor', { when: when(item.scheduledAt) })}</time> · </> : null}
            {item.team ? t('toTeam', { team: item.team.name }) : t('toYou')}
            {knownReasons.has(item.reason) ? <> · {t(`reason.${item.reason}`)}</> : null}
            {' · '}<time dateTime={item.createdAt}>{t('received', { when: when(item.createdAt) })}</time>
          </p>
          {ack ? (
            <p className="text-sm" data-testid="inbox-ack-state" data-acknowledged={!!ack.acknowledgedAt}>
              {ack.acknowledgedAt ? <span className="text-emerald-700">✓ {t('ack.done', { team: ack.team.name, when: when(ack.acknowledgedAt) })}</span> : <span className="text-amber-800">{t('ack.pending', { team: ack.team.name })}</span>}
            </p>
          ) : null}
        </div>
        <InboxItemActions
          id={item.id}
          read={item.read}
          changeId={item.subject.type === 'change' ? item.subject.id : null}
          ackTeam={ack && ack.canAcknowledge ? ack.team : null}
        />
      </div>
    </li>
  );
}

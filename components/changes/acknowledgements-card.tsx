// Who was asked to acknowledge a change, who did (by whom, when, with what note), and who has
// not yet; with a form for each pending team the reader may acknowledge for.
import { useFormatter, useTranslations } from 'next-intl';
import { Card } from '@/components/ui/card';
import type { AcknowledgementListOutput } from '@/lib/changes/acknowledgement-schemas';
import { AcknowledgeForm } from './acknowledge-form';

/** `open`: false for a cancelled change, which leaves nothing to check (no forms). */
export function AcknowledgementsCard({ changeId, list, open = true }: { changeId: string; list: AcknowledgementListOutput; open?: boolean }) {
  const t = useTranslations('changes.ack');
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const mayAck = new Set(list.youCanAcknowledge);
  return (
    <Card title={t('title')}>
      <p className="mb-3 text-sm text-slate-600">{list.items.length ? t('summary', { acknowledged: list.acknowledged, total: list.items.length }) : t('none')}</p>
      <ul className="divide-y divide-slate-100" data-testid="acknowledgements">
        {list.items.map((a) => (
          <li key={a.team.slug} className="py-2 text-sm" data-testid="acknowledgement" data-team={a.team.slug} data-acknowledged={a.acknowledged}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{a.team.name}</span>
              {a.acknowledged && a.acknowledgedAt ? (
                <span className="text-emerald-700">✓ {t('acknowledged')} · {t('by', { who: a.acknowledgedBy ?? '—', when: when(a.acknowledgedAt) })}</span>
              ) : (
                <span className="text-amber-800">{t('pending')}{a.remindedAt ? ` · ${t('reminded', { when: when(a.remindedAt) })}` : ''}</span>
              )}
            </div>
            {a.note ? <p className="mt-1 whitespace-pre-wrap text-slate-700" data-testid="acknowledgement-note">{a.note}</p> : null}
            {open && !a.acknowledged && mayAck.has(a.team.slug) ? <AcknowledgeForm changeId={changeId} team={a.team} /> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

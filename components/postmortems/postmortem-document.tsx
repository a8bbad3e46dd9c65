// The body of the read-only postmortem (server component): sections rendered from Markdown
// (sanitised, as timeline entries are), factors, action items, meeting and reviewers.
// Print styles keep it to plain black on white without page chrome.
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ActionItemOutput } from '@/lib/action-items/schemas';
import type { PostmortemOutput } from '@/lib/postmortems/schemas';
import { isStructuredSection } from '@/lib/postmortems/template';
import type { DetectionOutput, FactorOutput } from '@/lib/root-causes/schemas';
import { renderMarkdown } from '@/lib/timeline/render-markdown';
import { Markdown } from '@/components/ui/markdown';
import { Table } from '@/components/ui/table';


export async function PostmortemDocument({ postmortem, factors, actionItems, detection }: { postmortem: PostmortemOutput; factors: FactorOutput[]; actionItems: ActionItemOutput[]; detection: DetectionOutput }) {
  const t = await getTranslations('postmortems');
  const ts = await getTranslations('story.postmortem');
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-6 print:gap-4">
      {postmortem.sections.map((s) => (
        <section key={s.key} className="break-inside-avoid-page" data-testid={`postmortem-section-${s.key}`}>
          <h2 className="mb-2 border-b border-slate-200 pb-1 text-lg font-semibold">{t(`sections.${s.key}`)}</h2>
          {/* One source per section: structured sections show their data, never a text copy;
              root causes show the factors, with the text only as an optional narrative. */}
          {isStructuredSection(s.key) ? null : s.body.trim() ? (
            // Markdown rendered by renderMarkdown(): raw HTML disabled, then sanitised.
            <Markdown html={renderMarkdown(s.body)} className="text-slate-800" />
          ) : s.key === 'root_causes' && factors.length ? null : (
            <p className="text-sm italic text-slate-500">{t('page.empty')}</p>
          )}
          {s.key === 'detection' ? (
            detection.version > 0 ? (
              <dl className="grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="postmortem-detection">
                <dt className="font-medium text-slate-600">{t('detection.method')}</dt><dd className="whitespace-pre-wrap">{detection.method || '—'}</dd>
                <dt className="font-medium text-slate-600">{t('detection.detectedBy')}</dt><dd>{detection.detectedBy || '—'}</dd>
                <dt className="font-medium text-slate-600">{t('detection.whyNotEarlier')}</dt><dd className="whitespace-pre-wrap">{detection.whyNotEarlier || '—'}</dd>
              </dl>
            ) : <p className="text-sm italic text-slate-500">{ts('detectionNone')}</p>
          ) : null}
          {s.key === 'root_causes' && factors.length ? (
            <ul className="mt-3 flex flex-col gap-2" data-testid="postmortem-factors">
              {factors.map((f) => (
                <li key={f.id} className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200 print:bg-white">
                  <p className="font-medium">
                    {t(`factorKinds.${f.kind}`)} · {t(`factorCategories.${f.category}`)}
                  </p>
                  <Markdown html={f.descriptionHtml} className="mt-1 text-slate-800" />
                  {f.fiveWhys.length ? (
                    <ol className="mt-2 list-decimal pl-5 text-slate-700" aria-label={t('page.whys')}>
                      {f.fiveWhys.map((why, i) => (
                        <li key={i}>{why}</li>
                      ))}
                    </ol>
                  ) : null}
                  {f.change ? (
                    <p className="mt-2 text-slate-700" data-testid="factor-change">
                      {t('editor.factors.linkedChange')}:{' '}
                      <a href={`/changes/${f.change.id}`} className="text-brand-700 underline">{f.change.title}</a>
                      {' · '}{f.change.service.name}
                    </p>
                  ) : null}
                  {f.knownIssues.length ? (
                    <p className="mt-2 text-slate-700">
                      {t('editor.factors.knownIssues')}:{' '}
                      {f.knownIssues.map((k, i) => (
                        <span key={k.id}>
                          {i > 0 ? ', ' : null}
                          <a href={`/known-issues/${k.id}`} className="text-brand-700 underline">{k.title}</a>
                        </span>
                      ))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {s.key === 'action_items' ? <ActionItemTable items={actionItems} /> : null}
        </section>
      ))}
      {postmortem.meeting ? (
        <section className="break-inside-avoid-page">
          <h2 className="mb-2 border-b border-slate-200 pb-1 text-lg font-semibold">{t('page.meeting')}</h2>
          <p className="text-sm">{format.dateTime(new Date(postmortem.meeting.heldAt), { dateStyle: 'medium', timeStyle: 'short' })}</p>
          {postmortem.meeting.attendees.length ? (
            <p className="text-sm">
              {t('page.attendees')}: {postmortem.meeting.attendees.join(', ')}
            </p>
          ) : null}
          {postmortem.meeting.notes.trim() ? <Markdown html={renderMarkdown(postmortem.meeting.notes)} className="mt-2 text-slate-800" /> : null}
        </section>
      ) : null}
      {postmortem.reviewers.length ? (
        <section className="break-inside-avoid-page">
          <h2 className="mb-2 border-b border-slate-200 pb-1 text-lg font-semibold">{t('page.reviewers')}</h2>
          <ul className="flex flex-col gap-1 text-sm" data-testid="postmortem-reviewers">
            {postmortem.reviewers.map((r) => (
              <li key={r.userId}>
                {r.name} — {t(`decisions.${r.decision}`)}
                {r.comment ? <span className="text-slate-600">: {r.comment}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

async function ActionItemTable({ items }: { items: ActionItemOutput[] }) {
  const t = await getTranslations('postmortems');
  if (!items.length) return <p className="mt-2 text-sm text-slate-500">{t('page.noActionItems')}</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <Table data-testid="postmortem-action-items">
        <thead className="text-slate-600">
          <tr>
            {(['kind', 'title', 'owner', 'due', 'priority', 'status'] as const).map((c) => (
              <th key={c} scope="col" className="py-1 pr-3 font-medium">
                {t(`page.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} className="border-t border-slate-100">
              <td data-label={t('page.columns.kind')} className="py-1 pr-3">{t(`actionItems.kinds.${a.kind}`)}</td>
              <td data-label={t('page.columns.title')} className="py-1 pr-3">
                {a.externalUrl ? (
                  <a href={a.externalUrl} className="text-brand-700 underline" rel="noopener noreferrer">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
              </td>
              <td data-label={t('page.columns.owner')} className="py-1 pr-3">{a.owner?.name ?? '—'}</td>
              <td data-label={t('page.columns.due')} className={`py-1 pr-3 ${a.overdue ? 'font-medium text-red-700' : ''}`}>
                {a.dueDate ?? '—'}
                {a.overdue ? ` (${t('actionItems.overdue')})` : null}
              </td>
              <td data-label={t('page.columns.priority')} className="py-1 pr-3">{t(`actionItems.priorities.${a.priority}`)}</td>
              <td data-label={t('page.columns.status')} className="py-1 pr-3">{t(`actionItems.statuses.${a.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { KnownIssueIncidentLinks, KnownIssueStatusActions } from '@/components/known-issues/known-issue-actions';
import { KnownIssueStatusBadge } from '@/components/known-issues/status-badge';
import { buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors/app-error';
import { getEnv } from '@/lib/config/env';
import { getKnownIssue } from '@/lib/known-issues/get-known-issue';
import { isReviewDue } from '@/lib/known-issues/review-reminders';
import { renderMarkdown } from '@/lib/timeline/render-markdown';
import { Markdown } from '@/components/ui/markdown';

type Params = Promise<{ id: string }>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function load(id: string, path: string) {
  const actor = await requirePageActor('viewer', path);
  if (!UUID.test(id)) notFound();
  try {
    return { actor, entry: await getKnownIssue(getDb(), { actor, id }) };
  } catch (e) {
    if (isAppError(e) && e.code === 'not_found') notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const { entry } = await load(id, `/known-issues/${id}`);
  return { title: entry.title };
}

/** Markdown rendered to safe HTML (the timeline's renderer), or a quiet "not written yet". */
function Prose({ source, none }: { source: string; none: string }) {
  if (!source.trim()) return <p className="text-sm text-slate-500">{none}</p>;
  return <Markdown html={renderMarkdown(source)} className="text-slate-800" />;
}

export default async function KnownIssuePage({ params }: { params: Params }) {
  const { id } = await params;
  const { actor, entry } = await load(id, `/known-issues/${id}`);
  const t = await getTranslations('knownIssues.detail');
  const tf = await getTranslations('knownIssues.form');
  // Viewers read: no edit control is rendered for them (and the server refuses them anyway).
  const editButton = hasRole(actor, 'responder')
    ? <Link href={`/known-issues/${entry.id}/edit`} className={buttonClass('secondary')} data-testid="known-issue-edit">{tf('edit')}</Link>
    : null;
  const canWrite = hasRole(actor, 'responder');
  const reviewMonths = getEnv().KNOWN_ISSUE_REVIEW_MONTHS;
  const reviewDue = isReviewDue(entry, new Date(), reviewMonths);
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium' });

  return (
    <>
      <Link href="/known-issues" className="mb-2 inline-block text-sm text-brand-700 hover:underline">← {t('back')}</Link>
      <PageHeader
        title={<span data-testid="known-issue-title">{entry.title}</span>}
        actions={editButton}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <KnownIssueStatusBadge status={entry.status} />
            <span>{t('lastReviewed', { date: date(entry.lastReviewedAt) })}</span>
            <span>{t('version', { version: entry.version })}</span>
          </span>
        }
      />
      {canWrite ? (
        <div className="mb-4"><KnownIssueStatusActions id={entry.id} status={entry.status} version={entry.version} reviewDue={reviewDue} reviewMonths={reviewMonths} /></div>
      ) : reviewDue ? (
        <p className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300" data-testid="known-issue-review-due">{(await getTranslations('knownIssues.actions'))('reviewDue', { months: reviewMonths })}</p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <Card title={t('workaround')} className="ring-amber-300">
            <div data-testid="known-issue-workaround"><Prose source={entry.workaround} none={t('none')} /></div>
          </Card>
          <Card title={t('errorSignatures')}>
            {entry.errorSignatures.length === 0 ? (
              <p className="text-sm text-slate-500">{t('none')}</p>
            ) : (
              <ul className="flex flex-col gap-1" data-testid="known-issue-signatures">
                {entry.errorSignatures.map((s) => <li key={s}><code className="break-all rounded bg-slate-100 px-1.5 py-0.5 text-sm">{s}</code></li>)}
              </ul>
            )}
          </Card>
          <Card title={t('symptoms')}><Prose source={entry.symptoms} none={t('none')} /></Card>
          <Card title={t('cause')}><Prose source={entry.cause} none={t('none')} /></Card>
          <Card title={t('resolution')}><Prose source={entry.resolution} none={t('none')} /></Card>
        </div>
        <aside className="flex flex-col gap-4">
          <Card title={t('services')}>
            <ul className="flex flex-wrap gap-1">
              {entry.services.map((s) => <li key={s.slug}><Link href={`/services/${s.slug}`} className="rounded bg-slate-100 px-1.5 py-0.5 text-sm text-slate-800 hover:underline">{s.name}</Link></li>)}
            </ul>
          </Card>
          <Card title={t('incidents')}>
            <KnownIssueIncidentLinks id={entry.id} incidents={entry.incidents} canWrite={canWrite} />
          </Card>
          <Card>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-500">{t('tags')}</dt>
              <dd>{entry.tags.join(', ') || '—'}</dd>
              <dt className="text-slate-500">{t('ownerTeam')}</dt>
              <dd>{entry.ownerTeam ? <Link href={`/teams/${entry.ownerTeam.slug}`} className="text-brand-700 hover:underline">{entry.ownerTeam.name}</Link> : '—'}</dd>
              <dt className="text-slate-500">{t('author')}</dt>
              <dd>{entry.author?.name ?? t('noAuthor')}</dd>
            </dl>
          </Card>
        </aside>
      </div>
    </>
  );
}

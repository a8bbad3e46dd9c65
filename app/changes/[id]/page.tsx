import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { ExpectAlertsToggle } from '@/components/alerts/expect-alerts-toggle';
import { AcknowledgementsCard } from '@/components/changes/acknowledgements-card';
import { getChangeExpectation } from '@/lib/alerts/expect-alerts-for-change';
import { BlastRadius } from '@/components/changes/blast-radius';
import { EditChangeForm } from '@/components/changes/edit-change-form';
import { LifecycleButtons } from '@/components/changes/lifecycle-buttons';
import { RelatedKnownIssues } from '@/components/changes/related-known-issues';
import { ChangeStatusBadge, RiskBadge, ShortNoticeBadge } from '@/components/changes/change-badges';
import { ChangeDeliveryLog } from '@/components/notifications/change-delivery-log';
import { MaintenanceEditor } from '@/components/status-pages/maintenance-editor';
import { Card, PageHeader } from '@/components/ui/card';
import { requirePageActor } from '@/lib/auth/page-guard';
import { hasRole } from '@/lib/auth/roles';
import { findCanManageChange } from '@/lib/changes/can-manage-change';
import { getBlastRadius } from '@/lib/changes/get-blast-radius';
import { getChange } from '@/lib/changes/get-change';
import { listAcknowledgements } from '@/lib/changes/list-acknowledgements';
import { listRelatedKnownIssues } from '@/lib/changes/list-related-known-issues';
import { changeIdParams } from '@/lib/changes/schemas';
import { getDb } from '@/lib/db/client';
import { listNotificationsQuery } from '@/lib/notifications/delivery-schemas';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { renderMarkdown } from '@/lib/timeline/render-markdown';
import { orNotFound } from '../../services/or-not-found';
import { Markdown } from '@/components/ui/markdown';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('changes'))('title') };
}

const isLink = (s: string) => /^https?:\/\//i.test(s);

export default async function ChangePage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = changeIdParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { id } = parsed.data;
  const actor = await requirePageActor('viewer', `/changes/${id}`);
  const db = getDb();
  const change = await orNotFound(getChange(db, { actor, id }));
  const radius = await getBlastRadius(db, { actor, id });
  const acknowledgements = await listAcknowledgements(db, { actor, id });
  const knownIssues = await listRelatedKnownIssues(db, { actor, id });
  const canWrite = hasRole(actor, 'responder') && (await findCanManageChange(db, { actor, id }));
  const ts = await getTranslations('story.changeStart');
  const deliveries = await listNotifications(db, { actor, input: listNotificationsQuery.parse({ subjectType: 'change', subjectId: id, limit: 200 }) });
  const t = await getTranslations('changes');
  const ta = await getTranslations('alerts');
  const format = await getFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const text = (s: string) => (s ? <p className="whitespace-pre-wrap">{s}</p> : <p className="text-slate-500">{t('detail.none')}</p>);

  return (
    <>
      <Link href="/changes" className="text-sm text-sky-700 hover:underline">← {t('detail.back')}</Link>
      <PageHeader
        title={<span data-testid="change-title">{change.title}</span>}
        description={t('detail.announced', { when: when(change.announcedAt), who: change.announcedBy.label })}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <ChangeStatusBadge status={change.status} />
        <RiskBadge risk={change.risk} />
        {change.shortNotice ? <ShortNoticeBadge hours={change.noticePeriodHours} /> : null}
      </div>
      {canWrite ? (
        <div className="mb-4 flex flex-wrap items-start gap-3">
          <LifecycleButtons id={change.id} version={change.version} allowed={change.allowedStatuses} />
          <EditChangeForm change={change} />
        </div>
      ) : hasRole(actor, 'responder') ? (
        <p className="mb-4 text-sm text-slate-600" data-testid="change-managed-by">{ts('managedBy', { team: change.service.ownerTeam?.name ?? '—' })}</p>
      ) : null}
      {change.startedEarly || change.startedUnacknowledgedTeams.length ? (
        <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="change-started-with-overrides">
          {change.startedEarly && change.startedAt ? <p>{ts('startedEarly', { started: when(change.startedAt), scheduled: when(change.scheduledAt) })}</p> : null}
          {change.startedUnacknowledgedTeams.length ? <p>{ts('startedUnacknowledged', { teams: change.startedUnacknowledgedTeams.join(ts('separator')) })}</p> : null}
        </div>
      ) : null}
      {canWrite ? (
        <Card className="mb-4" title={ta('expect.title')}>
          <ExpectAlertsToggle changeId={change.id} initial={await getChangeExpectation(getDb(), { actor, changeId: change.id })} />
        </Card>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex flex-col gap-4 lg:col-span-2">
          <Card title={t('detail.description')}>
            {change.description
              ? <Markdown html={renderMarkdown(change.description)} className="text-slate-800" testId="change-description" />
              : <p className="text-slate-500">{t('detail.none')}</p>}
          </Card>
          <Card title={t('detail.expectedImpact')}>{text(change.expectedImpact)}</Card>
          <Card title={t('detail.rollbackPlan')}>{text(change.rollbackPlan)}</Card>
          <BlastRadius radius={radius} />
          <RelatedKnownIssues service={change.service.name} issues={knownIssues} />
        </div>
        <div className="flex flex-col gap-4">
          <Card>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm" data-testid="change-facts">
              <dt className="font-medium text-slate-600">{t('detail.service')}</dt>
              <dd><Link href={`/services/${change.service.slug}`} className="text-sky-700 hover:underline">{change.service.name}</Link></dd>
              <dt className="font-medium text-slate-600">{t('detail.ownerTeam')}</dt>
              <dd>{change.service.ownerTeam?.name ?? t('detail.noOwner')}</dd>
              <dt className="font-medium text-slate-600">{t('detail.kind')}</dt>
              <dd>{t(`kind.${change.kind}`)}</dd>
              <dt className="font-medium text-slate-600">{t('detail.scheduledAt')}</dt>
              <dd><time dateTime={change.scheduledAt}>{when(change.scheduledAt)}</time></dd>
              {change.startedAt ? <><dt className="font-medium text-slate-600">{t('detail.startedAt')}</dt><dd>{when(change.startedAt)}</dd></> : null}
              {change.finishedAt ? <><dt className="font-medium text-slate-600">{t('detail.finishedAt')}</dt><dd>{when(change.finishedAt)}</dd></> : null}
              <dt className="font-medium text-slate-600">{t('detail.externalRef')}</dt>
              <dd className="break-all">
                {change.externalRef
                  ? isLink(change.externalRef) ? <a href={change.externalRef} rel="noreferrer noopener" target="_blank" className="text-sky-700 hover:underline">{change.externalRef}</a> : change.externalRef
                  : t('detail.none')}
              </dd>
            </dl>
          </Card>
          <MaintenanceEditor changeId={change.id} canWrite={canWrite} />
          <AcknowledgementsCard changeId={change.id} list={acknowledgements} open={change.status !== 'cancelled'} />
          <ChangeDeliveryLog items={deliveries.items} />
        </div>
      </div>
    </>
  );
}

'use client';
// The incident page's live part. TanStack Query holds the incident and its timeline; the live
// stream (useLiveIncident) keeps both current; edits go through useIncidentPatch, whose 409s
// surface as the conflict panel. Viewers get the same page without any write control.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { SimilarKnownIssuesPanel } from '@/components/search/similar-known-issues-panel';
import { Timeline } from '@/components/timeline/timeline';
import { TimelineComposer } from '@/components/timeline/timeline-composer';
import { ImpactEditor } from '@/components/status-pages/impact-editor';
import { Card, ErrorBanner } from '@/components/ui/card';
import type { IncidentOutput } from '@/lib/incidents/schemas';
import type { DependencyContactOutput } from '@/lib/incidents/who-to-call-schemas';
import { enableOfflineReload } from '@/lib/offline/service-worker';
import type { TimelineState } from '@/lib/realtime/timeline-state';
import { ConflictPanel } from './conflict-panel';
import { IncidentDetails } from './incident-details';
import { IncidentHeader } from './incident-header';
import { IncidentRoles, type Person } from './incident-roles';
import { KeyTimes } from './key-times';
import { NextUpdateReminder } from './next-update-reminder';
import { StakeholderUpdateComposer } from './stakeholder-update-composer';
import { useIncident, useIncidentPatch } from './use-incident';
import { useLiveIncident } from './use-live-incident';
import { WhoToCall } from './who-to-call';

interface Props {
  initialIncident: IncidentOutput;
  initialTimeline: TimelineState;
  canWrite: boolean;
  /** The signed-in person: the outbox sends only what they wrote. */
  viewerId: string | null;
  people: Person[];
  /** Owners of dependencies that changed or are failing (server-rendered). */
  dependencyContacts?: DependencyContactOutput[];
}

export function IncidentView({ initialIncident, initialTimeline, canWrite, viewerId, people, dependencyContacts = [] }: Props) {
  const t = useTranslations('incidents.page');
  const { data } = useIncident(initialIncident);
  const incident = data ?? initialIncident;
  const live = useLiveIncident(incident.id);
  const { patch, conflict, clearConflict, error, clearError, busy, store } = useIncidentPatch(incident.id, { network: t('networkError') });
  const edit = { canWrite, busy, patch };
  const [offlineReady, setOfflineReady] = useState<boolean | null>(null);
  useEffect(() => {
    void enableOfflineReload().then(setOfflineReady);
  }, []);

  return (
    <div data-testid="incident-page" data-incident-id={incident.id} data-version={incident.version} data-offline-ready={offlineReady ?? undefined}>
      <IncidentHeader incident={incident} live={live} {...edit} />
      <NextUpdateReminder incident={incident} canWrite={canWrite} />
      {conflict ? (
        <ConflictPanel conflict={conflict} busy={busy} onApply={() => void patch(conflict.attempted, conflict.current.version)} onDiscard={clearConflict} />
      ) : null}
      {error ? (
        <div className="mb-4">
          <ErrorBanner>
            {error}{' '}
            <button type="button" className="underline" onClick={clearError}>{t('dismiss')}</button>
          </ErrorBanner>
        </div>
      ) : null}
      {/* Phones: details, who to call, then the composer and timeline; the rest after. From lg
          up, two columns. Each column is `display: contents` below lg so that `order` can
          interleave their cards in one stack. */}
      <div className="flex flex-col gap-4 lg:grid lg:grid-cols-3 lg:items-start">
        <div className="contents lg:col-span-2 lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
          <div className="order-1 min-w-0">
            <IncidentDetails incident={incident} {...edit} />
          </div>
          <div className="order-3 min-w-0">
            <Card title={t('timeline')}>
              {canWrite ? (
                <div className="mb-4">
                  <TimelineComposer incidentId={incident.id} />
                </div>
              ) : null}
              <Timeline incidentId={incident.id} initial={initialTimeline} canWrite={canWrite} viewerId={viewerId} />
            </Card>
          </div>
        </div>
        <div className="contents lg:flex lg:min-w-0 lg:flex-col lg:gap-4">
          <div className="order-2 min-w-0">
            <WhoToCall services={incident.services} dependencies={dependencyContacts} />
          </div>
          <div className="order-4 min-w-0 space-y-4">
            <KeyTimes incident={incident} {...edit} />
            <SimilarKnownIssuesPanel reference={incident.reference} version={incident.version} canWrite={canWrite} />
            <IncidentRoles incident={incident} canWrite={canWrite} people={people} onChanged={store} />
            {canWrite ? <ImpactEditor incidentId={incident.id} services={incident.services} /> : null}
            {canWrite ? <StakeholderUpdateComposer incident={incident} onPosted={store} /> : null}
          </div>
        </div>
      </div>
    </div>
  );
}

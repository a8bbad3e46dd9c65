'use client';
// The incident page's impact editor: for each affected service, how badly this incident
// hurts it (what the status pages show). Saves the changed rows with one PUT.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { apiFetch, incidentPath } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Select } from '@/components/ui/field';
import { componentImpacts, type ComponentImpact, type IncidentImpactOutput } from '@/lib/status-pages/schemas';
import { statusPageKeys } from './query-keys';

export function ImpactEditor({ incidentId, services }: { incidentId: string; services: { slug: string; name: string }[] }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('statusPages.impact');
  const ts = useTranslations('statusPages.componentStatus');
  const qc = useQueryClient();
  const { data } = useQuery({ queryKey: statusPageKeys.impact(incidentId), queryFn: () => apiFetch<IncidentImpactOutput>(`${incidentPath(incidentId)}/impact`) });
  const [edits, setEdits] = useState<Record<string, ComponentImpact>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const current = new Map((data?.components ?? []).map((c) => [c.service, c]));
  const rows = [...services, ...(data?.components ?? []).filter((c) => !services.some((s) => s.slug === c.service)).map((c) => ({ slug: c.service, name: c.serviceName }))];
  if (rows.length === 0) return null;

  async function save() {
    const components = Object.entries(edits).map(([service, impact]) => ({ service, impact }));
    if (components.length === 0) return;
    setBusy(true);
    setMessage(null);
    try {
      const res = await apiFetch<IncidentImpactOutput>(`${incidentPath(incidentId)}/impact`, { method: 'PUT', body: { components } });
      qc.setQueryData(statusPageKeys.impact(incidentId), res);
      setEdits({});
      setMessage({ ok: true, text: t('saved') });
    } catch (e) {
      setMessage({ ok: false, text: presenter.message(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('title')}>
      <div className="space-y-2" data-testid="impact-editor">
        <p className="text-xs text-slate-500">{t('intro')}</p>
        {rows.map((s) => {
          const value = edits[s.slug] ?? current.get(s.slug)?.impact ?? 'operational';
          return (
            <div key={s.slug} className="flex flex-wrap items-center justify-between gap-2">
              <label htmlFor={`impact-${s.slug}`} className="min-w-0 break-words text-sm">{s.name}</label>
              <Select id={`impact-${s.slug}`} value={value} className="w-auto" onChange={(e) => setEdits({ ...edits, [s.slug]: e.target.value as ComponentImpact })} data-testid={`impact-${s.slug}`}>
                {componentImpacts.map((i) => (
                  <option key={i} value={i}>{ts(i)}</option>
                ))}
              </Select>
            </div>
          );
        })}
        {message ? <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-700' : 'text-red-600'}`}>{message.text}</p> : null}
        <Button onClick={() => void save()} disabled={busy || Object.keys(edits).length === 0} className="w-full" data-testid="impact-save">{busy ? t('saving') : t('save')}</Button>
      </div>
    </Card>
  );
}

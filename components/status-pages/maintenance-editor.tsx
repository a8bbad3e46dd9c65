'use client';
// On a change's page: "show on status page" as scheduled maintenance, with the window's end,
// the expected impact and the public texts in both languages. Loads and saves its own state
// (GET/PUT /api/v1/changes/{id}/status-page).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { apiFetch } from '@/lib/client/api-client';
import { fromLocalInputValue, toLocalInputValue } from '@/components/incidents/datetime-input';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { componentImpacts, type ChangeMaintenanceOutput, type ComponentImpact } from '@/lib/status-pages/schemas';
import { statusPageKeys } from './query-keys';

export function MaintenanceEditor({ changeId, canWrite }: { changeId: string; canWrite: boolean }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('statusPages.maintenance');
  const ts = useTranslations('statusPages.componentStatus');
  const qc = useQueryClient();
  const key = [...statusPageKeys.all, 'maintenance', changeId];
  const path = `/api/v1/changes/${changeId}/status-page`;
  const { data } = useQuery({ queryKey: key, queryFn: () => apiFetch<ChangeMaintenanceOutput>(path) });
  const [draft, setDraft] = useState<{ show: boolean; endsAt: string; impact: ComponentImpact; titleEn: string; titleZh: string; noteEn: string; noteZh: string } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!data) return null;
  const value = draft ?? {
    show: data.show,
    endsAt: data.endsAt ? toLocalInputValue(new Date(data.endsAt)) : '',
    impact: data.impact,
    titleEn: data.title.en,
    titleZh: data.title.zhCN,
    noteEn: data.note.en,
    noteZh: data.note.zhCN,
  };
  const set = (patch: Partial<typeof value>) => setDraft({ ...value, ...patch });

  async function save() {
    setBusy(true);
    setMessage(null);
    try {
      const res = await apiFetch<ChangeMaintenanceOutput>(path, {
        method: 'PUT',
        body: { show: value.show, endsAt: fromLocalInputValue(value.endsAt) ?? null, impact: value.impact, title: { en: value.titleEn, zhCN: value.titleZh }, note: { en: value.noteEn, zhCN: value.noteZh } },
      });
      qc.setQueryData(key, res);
      setDraft(null);
      setMessage({ ok: true, text: t('saved') });
    } catch (e) {
      setMessage({ ok: false, text: presenter.message(e) });
    } finally {
      setBusy(false);
    }
  }

  if (!canWrite) return data.show ? <Card title={t('title')}><p className="text-sm">{t('shown')}</p></Card> : null;
  return (
    <Card title={t('title')}>
      <div className="space-y-2" data-testid="maintenance-editor">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={value.show} onChange={(e) => set({ show: e.target.checked })} data-testid="maintenance-show" />
          {t('show')}
        </label>
        {value.show ? (
          <>
            <Field label={t('endsAt')} htmlFor="mnt-ends">
              <Input id="mnt-ends" type="datetime-local" value={value.endsAt} onChange={(e) => set({ endsAt: e.target.value })} />
            </Field>
            <Field label={t('impact')} htmlFor="mnt-impact">
              <Select id="mnt-impact" value={value.impact} onChange={(e) => set({ impact: e.target.value as ComponentImpact })}>
                {componentImpacts.map((i) => <option key={i} value={i}>{ts(i)}</option>)}
              </Select>
            </Field>
            {(['titleEn', 'titleZh', 'noteEn', 'noteZh'] as const).map((k) => (
              <Field key={k} label={t(k)} htmlFor={`mnt-${k}`}>
                <Input id={`mnt-${k}`} value={value[k]} onChange={(e) => set({ [k]: e.target.value })} />
              </Field>
            ))}
          </>
        ) : null}
        {message ? <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-700' : 'text-red-600'}`}>{message.text}</p> : null}
        <Button onClick={() => void save()} disabled={busy || !draft} className="w-full">{t('save')}</Button>
      </div>
    </Card>
  );
}

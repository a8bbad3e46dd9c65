'use client';
// The root-cause analysis in the editor: factors (kind, category from the translated taxonomy,
// description, five whys) added, changed with their version and removed; each factor's linked
// known issues; and the detection record. Refusals (a stale version, a bad field) are shown.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { factorCategories, factorKinds, type DetectionOutput, type FactorOutput } from '@/lib/root-causes/schemas';
import { detectionPath, factorPath, factorsPath } from './api';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Markdown } from '@/components/ui/markdown';

export interface KnownIssueOption {
  id: string;
  title: string;
}


const whysOf = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

interface Draft {
  kind: FactorOutput['kind'];
  category: FactorOutput['category'];
  description: string;
  whys: string;
}

function FactorForm({ initial, busy, submitLabel, onSubmit, onCancel, testId }: { initial: Draft; busy: boolean; submitLabel: string; onSubmit: (d: Draft) => void; onCancel?: () => void; testId: string }) {
  const t = useTranslations('postmortems');
  const [d, setD] = useState(initial);
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(d);
      }}
      data-testid={testId}
    >
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label={t('editor.factors.kind')} htmlFor={`${testId}-kind`}>
          <Select id={`${testId}-kind`} value={d.kind} onChange={(e) => setD({ ...d, kind: e.target.value as Draft['kind'] })} data-testid="factor-kind">
            {factorKinds.map((k) => <option key={k} value={k}>{t(`factorKinds.${k}`)}</option>)}
          </Select>
        </Field>
        <Field label={t('editor.factors.category')} htmlFor={`${testId}-category`}>
          <Select id={`${testId}-category`} value={d.category} onChange={(e) => setD({ ...d, category: e.target.value as Draft['category'] })} data-testid="factor-category">
            {factorCategories.map((c) => <option key={c} value={c}>{t(`factorCategories.${c}`)}</option>)}
          </Select>
        </Field>
      </div>
      <Field label={t('editor.factors.description')} htmlFor={`${testId}-description`}>
        <Textarea id={`${testId}-description`} rows={2} value={d.description} onChange={(e) => setD({ ...d, description: e.target.value })} data-testid="factor-description" />
      </Field>
      <Field label={t('page.whys')} htmlFor={`${testId}-whys`} hint={t('editor.factors.whysHint')}>
        <Textarea id={`${testId}-whys`} rows={3} value={d.whys} onChange={(e) => setD({ ...d, whys: e.target.value })} data-testid="factor-whys" />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy || !d.description.trim()} data-testid="factor-save">{submitLabel}</Button>
        {onCancel ? <Button variant="ghost" onClick={onCancel}>{t('editor.cancel')}</Button> : null}
      </div>
    </form>
  );
}

export function FactorsEditor({
  incidentId,
  factors,
  knownIssues,
  editable,
  onFactors,
}: {
  incidentId: string;
  factors: FactorOutput[];
  knownIssues: KnownIssueOption[];
  editable: boolean;
  onFactors: (f: FactorOutput[]) => void;
}) {
  const presenter = useErrorPresenter();
  const t = useTranslations('postmortems');
  // The factor being edited and the version the edit started from: a live refresh meanwhile
  // must not turn the save into a silent overwrite of someone else's change (409 instead).
  const [editing, setEditing] = useState<{ id: string; version: number } | null>(null);
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [linkChoice, setLinkChoice] = useState<Record<string, string>>({});

  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await fn();
      return true;
    } catch (e) {
      setMessage(presenter.message(e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  const replace = (f: FactorOutput) => onFactors(factors.map((x) => (x.id === f.id ? f : x)));

  return (
    <Card title={t('page.factors')}>
      <ul className="flex flex-col gap-3" data-testid="editor-factors">
        {factors.map((f) => (
          <li key={f.id} className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200" data-testid="editor-factor">
            {editing?.id === f.id ? (
              <FactorForm
                testId={`factor-edit-${f.id}`}
                busy={busy}
                submitLabel={t('editor.save')}
                initial={{ kind: f.kind, category: f.category, description: f.description, whys: f.fiveWhys.join('\n') }}
                onCancel={() => setEditing(null)}
                onSubmit={(d) =>
                  void run(async () => {
                    replace(await apiFetch<FactorOutput>(factorPath(incidentId, f.id), { method: 'PATCH', body: { version: editing.version, kind: d.kind, category: d.category, description: d.description, fiveWhys: whysOf(d.whys) } }));
                    setEditing(null);
                  })
                }
              />
            ) : (
              <>
                <p className="font-medium">{t(`factorKinds.${f.kind}`)} · {t(`factorCategories.${f.category}`)}</p>
                <Markdown html={f.descriptionHtml} className="mt-1 text-slate-800" testId="factor-description-text" />
                {f.fiveWhys.length ? (
                  <ol className="mt-2 list-decimal pl-5 text-slate-700" aria-label={t('page.whys')}>
                    {f.fiveWhys.map((w, i) => <li key={i}>{w}</li>)}
                  </ol>
                ) : null}
                {f.change ? (
                  <p className="mt-2 text-sm text-slate-700" data-testid="factor-change">
                    {t('editor.factors.linkedChange')}:{' '}
                    <Link href={`/changes/${f.change.id}`} className="text-brand-700 underline">{f.change.title}</Link>
                    {' · '}{f.change.service.name}
                  </p>
                ) : null}
                <div className="mt-2">
                  <p className="text-xs font-medium text-slate-600">{t('editor.factors.knownIssues')}</p>
                  {f.knownIssues.length ? (
                    <ul className="flex flex-col gap-0.5" data-testid="factor-known-issues">
                      {f.knownIssues.map((k) => (
                        <li key={k.id} className="flex items-center gap-2">
                          <Link href={`/known-issues/${k.id}`} className="text-brand-700 underline">{k.title}</Link>
                          {editable ? (
                            <button type="button" className="text-xs text-slate-500 underline" disabled={busy}
                              onClick={() => void run(async () => replace(await apiFetch<FactorOutput>(`${factorPath(incidentId, f.id)}/known-issues/${k.id}`, { method: 'DELETE' })))}>
                              {t('editor.factors.unlink')}
                            </button>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : <p className="text-xs text-slate-500">{t('editor.factors.noKnownIssues')}</p>}
                  {editable && knownIssues.length ? (
                    <div className="mt-1 flex flex-wrap gap-2">
                      <Select aria-label={t('editor.factors.linkKnownIssue')} className="w-auto max-w-xs" value={linkChoice[f.id] ?? ''} onChange={(e) => setLinkChoice({ ...linkChoice, [f.id]: e.target.value })} data-testid="factor-link-choice">
                        <option value="">{t('editor.factors.linkKnownIssue')}</option>
                        {knownIssues.filter((k) => !f.knownIssues.some((l) => l.id === k.id)).map((k) => <option key={k.id} value={k.id}>{k.title}</option>)}
                      </Select>
                      <Button variant="secondary" disabled={busy || !linkChoice[f.id]} data-testid="factor-link"
                        onClick={() => void run(async () => {
                          replace(await apiFetch<FactorOutput>(`${factorPath(incidentId, f.id)}/known-issues/${linkChoice[f.id]}`, { method: 'PUT' }));
                          setLinkChoice({ ...linkChoice, [f.id]: '' });
                        })}>
                        {t('editor.factors.link')}
                      </Button>
                    </div>
                  ) : null}
                </div>
                {editable ? (
                  <div className="mt-2 flex gap-2">
                    <Button variant="secondary" onClick={() => setEditing({ id: f.id, version: f.version })} data-testid="factor-edit">{t('editor.edit')}</Button>
                    <Button variant="ghost" disabled={busy} data-testid="factor-delete"
                      onClick={() => {
                        if (!window.confirm(t('editor.factors.confirmDelete'))) return;
                        void run(async () => {
                          await apiFetch<null>(factorPath(incidentId, f.id), { method: 'DELETE' });
                          onFactors(factors.filter((x) => x.id !== f.id));
                        });
                      }}>
                      {t('editor.delete')}
                    </Button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
      {factors.length === 0 ? <p className="text-sm text-slate-500">{t('editor.factors.none')}</p> : null}
      {editable ? (
        adding ? (
          <div className="mt-3 rounded-md p-3 ring-1 ring-slate-200">
            <FactorForm
              testId="factor-add-form"
              busy={busy}
              submitLabel={t('editor.factors.add')}
              initial={{ kind: 'root_cause', category: 'other', description: '', whys: '' }}
              onCancel={() => setAdding(false)}
              onSubmit={(d) =>
                void run(async () => {
                  const created = await apiFetch<FactorOutput>(factorsPath(incidentId), { method: 'POST', body: { kind: d.kind, category: d.category, description: d.description, fiveWhys: whysOf(d.whys) } });
                  onFactors([...factors, created]);
                  setAdding(false);
                })
              }
            />
          </div>
        ) : (
          <Button variant="secondary" className="mt-3" onClick={() => setAdding(true)} data-testid="factor-add">{t('editor.factors.add')}</Button>
        )
      ) : null}
      {message ? <p role="alert" className="mt-2 text-sm text-red-700" data-testid="factors-message">{message}</p> : null}
    </Card>
  );
}

export function DetectionEditor({ incidentId, initial, editable }: { incidentId: string; initial: DetectionOutput; editable: boolean }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('postmortems');
  const [d, setD] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const out = await apiFetch<DetectionOutput>(detectionPath(incidentId), { method: 'PUT', body: { version: d.version, method: d.method, detectedBy: d.detectedBy, whyNotEarlier: d.whyNotEarlier } });
      setD(out);
      setMessage({ ok: true, text: t('editor.saveState.saved') });
    } catch (err) {
      setMessage({ ok: false, text: presenter.message(err) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={save} className="mt-4 flex flex-col gap-2 border-t border-slate-200 pt-3" data-testid="detection-form">
      <h3 className="font-medium">{t('sections.detection')}</h3>
      <Field label={t('detection.method')} htmlFor="detection-method">
        <Textarea id="detection-method" rows={2} value={d.method} readOnly={!editable} onChange={(e) => setD({ ...d, method: e.target.value })} data-testid="detection-method" />
      </Field>
      <Field label={t('detection.detectedBy')} htmlFor="detection-by">
        <Input id="detection-by" value={d.detectedBy} readOnly={!editable} onChange={(e) => setD({ ...d, detectedBy: e.target.value })} data-testid="detection-by" />
      </Field>
      <Field label={t('detection.whyNotEarlier')} htmlFor="detection-why">
        <Textarea id="detection-why" rows={2} value={d.whyNotEarlier} readOnly={!editable} onChange={(e) => setD({ ...d, whyNotEarlier: e.target.value })} data-testid="detection-why" />
      </Field>
      {editable ? <div><Button type="submit" variant="secondary" disabled={busy} data-testid="detection-save">{t('editor.save')}</Button></div> : null}
      {message ? <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-700' : 'text-red-700'}`}>{message.text}</p> : null}
    </form>
  );
}

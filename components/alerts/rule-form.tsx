'use client';
// A new routing rule for a source, with "test the rule" against a pasted payload or the
// source's last 50 alerts before saving. Matchers are typed one per line: "field op value".
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createAlertRuleAction, testAlertRuleAction } from '@/lib/actions/alerts';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { formObject, type FieldErrors } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { createAlertRuleInput, matcherOps, resolveActions, resolveOns, ruleActions, type TestAlertRuleOutput } from '@/lib/alerts/schemas';
import { severities } from '@/lib/incidents/schemas';

type Parsed = { ok: true; rule: Record<string, unknown> } | { ok: false; errors: FieldErrors };

function parseMatchers(text: string, badLine: (line: number) => string): { ok: true; matchers: { field: string; op: string; value: string }[] } | { ok: false; error: string } {
  const matchers: { field: string; op: string; value: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const [field, op, ...rest] = line.split(/\s+/);
    if (!field || !op || !(matcherOps as readonly string[]).includes(op) || (op !== 'exists' && rest.length === 0)) return { ok: false, error: badLine(i + 1) };
    matchers.push({ field, op, value: rest.join(' ') });
  }
  return { ok: true, matchers };
}

export function RuleForm({ sourceId }: { sourceId: string }) {
  const t = useTranslations('alerts.rules');
  const router = useRouter();
  const presenter = useErrorPresenter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [result, setResult] = useState<TestAlertRuleOutput | null>(null);
  const [busy, setBusy] = useState(false);

  function read(form: HTMLFormElement): Parsed {
    const raw = formObject(form);
    const m = parseMatchers(raw.matchers ?? '', (line) => t('form.badMatcher', { line }));
    if (!m.ok) return { ok: false, errors: { matchers: m.error } };
    const rule = {
      source: sourceId, name: raw.name, matchers: m.matchers, requireService: raw.requireService === 'on', service: raw.service?.trim() || null,
      action: raw.action, severityMap: { critical: raw.sevCritical, error: raw.sevError, warning: raw.sevWarning }, titleTemplate: raw.titleTemplate,
      groupBy: (raw.groupBy ?? '').split(',').map((s) => s.trim()).filter(Boolean), groupWindowMinutes: Number(raw.groupWindowMinutes),
      resolveAction: raw.resolveAction, resolveOn: raw.resolveOn, ...(raw.position ? { position: Number(raw.position) } : {}),
    };
    const checked = presenter.validate(createAlertRuleInput, rule);
    return checked.ok ? { ok: true, rule: checked.data } : { ok: false, errors: checked.errors };
  }

  async function onTest(form: HTMLFormElement) {
    const p = read(form);
    if (!p.ok) return setErrors(p.errors);
    setErrors({});
    const { source: _s, position: _p, ...rule } = p.rule;
    void _s;
    void _p;
    const payload = (new FormData(form).get('payload') as string | null)?.trim();
    const res = await testAlertRuleAction({ source: sourceId, rule, ...(payload ? { payload } : {}) });
    if (!res.ok) {
      const d = presenter.present(res.error, { shows: ['name', 'matchers', 'payload'] });
      setErrors(d.fieldErrors);
      return setBanner(d.banner);
    }
    setBanner(null);
    setResult(res.data);
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const p = read(form);
    if (!p.ok) return setErrors(p.errors);
    setBusy(true);
    const res = await createAlertRuleAction(p.rule);
    setBusy(false);
    if (!res.ok) {
      const d = presenter.present(res.error, { shows: ['name', 'matchers', 'service', 'titleTemplate'] });
      setErrors(d.fieldErrors);
      return setBanner(d.banner);
    }
    form.reset();
    setResult(null);
    setBanner(null);
    router.refresh();
  }

  return (
    <Card title={t('new')}>
      <form onSubmit={(e) => void onSubmit(e)} className="grid gap-3 sm:grid-cols-2" noValidate data-testid="rule-form">
        {banner ? <div className="sm:col-span-2"><ErrorBanner>{banner}</ErrorBanner></div> : null}
        <Field label={t('form.name')} htmlFor="rule-name" error={errors.name}><Input id="rule-name" name="name" aria-invalid={!!errors.name} /></Field>
        <Field label={t('form.action')} htmlFor="rule-action">
          <Select id="rule-action" name="action" defaultValue="declare">{ruleActions.map((a) => <option key={a} value={a}>{t(`action.${a}`)}</option>)}</Select>
        </Field>
        <div className="sm:col-span-2">
          <Field label={t('form.matchers')} htmlFor="rule-matchers" error={errors.matchers ?? errors['matchers.0.value']} hint={t('form.matchersHint')}>
            <Textarea id="rule-matchers" name="matchers" rows={3} className="font-mono" placeholder="labels.team equals checkout" aria-invalid={!!errors.matchers} />
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm sm:col-span-2"><input type="checkbox" name="requireService" /> {t('form.requireService')}</label>
        <Field label={t('form.service')} htmlFor="rule-service" error={errors.service}><Input id="rule-service" name="service" /></Field>
        <Field label={t('form.titleTemplate')} htmlFor="rule-title" error={errors.titleTemplate}><Input id="rule-title" name="titleTemplate" defaultValue="{{alertname}} on {{service}}" /></Field>
        <fieldset className="text-sm">
          <legend className="mb-1 font-medium text-slate-700">{t('form.severityMap')}</legend>
          <div className="flex gap-2">
            {(['sevCritical', 'sevError', 'sevWarning'] as const).map((n, i) => (
              <Select key={n} name={n} defaultValue={severities[i]} aria-label={['critical', 'error', 'warning'][i]}>{severities.map((s) => <option key={s} value={s}>{s}</option>)}</Select>
            ))}
          </div>
        </fieldset>
        <Field label={t('form.groupBy')} htmlFor="rule-group"><Input id="rule-group" name="groupBy" defaultValue="alertname" /></Field>
        <Field label={t('form.groupWindow')} htmlFor="rule-window" error={errors.groupWindowMinutes}><Input id="rule-window" name="groupWindowMinutes" type="number" min={1} defaultValue={60} /></Field>
        <Field label={t('form.position')} htmlFor="rule-position"><Input id="rule-position" name="position" type="number" min={0} /></Field>
        <Field label={t('form.resolveAction')} htmlFor="rule-resolve">
          <Select id="rule-resolve" name="resolveAction" defaultValue="note">{resolveActions.map((a) => <option key={a} value={a}>{t(`resolve.${a}`, { on: '' })}</option>)}</Select>
        </Field>
        <Field label={t('form.resolveOn')} htmlFor="rule-resolve-on">
          <Select id="rule-resolve-on" name="resolveOn" defaultValue="all">{resolveOns.map((a) => <option key={a} value={a}>{t(`resolveOn.${a}`)}</option>)}</Select>
        </Field>
        <div className="sm:col-span-2">
          <Field label={t('form.payload')} htmlFor="rule-payload" error={errors.payload}><Textarea id="rule-payload" name="payload" rows={4} className="font-mono" /></Field>
        </div>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button variant="secondary" onClick={(e) => void onTest(e.currentTarget.form!)} data-testid="test-rule">{t('form.test')}</Button>
          <Button type="submit" disabled={busy} data-testid="save-rule">{t('form.save')}</Button>
        </div>
      </form>
      {result ? (
        <div className="mt-4" data-testid="rule-test-result">
          <h3 className="mb-1 text-sm font-semibold">{t('testResult.title')}</h3>
          {result.items.length === 0 ? <p className="text-sm text-slate-600">{t('testResult.none')}</p> : (
            <ul className="space-y-1 text-sm">
              {result.items.map((i) => (
                <li key={i.dedupKey} className="break-words" data-matched={i.matched}>
                  <span className="font-medium">{i.summary}</span>: {i.matched ? t('testResult.matched', { action: t(`action.${i.action as 'declare'}`), severity: i.severity ?? '', group: i.groupKey ?? '' }) : t('testResult.noMatch')}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </Card>
  );
}

'use client';
// A person's contact methods for paging, and when each is used: per urgency, after how many
// minutes (e.g. high: chat now, SMS after 2 min). Without rules a page goes to the inbox and
// email at once.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Button } from '@/components/ui/button';
import { ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import type { ContactMethodOutput } from '@/lib/on-call/schemas';
import { onCallKeys } from './query-keys';

type Rule = { urgency: 'high' | 'low'; contactMethodId: string; delayMinutes: number };

export function ContactMethodsEditor() {
  const t = useTranslations('onCall.contact');
  const presenter = useErrorPresenter();
  const qc = useQueryClient();
  const [type, setType] = useState<'email' | 'sms' | 'chat' | 'inbox'>('sms');
  const [error, setError] = useState<string | null>(null);
  const { data } = useQuery({ queryKey: onCallKeys.contactMethods(), queryFn: () => apiFetch<{ methods: ContactMethodOutput[]; rules: Rule[] }>('/api/v1/me/contact-methods') });
  const refresh = () => qc.invalidateQueries({ queryKey: onCallKeys.contactMethods() });
  const add = useMutation({
    mutationFn: async (f: FormData) => {
      const body = type === 'chat'
        ? { type, provider: f.get('provider'), value: f.get('value'), url: f.get('url') }
        : type === 'inbox' ? { type } : { type, value: f.get('value') };
      const method = await apiFetch<ContactMethodOutput>('/api/v1/me/contact-methods', { method: 'POST', body });
      const rules: Rule[] = [...(data?.rules ?? []).map(({ urgency, contactMethodId, delayMinutes }) => ({ urgency, contactMethodId, delayMinutes }))];
      for (const urgency of ['high', 'low'] as const) {
        const v = String(f.get(`delay-${urgency}`) ?? '');
        if (v !== '') rules.push({ urgency, contactMethodId: method.id, delayMinutes: Number(v) });
      }
      await apiFetch('/api/v1/me/notification-rules', { method: 'PUT', body: { rules } });
    },
    onSuccess: () => { setError(null); void refresh(); },
    onError: (e) => setError(presenter.message(e)),
  });
  const remove = useMutation({ mutationFn: (id: string) => apiFetch(`/api/v1/me/contact-methods/${id}`, { method: 'DELETE' }), onSuccess: () => void refresh() });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    add.mutate(new FormData(e.currentTarget));
  };
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t('intro')}</p>
      {data?.methods.length ? (
        <ul className="space-y-1 text-sm" data-testid="contact-methods">
          {data.methods.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2 break-all">
              <span className="font-medium">{t(`types.${m.type}`)}</span>
              <span>{m.value}</span>
              {data.rules.filter((r) => r.contactMethodId === m.id).map((r) => <span key={r.urgency} className="text-xs text-slate-600">{t(`urgency.${r.urgency}`)} {t('delay', { minutes: r.delayMinutes })}</span>)}
              <Button variant="ghost" onClick={() => remove.mutate(m.id)}>{t('remove')}</Button>
            </li>
          ))}
        </ul>
      ) : <p className="text-sm text-slate-500">{t('none')}</p>}
      <form onSubmit={submit} className="grid gap-2 sm:grid-cols-2">
        <Field label={t('type')} htmlFor="cm-type">
          <Select id="cm-type" value={type} onChange={(e) => setType(e.target.value as typeof type)}>
            {(['sms', 'email', 'chat', 'inbox'] as const).map((x) => <option key={x} value={x}>{t(`types.${x}`)}</option>)}
          </Select>
        </Field>
        {type !== 'inbox' ? <Field label={t('value')} htmlFor="cm-value"><Input id="cm-value" name="value" required /></Field> : null}
        {type === 'chat' ? (
          <>
            <Field label={t('provider')} htmlFor="cm-provider"><Select id="cm-provider" name="provider">{['wecom', 'dingtalk', 'feishu', 'slack'].map((p) => <option key={p} value={p}>{p}</option>)}</Select></Field>
            <Field label={t('url')} htmlFor="cm-url"><Input id="cm-url" name="url" type="url" required /></Field>
          </>
        ) : null}
        <Field label={`${t('urgency.high')} (min)`} htmlFor="cm-high"><Input id="cm-high" name="delay-high" type="number" min={0} max={120} defaultValue={0} /></Field>
        <Field label={`${t('urgency.low')} (min)`} htmlFor="cm-low"><Input id="cm-low" name="delay-low" type="number" min={0} max={120} /></Field>
        <div className="sm:col-span-2 space-y-2">
          {error ? <ErrorBanner>{error}</ErrorBanner> : null}
          <Button type="submit" disabled={add.isPending}>{t('add')}</Button>
        </div>
      </form>
    </div>
  );
}

'use client';
// Admins edit what SEV1–SEV4 mean, in both languages, validated with the server's schema.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateSeverityDescriptionsAction } from '@/lib/actions/severities';
import { useFormSubmit } from '@/lib/client/use-form-submit';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Textarea } from '@/components/ui/field';
import { severities, severityDescriptionsSchema, type SeverityDescriptions } from '@/lib/incidents/schemas';

export function SeverityDescriptionsForm({ initial }: { initial: SeverityDescriptions }) {
  const t = useTranslations('admin.severities');
  const tc = useTranslations('common');
  const router = useRouter();
  const [value, setValue] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { submit, busy, errors, banner } = useFormSubmit({
    schema: severityDescriptionsSchema,
    shows: (path) => /^SEV[1-4]\.(en|zhCN)$/.test(path),
    send: updateSeverityDescriptionsAction,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    await submit(value);
  }

  const set = (sev: keyof SeverityDescriptions, lang: 'en' | 'zhCN', text: string) =>
    setValue((v) => ({ ...v, [sev]: { ...v[sev], [lang]: text } }));

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate data-testid="severity-descriptions-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      {severities.map((sev) => (
        <Card key={sev} title={sev}>
          <div className="grid gap-3 md:grid-cols-2">
            {(['en', 'zhCN'] as const).map((lang) => {
              const id = `${sev}-${lang}`;
              const key = `${sev}.${lang}`;
              return (
                <Field key={lang} label={lang === 'en' ? t('english') : t('chinese')} htmlFor={id} error={errors[key]}>
                  <Textarea id={id} rows={2} value={value[sev][lang]} aria-invalid={!!errors[key]} onChange={(e) => set(sev, lang, e.target.value)} />
                </Field>
              );
            })}
          </div>
        </Card>
      ))}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>{busy ? tc('actions.saving') : t('save')}</Button>
        {saved ? <span role="status" className="text-sm text-green-700">{t('saved')}</span> : null}
      </div>
    </form>
  );
}

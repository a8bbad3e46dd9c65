'use client';
// Admins edit what SEV1–SEV4 mean, in both languages, validated with the server's schema.
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { updateSeverityDescriptionsAction } from '@/app/admin/severities/actions';
import { issuesToFieldErrors, validateForm, type FieldErrors } from '@/components/forms/validate';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Textarea } from '@/components/ui/field';
import { severities, severityDescriptionsSchema, type SeverityDescriptions } from '@/lib/incidents/schemas';

export function SeverityDescriptionsForm({ initial }: { initial: SeverityDescriptions }) {
  const t = useTranslations('admin.severities');
  const tc = useTranslations('common');
  const locale = useLocale();
  const router = useRouter();
  const [value, setValue] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSaved(false);
    setBanner(null);
    const checked = validateForm(severityDescriptionsSchema, value, locale);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const res = await updateSeverityDescriptionsAction(checked.data);
    setBusy(false);
    if (!res.ok) {
      setErrors(issuesToFieldErrors(res.error.issues));
      setBanner(res.error.code === 'forbidden' ? tc('errors.forbidden') : res.error.message);
      return;
    }
    setSaved(true);
    router.refresh();
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

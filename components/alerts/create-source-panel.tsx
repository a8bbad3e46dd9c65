'use client';
// Creating an alert source: name, type, default service. The key comes back once, shown with
// the URL and the sender's configuration; after "Done" it is gone from this page too.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createAlertSourceAction } from '@/lib/actions/alerts';
import { OneTimeSecret } from '@/components/admin/one-time-secret';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { formObject, type FieldErrors } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select } from '@/components/ui/field';
import { alertSourceTypes, createAlertSourceInput } from '@/lib/alerts/schemas';
import { SenderConfigPanel } from './sender-config-panel';

export function CreateSourcePanel({ origin }: { origin: string }) {
  const t = useTranslations('alerts.sources');
  const router = useRouter();
  const presenter = useErrorPresenter();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; type: string; key: string } | null>(null);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const raw = formObject(e.currentTarget);
    const checked = presenter.validate(createAlertSourceInput, { name: raw.name, type: raw.type, ...(raw.service ? { service: raw.service } : {}) });
    if (!checked.ok) return setErrors(checked.errors);
    setBusy(true);
    setErrors({});
    setBanner(null);
    const res = await createAlertSourceAction(checked.data);
    setBusy(false);
    if (!res.ok) {
      const d = presenter.present(res.error, { shows: ['name', 'type', 'service'] });
      setErrors(d.fieldErrors);
      return setBanner(d.banner);
    }
    setOpen(false);
    setCreated({ name: res.data.name, type: res.data.type, key: res.data.key });
    router.refresh();
  }

  if (created) {
    return (
      <Card className="mb-4" title={t('created', { name: created.name })}>
        <div className="space-y-3" data-testid="source-created">
          <OneTimeSecret label={t('key')} value={created.key} onDone={() => setCreated(null)} />
          <SenderConfigPanel type={created.type} sourceKey={created.key} origin={origin} />
        </div>
      </Card>
    );
  }
  if (!open) return <div className="mb-4"><Button onClick={() => setOpen(true)} data-testid="new-source">{t('create')}</Button></div>;
  return (
    <Card className="mb-4" title={t('create')}>
      <form onSubmit={(e) => void onSubmit(e)} className="grid gap-3 sm:grid-cols-3" noValidate>
        {banner ? <div className="sm:col-span-3"><ErrorBanner>{banner}</ErrorBanner></div> : null}
        <Field label={t('name')} htmlFor="source-name" error={errors.name}><Input id="source-name" name="name" required aria-invalid={!!errors.name} /></Field>
        <Field label={t('type')} htmlFor="source-type" error={errors.type}>
          <Select id="source-type" name="type" defaultValue="alertmanager">
            {alertSourceTypes.map((ty) => <option key={ty} value={ty}>{t(`types.${ty}`)}</option>)}
          </Select>
        </Field>
        <Field label={t('service')} htmlFor="source-service" error={errors.service} hint={t('serviceHint')}><Input id="source-service" name="service" aria-invalid={!!errors.service} /></Field>
        <div className="flex gap-2 sm:col-span-3">
          <Button type="submit" disabled={busy} data-testid="create-source">{t('submit')}</Button>
          <Button variant="ghost" onClick={() => setOpen(false)}>{t('cancel')}</Button>
        </div>
      </form>
    </Card>
  );
}

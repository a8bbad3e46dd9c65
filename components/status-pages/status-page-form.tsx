'use client';
// Create or edit a status page: texts in both languages, visibility, and the components
// (catalogue services, in order, optionally grouped, with display names in both languages).
// Validated with the server's schema before sending.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createStatusPageAction, deleteStatusPageAction, updateStatusPageAction } from '@/lib/actions/status-pages';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import type { FieldErrors } from '@/lib/client/validate';
import { Button } from '@/components/ui/button';
import { Card, ErrorBanner } from '@/components/ui/card';
import { Field, Input, Select, Textarea } from '@/components/ui/field';
import { createStatusPageInput, type StatusPageOutput } from '@/lib/status-pages/schemas';

interface Row { service: string; group: string; groupZh: string; name: string; nameZh: string }

const FIELDS = ['slug', 'title', 'titleZh', 'description', 'descriptionZh', 'logoUrl', 'defaultLocale', 'visibility', 'components'] as const;

export function StatusPageForm({ services, initial }: { services: { slug: string; name: string }[]; initial?: StatusPageOutput }) {
  const t = useTranslations('statusPages.admin');
  const tc = useTranslations('common');
  const router = useRouter();
  const presenter = useErrorPresenter();
  const [page, setPage] = useState({
    slug: initial?.slug ?? '',
    title: initial?.title ?? '',
    titleZh: initial?.titleZh ?? '',
    description: initial?.description ?? '',
    descriptionZh: initial?.descriptionZh ?? '',
    logoUrl: initial?.logoUrl ?? '',
    defaultLocale: (initial?.defaultLocale ?? 'en') as 'en' | 'zh-CN',
    visibility: initial?.visibility ?? 'public',
    allowAnonymous: initial?.allowAnonymous ?? false,
  });
  const [rows, setRows] = useState<Row[]>(initial?.components.map((c) => ({ service: c.service, group: c.group, groupZh: c.groupZh, name: c.name, nameZh: c.nameZh })) ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof page>) => setPage({ ...page, ...patch });
  const setRow = (i: number, patch: Partial<Row>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const move = (i: number, d: -1 | 1) => {
    const next = [...rows];
    const [r] = next.splice(i, 1);
    next.splice(i + d, 0, r!);
    setRows(next);
  };
  const unused = services.filter((s) => !rows.some((r) => r.service === s.slug));

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    setBanner(null);
    const checked = presenter.validate(createStatusPageInput, { ...page, components: rows });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const { slug, ...rest } = checked.data;
    const res = initial ? await updateStatusPageAction({ slug: initial.slug, page: rest }) : await createStatusPageAction(checked.data);
    setBusy(false);
    if (!res.ok) {
      const shown = presenter.present(res.error, { shows: [...FIELDS, ...rows.map((_, i) => `components.${i}.service`)] });
      setErrors(shown.fieldErrors);
      setBanner(shown.banner);
      return;
    }
    setSaved(true);
    if (!initial) router.push(`/admin/status-pages/${slug}`);
    else router.refresh();
  }

  async function onDelete() {
    if (!initial || !window.confirm(t('confirmDelete', { title: initial.title }))) return;
    const res = await deleteStatusPageAction({ slug: initial.slug });
    if (res.ok) router.push('/admin/status-pages');
    else setBanner(presenter.present(res.error, { shows: [] }).banner);
  }

  const text = (key: 'title' | 'titleZh' | 'description' | 'descriptionZh' | 'logoUrl', rowsCount = 0) => (
    <Field label={t(`field.${key}`)} htmlFor={`sp-${key}`} error={errors[key]}>
      {rowsCount ? (
        <Textarea id={`sp-${key}`} rows={rowsCount} value={page[key]} onChange={(e) => set({ [key]: e.target.value })} />
      ) : (
        <Input id={`sp-${key}`} value={page[key]} aria-invalid={!!errors[key]} onChange={(e) => set({ [key]: e.target.value })} data-testid={`sp-${key}`} />
      )}
    </Field>
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" noValidate data-testid="status-page-form">
      {banner ? <ErrorBanner>{banner}</ErrorBanner> : null}
      <Card title={t('pageSection')}>
        <div className="grid gap-3 md:grid-cols-2">
          <Field label={t('field.slug')} htmlFor="sp-slug" error={errors.slug} hint={t('slugHint')}>
            <Input id="sp-slug" value={page.slug} disabled={!!initial} aria-invalid={!!errors.slug} onChange={(e) => set({ slug: e.target.value })} data-testid="sp-slug" />
          </Field>
          {text('logoUrl')}
          {text('title')}
          {text('titleZh')}
          {text('description', 2)}
          {text('descriptionZh', 2)}
          <Field label={t('field.defaultLocale')} htmlFor="sp-locale">
            <Select id="sp-locale" value={page.defaultLocale} onChange={(e) => set({ defaultLocale: e.target.value as 'en' | 'zh-CN' })}>
              <option value="en">English</option>
              <option value="zh-CN">中文</option>
            </Select>
          </Field>
          <Field label={t('field.visibility')} htmlFor="sp-visibility" error={errors.visibility}>
            <Select id="sp-visibility" value={page.visibility} onChange={(e) => set({ visibility: e.target.value as 'public' | 'internal' })} data-testid="sp-visibility">
              <option value="public">{t('visibility.public')}</option>
              <option value="internal">{t('visibility.internal')}</option>
            </Select>
          </Field>
        </div>
        {page.visibility === 'internal' ? (
          <label className="mt-3 flex items-center gap-2 text-sm">
            <input type="checkbox" checked={page.allowAnonymous} onChange={(e) => set({ allowAnonymous: e.target.checked })} />
            {t('field.allowAnonymous')}
          </label>
        ) : null}
      </Card>
      <Card title={t('componentsSection')}>
        {errors.components ? <p role="alert" className="mb-2 text-sm text-red-600">{errors.components}</p> : null}
        <ol className="space-y-3">
          {rows.map((r, i) => (
            <li key={r.service} className="rounded-md border border-slate-200 p-3" data-testid={`sp-component-${r.service}`}>
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <span className="min-w-0 break-all text-sm font-medium">{services.find((s) => s.slug === r.service)?.name ?? r.service}</span>
                <span className="flex gap-1">
                  <Button variant="secondary" className="px-2 py-1 text-xs" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('moveUp')}>↑</Button>
                  <Button variant="secondary" className="px-2 py-1 text-xs" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={t('moveDown')}>↓</Button>
                  <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setRows(rows.filter((_, k) => k !== i))}>{t('remove')}</Button>
                </span>
              </div>
              {errors[`components.${i}.service`] ? <p role="alert" className="text-sm text-red-600">{errors[`components.${i}.service`]}</p> : null}
              <div className="grid gap-2 sm:grid-cols-2">
                {(['name', 'nameZh', 'group', 'groupZh'] as const).map((k) => (
                  <Field key={k} label={t(`field.${k}`)} htmlFor={`sp-${i}-${k}`}>
                    <Input id={`sp-${i}-${k}`} value={r[k]} onChange={(e) => setRow(i, { [k]: e.target.value })} />
                  </Field>
                ))}
              </div>
            </li>
          ))}
        </ol>
        {unused.length ? (
          <div className="mt-3 max-w-md">
            <Field label={t('addComponent')} htmlFor="sp-add">
              <Select id="sp-add" value="" onChange={(e) => e.target.value && setRows([...rows, { service: e.target.value, group: '', groupZh: '', name: '', nameZh: '' }])} data-testid="sp-add-component">
                <option value="">{t('choose')}</option>
                {unused.map((s) => (
                  <option key={s.slug} value={s.slug}>{s.name}</option>
                ))}
              </Select>
            </Field>
          </div>
        ) : null}
      </Card>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy} data-testid="sp-save">{busy ? tc('actions.saving') : t('save')}</Button>
        {saved ? <span role="status" className="text-sm text-green-700">{t('saved')}</span> : null}
        {initial ? <Button variant="secondary" onClick={() => void onDelete()}>{t('delete')}</Button> : null}
      </div>
    </form>
  );
}

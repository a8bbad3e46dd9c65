'use client';
// "Publish to status page(s)" inside the stakeholder update composer: which pages, and the
// public texts (optional, per language) with the "meanwhile" workaround as its own field.
// Self-contained: the composer keeps the value in its draft and spreads publicationBody()
// into the request, so the rest of the composer does not know about status pages.
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { apiFetch } from '@/lib/client/api-client';
import { Field, Input, Textarea } from '@/components/ui/field';
import type { StatusPageOutput } from '@/lib/status-pages/schemas';
import { statusPageKeys } from './query-keys';

export interface PublishDraft {
  pages: string[];
  titleEn: string;
  titleZh: string;
  textEn: string;
  textZh: string;
  workaroundEn: string;
  workaroundZh: string;
  linkPostmortem?: boolean;
}

export const emptyPublishDraft: PublishDraft = { pages: [], titleEn: '', titleZh: '', textEn: '', textZh: '', workaroundEn: '', workaroundZh: '' };

const both = (en: string, zh: string) => (en.trim() || zh.trim() ? { en: en.trim(), zhCN: zh.trim() } : undefined);

/** The request fields of PostStakeholderUpdateInput that publish to status pages. */
export function publicationBody(d: PublishDraft | undefined): Record<string, unknown> {
  if (!d || d.pages.length === 0) return {};
  const title = both(d.titleEn, d.titleZh);
  const text = both(d.textEn, d.textZh);
  const workaround = both(d.workaroundEn, d.workaroundZh);
  return { statusPages: d.pages, ...(title ? { publicTitle: title } : {}), ...(text ? { publicText: text } : {}), ...(workaround ? { workaround } : {}), ...(d.linkPostmortem ? { linkPostmortem: true } : {}) };
}

export function PublishFields({ value, onChange }: { value: PublishDraft; onChange: (v: PublishDraft) => void }) {
  const t = useTranslations('statusPages.publish');
  const { data } = useQuery({ queryKey: statusPageKeys.list(), queryFn: () => apiFetch<{ items: StatusPageOutput[] }>('/api/v1/status-pages'), staleTime: 60_000 });
  const pages = data?.items ?? [];
  if (pages.length === 0) return null;
  const set = (patch: Partial<PublishDraft>) => onChange({ ...value, ...patch });
  const toggle = (slug: string, on: boolean) => set({ pages: on ? [...value.pages, slug] : value.pages.filter((p) => p !== slug) });
  const text = (key: keyof Omit<PublishDraft, 'pages' | 'linkPostmortem'>, label: string, rows = 0) => (
    <Field label={label} htmlFor={`sp-${key}`}>
      {rows ? (
        <Textarea id={`sp-${key}`} rows={rows} value={value[key]} onChange={(e) => set({ [key]: e.target.value })} data-testid={`publish-${key}`} />
      ) : (
        <Input id={`sp-${key}`} value={value[key]} onChange={(e) => set({ [key]: e.target.value })} data-testid={`publish-${key}`} />
      )}
    </Field>
  );
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="publish-fields">
      <legend className="px-1 text-sm font-medium">{t('legend')}</legend>
      <div className="flex flex-wrap gap-3">
        {pages.map((p) => (
          <label key={p.slug} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={value.pages.includes(p.slug)} onChange={(e) => toggle(p.slug, e.target.checked)} data-testid={`publish-page-${p.slug}`} />
            {p.title} <span className="text-xs text-slate-500">({t(`visibility.${p.visibility}`)})</span>
          </label>
        ))}
      </div>
      {value.pages.length ? (
        <div className="space-y-2">
          <p className="text-xs text-slate-500">{t('hint')}</p>
          <div className="grid gap-2 sm:grid-cols-2">
            {text('titleEn', t('titleEn'))}
            {text('titleZh', t('titleZh'))}
            {text('textEn', t('textEn'), 3)}
            {text('textZh', t('textZh'), 3)}
            {text('workaroundEn', t('workaroundEn'), 2)}
            {text('workaroundZh', t('workaroundZh'), 2)}
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={!!value.linkPostmortem} onChange={(e) => set({ linkPostmortem: e.target.checked })} />
            {t('linkPostmortem')}
          </label>
        </div>
      ) : null}
    </fieldset>
  );
}

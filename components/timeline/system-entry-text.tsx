'use client';
// System entries (status and field changes) carry what changed in `data`; they are shown
// from it in the reader's language, with times in the reader's zone. The English `body`
// is the fallback for anything this page does not know how to phrase.
import { useFormatter, useTranslations } from 'next-intl';
import { PageEntryText } from '@/components/on-call/page-entry-text';
import type { LiveEntryOutput } from '@/lib/timeline/schemas';

type Data = Record<string, unknown>;
const timeFields = new Set(['startedAt', 'detectedAt', 'acknowledgedAt', 'mitigatedAt', 'resolvedAt', 'closedAt', 'nextUpdateAt']);
const longFields = new Set(['summary', 'impact']);
const knownFields = new Set(['title', 'summary', 'severity', 'status', 'impact', 'customerFacing', 'drill', 'services', 'roles', ...timeFields]);

export function SystemEntryText({ entry }: { entry: LiveEntryOutput }) {
  const t = useTranslations('incidents');
  const format = useFormatter();
  const d = (entry.data && typeof entry.data === 'object' ? entry.data : {}) as Data;
  const field = typeof d.field === 'string' ? d.field : '';

  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return t('system.none');
    if (Array.isArray(v)) return v.join(', ');
    if (typeof v === 'boolean') return v ? t('timeline.yes') : t('timeline.no');
    if (field === 'status' && typeof v === 'string' && ['investigating', 'identified', 'monitoring', 'resolved', 'closed'].includes(v)) return t(`status.${v as 'investigating'}`);
    if (timeFields.has(field) && typeof v === 'string') return format.dateTime(new Date(v), { dateStyle: 'medium', timeStyle: 'short' });
    return String(v);
  };

  // Paging entries (issue 14) have their own phrasing.
  if (d.event === 'page') return <PageEntryText data={d} fallback={entry.body} />;

  let text: string = entry.body;
  if (d.event === 'declared') {
    // The title at declaration time lives only in the sentence.
    const title = /^Declared \S+ \(SEV\d\): ([\s\S]*)$/.exec(entry.body)?.[1] ?? '';
    text = t('timeline.declared', { severity: String(d.severity ?? ''), status: show(d.to), title });
  } else if (field === 'status') {
    text = t(d.reopened ? 'system.reopened' : 'system.statusChanged', { from: show(d.from), to: show(d.to) });
  } else if (field === 'roles' && typeof d.role === 'string') {
    const role = t(`role.${d.role as 'commander'}`);
    text = t(d.action === 'unassigned' ? 'system.roleUnassigned' : 'system.roleAssigned', { name: String(d.name ?? ''), role });
  } else if (knownFields.has(field)) {
    const label = t(`field.${field as 'title'}`);
    if (longFields.has(field)) text = d.to === '' ? t('system.fieldCleared', { field: label }) : t('system.fieldChanged', { field: label });
    else text = t('system.fieldChangedFromTo', { field: label, from: show(d.from), to: show(d.to) });
  }
  return <p className="text-sm text-slate-800">{text}</p>;
}

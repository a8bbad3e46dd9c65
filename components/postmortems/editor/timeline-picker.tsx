'use client';
// Which timeline entries the postmortem's timeline shows. The highlighted entries are the
// default (the template was filled from them); ticking or unticking an entry changes its
// highlight on the incident timeline (the API's notion of "chosen"), and "Use the chosen
// entries" rewrites the timeline section from them, which stays editable as text.
import { useFormatter, useLocale, useTimeZone, useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch } from '@/lib/client/api-client';
import { Button } from '@/components/ui/button';
import { timelineMarkdown } from '@/lib/postmortems/prefill';
import { timelineEntryPath } from './api';
import { useErrorPresenter } from '@/lib/client/error-presenter';

export interface PickableEntry {
  id: string;
  body: string;
  occurredAt: string;
  highlighted: boolean;
}

export function TimelinePicker({ incidentId, entries, editable, onUse }: { incidentId: string; entries: PickableEntry[]; editable: boolean; onUse: (markdown: string) => void }) {
  const presenter = useErrorPresenter();
  const t = useTranslations('postmortems.editor.timeline');
  const locale = useLocale();
  const timeZone = useTimeZone() ?? 'UTC';
  const format = useFormatter();
  const [list, setList] = useState(entries);
  const [message, setMessage] = useState<string | null>(null);

  async function toggle(entry: PickableEntry) {
    setMessage(null);
    try {
      const out = await apiFetch<PickableEntry>(timelineEntryPath(incidentId, entry.id), { method: 'PATCH', body: { highlighted: !entry.highlighted } });
      setList(list.map((e) => (e.id === entry.id ? { ...e, highlighted: out.highlighted } : e)));
    } catch (e) {
      setMessage(presenter.message(e));
    }
  }

  const chosen = list.filter((e) => e.highlighted);
  return (
    <details className="mt-3 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200" data-testid="timeline-picker">
      <summary className="cursor-pointer font-medium">{t('title', { chosen: chosen.length, total: list.length })}</summary>
      <ul className="mt-2 flex max-h-80 flex-col gap-1 overflow-auto">
        {list.map((e) => (
          <li key={e.id}>
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={e.highlighted} disabled={!editable} onChange={() => void toggle(e)} className="mt-1" data-testid="timeline-pick" />
              <span>
                <span className="text-xs text-slate-500">{format.dateTime(new Date(e.occurredAt), { dateStyle: 'short', timeStyle: 'short' })}</span> {e.body.slice(0, 200)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {editable ? (
        <Button variant="secondary" className="mt-2" disabled={chosen.length === 0}
          onClick={() => onUse(timelineMarkdown(chosen.map((e) => ({ occurredAt: new Date(e.occurredAt), body: e.body })), { locale, timeZone }))} data-testid="timeline-use-chosen">
          {t('use')}
        </Button>
      ) : null}
      {message ? <p role="alert" className="mt-2 text-red-700">{message}</p> : null}
    </details>
  );
}

'use client';
// Adding to the timeline during an outage. Submit never waits for the network: the entry goes
// into the outbox (IndexedDB) with its Idempotency-Key and shows at once as pending; the
// outbox sends it, now or when the connection returns. What is being typed is kept as a draft
// in localStorage, so a reload or a crash loses nothing. Ctrl/⌘+Enter submits.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { fromLocalInputValue } from '@/components/incidents/datetime-input';
import { Button } from '@/components/ui/button';
import { Input, Select, Textarea } from '@/components/ui/field';
import { getBrowserOutbox, newIdempotencyKey } from '@/lib/offline/browser-outbox';
import { draftKey } from '@/lib/offline/drafts';
import { useDraft } from '@/lib/offline/use-draft';
import type { PostableKind } from '@/lib/timeline/schemas';

const kinds = ['note', 'action', 'alert', 'linked_change'] as const satisfies readonly PostableKind[];

interface Draft {
  kind: PostableKind;
  body: string;
  occurredAt: string;
  highlighted: boolean;
}

const empty: Draft = { kind: 'note', body: '', occurredAt: '', highlighted: false };

export function TimelineComposer({ incidentId }: { incidentId: string }) {
  const t = useTranslations('incidents.composer');
  const tk = useTranslations('incidents.timelineKind');
  const [draft, setDraft, resetDraft] = useDraft<Draft>(draftKey(incidentId, 'timeline'), empty);
  const [error, setError] = useState<string | null>(null);
  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  async function submit() {
    const body = draft.body.trim();
    if (!body) return setError(t('bodyRequired'));
    const occurredAt = draft.occurredAt ? fromLocalInputValue(draft.occurredAt) : undefined;
    setError(null);
    // Stored before anything is sent: from here on a reload or a dead network cannot lose it.
    await getBrowserOutbox().enqueue({
      key: newIdempotencyKey(),
      incidentId,
      payload: { kind: draft.kind, body, highlighted: draft.highlighted, ...(occurredAt ? { occurredAt } : {}) },
    });
    resetDraft({ ...empty, kind: draft.kind });
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="space-y-2"
      data-testid="timeline-composer"
    >
      <label htmlFor="composer-body" className="sr-only">
        {t('bodyLabel')}
      </label>
      <Textarea
        id="composer-body"
        rows={3}
        value={draft.body}
        placeholder={t('placeholder')}
        onChange={(e) => update({ body: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
        aria-invalid={!!error}
        aria-describedby={error ? 'composer-body-error' : 'composer-body-hint'}
        data-testid="timeline-composer-input"
      />
      {error ? (
        <p id="composer-body-error" role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : (
        <p id="composer-body-hint" className="text-xs text-slate-500">
          {t('hint')}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor="composer-kind">
          {t('kindLabel')}
        </label>
        <Select id="composer-kind" value={draft.kind} onChange={(e) => update({ kind: e.target.value as PostableKind })} className="w-auto" data-testid="timeline-composer-kind">
          {kinds.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </Select>
        <label className="flex items-center gap-1 text-sm text-slate-700">
          <span>{t('occurredAt')}</span>
          <Input type="datetime-local" value={draft.occurredAt} onChange={(e) => update({ occurredAt: e.target.value })} className="w-auto" data-testid="timeline-composer-occurred-at" />
        </label>
        <label className="flex items-center gap-1 text-sm text-slate-700">
          <input type="checkbox" checked={draft.highlighted} onChange={(e) => update({ highlighted: e.target.checked })} />
          {t('highlight')}
        </label>
        <Button type="submit" className="ml-auto" data-testid="timeline-composer-submit">
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}

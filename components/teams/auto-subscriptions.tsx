'use client';
// A team's automatic change notices, one checkbox per dependency; responders switch them.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { setAutoSubscriptionAction } from '@/lib/actions/teams';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import type { AutoSubscriptionOutput } from '@/lib/subscriptions/auto-subscription-schemas';

export function AutoSubscriptions({ team, items: initial, canEdit }: { team: string; items: AutoSubscriptionOutput[]; canEdit: boolean }) {
  const t = useTranslations('subscriptions.auto');
  const presenter = useErrorPresenter();
  const [items, setItems] = useState(initial);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function toggle(service: string, enabled: boolean) {
    setBusy(service);
    setError(null);
    const res = await setAutoSubscriptionAction({ team, change: { service, enabled } });
    setBusy(null);
    if (!res.ok) return setError(presenter.message(res.error));
    setItems(res.data);
  }

  return (
    <div>
      <p className="mb-2 text-sm text-slate-600">{t('intro')}</p>
      {error ? <p role="alert" className="mb-2 text-sm text-red-700">{error}</p> : null}
      {items.length === 0 ? <p className="text-sm text-slate-500">{t('empty')}</p> : (
        <ul className="divide-y divide-slate-100" data-testid="auto-subscriptions">
          {items.map((a) => (
            <li key={a.service.slug} className="py-2 text-sm">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={a.enabled}
                  disabled={!canEdit || busy === a.service.slug}
                  onChange={(e) => void toggle(a.service.slug, e.target.checked)}
                  data-testid={`auto-subscription-${a.service.slug}`}
                />
                <span className="font-medium">{a.service.name}</span>
                <span className="text-xs text-slate-500">{a.depth === 1 ? t('direct') : t('indirect', { depth: a.depth })}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

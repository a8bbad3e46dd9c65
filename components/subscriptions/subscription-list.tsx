'use client';
// The subscriptions a person may see (theirs and every team's), channel targets masked, each
// with "Send test message" (showing the receiver's answer) and "Unsubscribe".
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteSubscriptionAction, testSubscriptionAction } from '@/lib/actions/subscriptions';
import { useErrorPresenter } from '@/lib/client/error-presenter';
import { Button } from '@/components/ui/button';
import type { SubscriptionListItem } from '@/lib/subscriptions/schemas';
import { Table } from '@/components/ui/table';

type TestState = { busy: true } | { busy: false; ok: boolean; text: string };

function target(s: SubscriptionListItem): string {
  return s.channel.address ?? s.channel.url ?? '';
}

export function SubscriptionList({ items }: { items: SubscriptionListItem[] }) {
  const t = useTranslations('subscriptions');
  const router = useRouter();
  const presenter = useErrorPresenter();
  const [tests, setTests] = useState<Record<string, TestState>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function test(id: string) {
    setTests((s) => ({ ...s, [id]: { busy: true } }));
    const res = await testSubscriptionAction({ id });
    if (!res.ok) {
      setTests((s) => ({ ...s, [id]: { busy: false, ok: false, text: presenter.message(res.error) } }));
      return;
    }
    const r = res.data;
    setTests((s) => ({ ...s, [id]: { busy: false, ok: r.ok, text: t(r.ok ? 'list.testOk' : 'list.testFailed', { answer: r.answer }) } }));
  }

  async function remove(s: SubscriptionListItem) {
    if (!window.confirm(t('list.confirmDelete', { subscriber: s.subscriber.name, service: s.service.name }))) return;
    const res = await deleteSubscriptionAction({ id: s.id });
    if (!res.ok) return setErrors((e) => ({ ...e, [s.id]: presenter.message(res.error) }));
    router.refresh();
  }

  if (items.length === 0) return <p className="text-sm text-slate-600" data-testid="subscriptions-empty">{t('list.empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <Table data-testid="subscription-list">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t('list.subscriber')}</th>
            <th className="py-2 pr-3">{t('list.service')}</th>
            <th className="py-2 pr-3">{t('list.events')}</th>
            <th className="py-2 pr-3">{t('list.channel')}</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody>
          {items.map((s) => {
            const state = tests[s.id];
            return (
              <tr key={s.id} className="border-b border-slate-100 align-top" data-testid="subscription-row">
                <td data-label={t('list.subscriber')} className="py-2 pr-3">{s.subscriber.name}</td>
                <td data-label={t('list.service')} className="py-2 pr-3">
                  {s.service.name}
                  {s.includeDependencies ? <span className="ml-1 text-xs text-slate-500">({t('list.withDependencies')})</span> : null}
                </td>
                <td data-label={t('list.events')} className="py-2 pr-3 text-xs">{s.events.map((ev) => t(`events.${ev}`)).join(' · ')}</td>
                <td data-label={t('list.channel')} className="py-2 pr-3">
                  <div>{t(`channelType.${s.channel.type}`)}</div>
                  <div className="break-all text-xs text-slate-500">{target(s)}</div>
                </td>
                <td className="py-2">
                  {/* Only what the server would allow (canManage): a viewer sees no buttons on a team's subscription. */}
                  {s.canManage ? (
                    <div className="flex flex-wrap gap-2">
                      <Button variant="secondary" onClick={() => void test(s.id)} disabled={state?.busy} data-testid="subscription-test">
                        {state?.busy ? t('list.testing') : t('list.test')}
                      </Button>
                      <Button variant="secondary" onClick={() => void remove(s)} data-testid="subscription-delete">{t('list.delete')}</Button>
                    </div>
                  ) : null}
                  {state && !state.busy ? (
                    <p role="status" className={`mt-1 max-w-md break-words text-xs ${state.ok ? 'text-green-700' : 'text-red-700'}`} data-testid="subscription-test-result">{state.text}</p>
                  ) : null}
                  {errors[s.id] ? <p role="alert" className="mt-1 text-xs text-red-700">{errors[s.id]}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}

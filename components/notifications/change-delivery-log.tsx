// The delivery log of one change, on the change page: every recipient and channel, sent,
// failed (with the receiver's answer), pending or dead.
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { NotificationOutput } from '@/lib/notifications/delivery-schemas';
import { DeliveryTable } from './delivery-table';

export async function ChangeDeliveryLog({ items }: { items: NotificationOutput[] }) {
  const t = await getTranslations('delivery.log');
  return (
    <Card title={t('title')}>
      <p className="mb-2 text-sm text-slate-600">{t('intro')}</p>
      {items.length ? <DeliveryTable items={items} /> : <p className="text-sm text-slate-500" data-testid="delivery-log-empty">{t('empty')}</p>}
    </Card>
  );
}

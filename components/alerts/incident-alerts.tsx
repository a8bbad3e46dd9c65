// The alerts of an incident, below its page: what monitoring said, newest status first.
import { getTranslations } from 'next-intl/server';
import type { AlertSummaryOutput } from '@/lib/alerts/schemas';
import { Card } from '@/components/ui/card';
import { AlertList } from './alert-list';

export async function IncidentAlerts({ alerts, lastSeenText }: { alerts: AlertSummaryOutput[]; lastSeenText: Record<string, string> }) {
  if (alerts.length === 0) return null;
  const t = await getTranslations('alerts');
  return (
    <Card className="mt-6" title={t('title')}>
      <div data-testid="incident-alerts"><AlertList alerts={alerts} lastSeenText={lastSeenText} empty={t('none')} /></div>
    </Card>
  );
}

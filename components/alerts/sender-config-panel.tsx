'use client';
// Copy-paste configuration for the source's sender, with the key when it is known (right after
// creating or rotating) and a <KEY> placeholder otherwise.
import { useTranslations } from 'next-intl';
import { senderConfigs } from '@/lib/alerts/sender-config';

export function SenderConfigPanel({ type, sourceKey, origin }: { type: string; sourceKey: string | null; origin: string }) {
  const t = useTranslations('alerts.sources');
  const c = senderConfigs(type, origin, sourceKey ?? '<KEY>');
  const block = (text: string, testId: string) => (
    <pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-900 p-3 text-xs text-slate-100" data-testid={testId}>{text}</pre>
  );
  return (
    <div className="space-y-3 text-sm" data-testid="sender-config">
      <p><span className="font-medium">{t('url')}:</span> <code className="break-all" data-testid="source-url">{c.url}</code></p>
      {!sourceKey ? <p className="text-slate-500">{t('keyHidden')}</p> : null}
      {type === 'alertmanager' ? (<><h3 className="font-medium">{t('configAlertmanager')}</h3>{block(c.alertmanager, 'config-alertmanager')}</>) : null}
      {type === 'grafana' ? (<><h3 className="font-medium">{t('configGrafana')}</h3><p>{t('grafanaSteps')}</p>{block(c.grafana, 'config-grafana')}</>) : null}
      {type === 'events' ? (<><h3 className="font-medium">{t('configEvents')}</h3><p>{t('eventsSteps')}</p>{block(c.events, 'config-events')}</>) : null}
    </div>
  );
}

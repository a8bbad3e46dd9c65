// Copy-paste configuration for each sender, given the app's origin and the source key (or a
// placeholder when the key is not known any more). Pure: the admin page renders it in the browser.
export interface SenderConfigs {
  url: string;
  alertmanager: string;
  grafana: string;
  events: string;
}

export function senderConfigs(type: string, origin: string, key: string): SenderConfigs {
  const base = origin.replace(/\/$/, '');
  const url = type === 'events' ? `${base}/api/v1/alerts/events` : `${base}/api/v1/alerts/${type}/${key}`;
  const alertmanager = [
    'route:',
    '  receiver: firebreak',
    "  group_by: ['alertname', 'service']",
    '  group_wait: 30s',
    '  group_interval: 5m',
    '  repeat_interval: 4h',
    'receivers:',
    '  - name: firebreak',
    '    webhook_configs:',
    `      - url: ${url}`,
    '        send_resolved: true',
    '        max_alerts: 0',
  ].join('\n');
  const grafana = [`URL: ${url}`, 'HTTP Method: POST', 'Optional settings → leave "Authorization" empty (the key is in the URL).'].join('\n');
  const events = [
    `curl -X POST ${base}/v2/enqueue \\`,
    "  -H 'Content-Type: application/json' \\",
    `  -d '{"routing_key":"${key}","event_action":"trigger","dedup_key":"disk-db-1","payload":{"summary":"Disk 95% on db-1","source":"db-1","severity":"critical","custom_details":{"service":"<service-slug>"}}}'`,
  ].join('\n');
  return { url, alertmanager, grafana, events };
}

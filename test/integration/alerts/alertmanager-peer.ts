// A real Alertmanager for a test: started on a free port with gossip off and a webhook
// receiver pointing at a tiny HTTP server that hands each request to the app's route handler
// (as Next.js would). Stopped (and its storage removed) by stop().
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureAlertmanager } from '../../../scripts/ensure-alertmanager';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface AlertmanagerPeer {
  url: string;
  /** Bodies the app received from Alertmanager, in order. */
  received: { alerts: { status: string; fingerprint: string }[]; userAgent: string }[];
  push(alerts: { labels: Record<string, string>; annotations?: Record<string, string>; startsAt?: string; endsAt?: string }[]): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export async function startAlertmanager(opts: { key: string; handler: Handler; route: { groupBy: string[]; groupWait: string; groupInterval: string; repeatInterval: string } }): Promise<AlertmanagerPeer | null> {
  const bin = ensureAlertmanager();
  if (!bin) return null;
  const received: AlertmanagerPeer['received'] = [];
  const app = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        const parsed = JSON.parse(body.toString('utf8')) as AlertmanagerPeer['received'][number];
        received.push({ alerts: parsed.alerts, userAgent: String(req.headers['user-agent'] ?? '') });
      } catch {
        /* the handler answers it */
      }
      const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body });
      opts.handler(request, { params: Promise.resolve({ key: opts.key }) }).then(
        async (r) => {
          res.writeHead(r.status, { 'content-type': 'application/json' });
          res.end(await r.text());
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const appPort = (app.address() as AddressInfo).port;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-alertmanager-'));
  const config = [
    'route:',
    '  receiver: firebreak',
    `  group_by: [${opts.route.groupBy.map((g) => `'${g}'`).join(', ')}]`,
    `  group_wait: ${opts.route.groupWait}`,
    `  group_interval: ${opts.route.groupInterval}`,
    `  repeat_interval: ${opts.route.repeatInterval}`,
    'receivers:',
    '  - name: firebreak',
    '    webhook_configs:',
    `      - url: http://127.0.0.1:${appPort}/api/v1/alerts/alertmanager/${opts.key}`,
    '        send_resolved: true',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'alertmanager.yml'), config);
  const port = await freePort();
  const child: ChildProcess = spawn(bin, [
    `--config.file=${path.join(dir, 'alertmanager.yml')}`, `--storage.path=${path.join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`, '--cluster.listen-address=', '--log.level=warn',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`Alertmanager exited: ${log}`);
    const ok = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 100) throw new Error(`Alertmanager did not become ready: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    received,
    async push(alerts) {
      const res = await fetch(`${url}/api/v2/alerts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alerts) });
      if (!res.ok) throw new Error(`Alertmanager refused the alerts: ${res.status} ${await res.text()}`);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      await new Promise((r) => app.close(r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

import 'server-only';
// An optional second listener for the public status paths, beside the Next.js server
// (STATUS_PAGES_PORT): a bare node:http server answering GET /status/{slug}[/…] from its own
// PageCache, invalidated through its own LISTEN connection exactly like an app instance.
// Everything else (subscribing, sign-in, the app) is passed through to the Next.js server,
// so the port can face readers directly. Why: at the start of an outage the page is opened
// by everyone at once, and a Next.js route handler costs far more per request than the
// cached bytes it returns (docs/status-pages.md has both measured).
import http from 'node:http';
import type { Db } from '../db/client.ts';
import { logger } from '../log/logger.ts';
import { IncidentEventListener } from '../realtime/listener.ts';
import { PageCache } from './page-cache.ts';
import { answerPublic, type PublicVariant } from './serve-public.ts';

const VARIANTS: Record<string, PublicVariant> = {
  '': 'html',
  '/api/v2/summary.json': 'summary',
  '/api/v2/status.json': 'status',
  '/api/v2/incidents.json': 'incidents',
  '/api/v2/scheduled-maintenances.json': 'maintenances',
  '/badge.svg': 'badge',
  '/widget.js': 'widget',
  '/history.atom': 'atom',
  '/history.rss': 'rss',
};
const PATH = /^\/status\/([a-z0-9-]{1,100})(\/[a-z0-9./-]*)?$/;

export interface StatusServerOptions {
  db: Db;
  databaseUrl: string;
  port: number;
  host: string;
  /** The Next.js server everything else is passed to. */
  upstream: { host: string; port: number };
  appUrl?: string | null;
  /** Benchmarks: answer /status-baseline?bytes=N with a constant buffer (at most this many bytes). */
  baselineMaxBytes?: number;
}

function passThrough(req: http.IncomingMessage, res: http.ServerResponse, upstream: StatusServerOptions['upstream']): void {
  const proxied = http.request({ host: upstream.host, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  proxied.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The application is not reachable.');
  });
  req.pipe(proxied);
}

export async function startStatusServer(opts: StatusServerOptions): Promise<{ close: () => Promise<void> }> {
  const listener = new IncidentEventListener({ connectionString: opts.databaseUrl, applicationName: 'firebreak-status-server' });
  const cache = new PageCache(() => listener);
  await listener.ready();
  const baselines = new Map<number, Buffer>();
  const server = http.createServer((req, res) => {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const pathname = q === -1 ? raw : raw.slice(0, q);
    if (opts.baselineMaxBytes && pathname === '/status-baseline') {
      const bytes = Number(new URLSearchParams(q === -1 ? '' : raw.slice(q + 1)).get('bytes'));
      if (Number.isInteger(bytes) && bytes > 0 && bytes <= opts.baselineMaxBytes) {
        let b = baselines.get(bytes);
        if (!b) baselines.set(bytes, (b = Buffer.alloc(bytes, 'x')));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': b.length });
        res.end(b);
        return;
      }
    }
    const m = req.method === 'GET' || req.method === 'HEAD' ? PATH.exec(pathname) : null;
    const variant = m ? VARIANTS[m[2] ?? ''] : undefined;
    if (!m || !variant) return passThrough(req, res, opts.upstream);
    const url = new URL(raw, `http://${req.headers.host ?? 'localhost'}`);
    const header = (name: string): string | null => {
      const v = req.headers[name];
      return typeof v === 'string' ? v : null;
    };
    const headers = () => {
      const h = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') h.set(k, v);
      return h;
    };
    answerPublic(opts.db, { url, header, headers }, { slug: m[1]!, variant, appUrl: opts.appUrl ?? null, cache })
      .then((answer) => {
        res.writeHead(answer.status, answer.body ? { ...answer.headers, 'content-length': answer.body.length } : answer.headers);
        res.end(req.method === 'HEAD' ? undefined : (answer.body ?? undefined));
      })
      .catch((e: unknown) => {
        logger.error('status server failed', { path: pathname, error: e });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'internal', message: 'Something went wrong on our side.' } }));
      });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host, resolve));
  return {
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await listener.close();
    },
  };
}

// Live connections: N event streams (SSE) open on one incident, then timeline appends; how long
// until each stream has the `timeline` frame, and what the open streams cost the app in memory.
import fs from 'node:fs';
import http from 'node:http';
import { percentile } from './load.ts';

export interface LiveStreamsResult {
  streams: number;
  opened: number;
  openMs: number;
  appends: number;
  fanOutP50Ms: number;
  fanOutP95Ms: number;
  fanOutMaxMs: number;
  missed: number;
  appRssBeforeMiB: number;
  appRssAfterMiB: number;
  bytesPerConnection: number;
}

/** Resident memory of every process in the app's process group (tsx + the Next server). */
export function groupRssBytes(pgid: number): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue; // field 5 of stat: the process group
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch { /* gone meanwhile */ }
  }
  return total;
}

interface Stream { req: http.ClientRequest; onFrame: (event: string) => void }

export async function measureLiveStreams(opts: {
  base: string;
  pgid: number;
  incidentNumber: number;
  auth: Record<string, string>;
  streams: number;
  appends: number;
  log: (m: string) => void;
}): Promise<LiveStreamsResult> {
  const url = new URL(`/api/v1/incidents/${opts.incidentNumber}/events`, opts.base);
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const rssBefore = groupRssBytes(opts.pgid);
  const streams: Stream[] = [];
  const t0 = performance.now();
  const open = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const s: Stream = { req: null as unknown as http.ClientRequest, onFrame: () => {} };
      s.req = http.get(url, { agent, headers: { ...opts.auth, accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream ${i}: HTTP ${res.statusCode}`));
        let buf = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buf += chunk;
          let end: number;
          while ((end = buf.indexOf('\n\n')) >= 0) {
            const frame = buf.slice(0, end);
            buf = buf.slice(end + 2);
            const ev = /^event: (\S+)/m.exec(frame)?.[1];
            if (ev === 'hello') resolve();
            if (ev) s.onFrame(ev);
          }
        });
      });
      s.req.on('error', reject);
      streams.push(s);
    });
  // Open in batches so that the app's accept queue is not the thing measured.
  for (let i = 0; i < opts.streams; i += 100) {
    await Promise.all(Array.from({ length: Math.min(100, opts.streams - i) }, (_, k) => open(i + k)));
  }
  const openMs = Math.round(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 1000));
  const rssAfter = groupRssBytes(opts.pgid);
  opts.log(`  ${streams.length} streams open in ${openMs} ms; app RSS ${Math.round(rssBefore / 2 ** 20)} → ${Math.round(rssAfter / 2 ** 20)} MiB`);

  const delays: number[] = [];
  let missed = 0;
  for (let a = 0; a < opts.appends; a++) {
    const got = new Array<number>(streams.length).fill(-1);
    let count = 0;
    let done: () => void = () => {};
    const all = new Promise<void>((r) => (done = r));
    const start = performance.now();
    streams.forEach((s, i) => {
      s.onFrame = (ev) => {
        if (ev !== 'timeline' || got[i]! >= 0) return;
        got[i] = performance.now() - start;
        if (++count === streams.length) done();
      };
    });
    const res = await fetch(`${opts.base}/api/v1/incidents/${opts.incidentNumber}/timeline`, {
      method: 'POST',
      headers: { ...opts.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'note', body: `fan-out probe ${a}` }),
    });
    await res.arrayBuffer();
    if (res.status !== 201) throw new Error(`append: HTTP ${res.status}`);
    await Promise.race([all, new Promise((r) => setTimeout(r, 10_000))]);
    for (const d of got) if (d < 0) missed++; else delays.push(d);
    await new Promise((r) => setTimeout(r, 300));
  }
  for (const s of streams) s.req.destroy();
  agent.destroy();
  delays.sort((x, y) => x - y);
  return {
    streams: opts.streams,
    opened: streams.length,
    openMs,
    appends: opts.appends,
    fanOutP50Ms: percentile(delays, 50),
    fanOutP95Ms: percentile(delays, 95),
    fanOutMaxMs: percentile(delays, 100),
    missed,
    appRssBeforeMiB: Math.round(rssBefore / 2 ** 20),
    appRssAfterMiB: Math.round(rssAfter / 2 ** 20),
    bytesPerConnection: Math.round((rssAfter - rssBefore) / Math.max(1, streams.length)),
  };
}

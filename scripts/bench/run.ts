// `npm run bench`: performance targets measured against the production build on a real
// PostgreSQL, printed and written to bench/results/<suite>.json. Every suite by default;
// `--only <suite>` (or `--suite <suite>`) runs one:
//   incidents  100k incidents + 1M timeline entries (./incidents.ts)
//              --incidents N --entries M --concurrency C[,C2…] (default 32,8: the target
//              level, then a lighter one for latency without saturation)
//   search     100k known issues + 100k incidents; search and suggest at 8 clients,
//              recall@5 / MRR of the relevance set (./search.ts)
//              --known-issues N --incidents N --concurrency C (default 8)
//   oncall     escalation pass over 5,000 open pages, on-call lookup for 500 schedules
//              (./oncall.ts) --pages N --schedules N
//   backup     the incidents corpus; backup and restore time, size, MB/s, and the
//              timeline-append p95 alone and during the backup (./backup.ts)
//              --scale F (corpus × F, default 0.1 for a short run; 1 = the full 100k/1M corpus) --concurrency C (default 4)
//   status-pages  public HTML and summary.json with wrk at 256 connections beside a same-size
//              constant-buffer baseline, and freshness under load (./status-pages.ts)
//              --duration S (default 10 for this suite) --concurrency C (default 256)
//   alerts     32 concurrent Alertmanager senders, 90% repeats / 10% new, against a bare
//              INSERT … ON CONFLICT; one group of 5,000 alerts (./alerts.ts)
//              --concurrency C (default 32) --group N (default 5000)
//   pages      page weight (HTML + scripts, gzipped), incident page p95, mobile LCP per page,
//              2,000 live event streams (./pages.ts); --scale F shrinks the incidents corpus
//              (e.g. 0.1: 10k incidents, 100k entries), --streams N, --skip load,lcp,live,floor
//              --concurrency C (default 32)
//   insights   100k incidents over three years with factors, changes, action items, known
//              issues; the summary API and the /insights page (./insights.ts)
//              --incidents N --concurrency C[,C2…] (default 4,1)
//   --duration S (per measurement, default 20)
// Database: BENCH_DATABASE_URL (a server; a fresh database is created and dropped per suite),
// else an embedded PostgreSQL in a temporary directory.
import { parseArgs } from 'node:util';
import { runAlertsSuite } from './alerts.ts';
import { runBackupSuite } from './backup.ts';
import { runIncidentsSuite } from './incidents.ts';
import { runInsightsSuite } from './insights.ts';
import { runOnCallSuite } from './oncall.ts';
import { runPagesSuite } from './pages.ts';
import { runSearchSuite } from './search.ts';
import { runStatusPagesSuite } from './status-pages.ts';

const SUITES = ['incidents', 'search', 'oncall', 'status-pages', 'alerts', 'pages', 'insights', 'backup'] as const;
type Suite = (typeof SUITES)[number];

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    suite: { type: 'string' },
    incidents: { type: 'string', default: '100000' },
    entries: { type: 'string', default: '1000000' },
    'known-issues': { type: 'string', default: '100000' },
    duration: { type: 'string' },
    concurrency: { type: 'string' },
    pages: { type: 'string', default: '5000' },
    schedules: { type: 'string', default: '500' },
    group: { type: 'string', default: '5000' },
    scale: { type: 'string' },
    streams: { type: 'string', default: '2000' },
    skip: { type: 'string', default: '' },
  },
});
const log = (m: string) => console.log(m);

async function main() {
  const only = args.only ?? args.suite;
  if (only && !SUITES.includes(only as Suite)) throw new Error(`Unknown suite "${only}"; known: ${SUITES.join(', ')}`);
  const suites: Suite[] = only ? [only as Suite] : [...SUITES];
  const durationMs = Number(args.duration ?? 20) * 1000;
  const levels = (fallback: string) => String(args.concurrency ?? fallback).split(',').map(Number).filter((n) => n > 0);
  for (const suite of suites) {
    log(`\n== ${suite} ==`);
    if (suite === 'incidents') {
      await runIncidentsSuite({ incidents: Number(args.incidents), entries: Number(args.entries), durationMs, levels: levels('32,8'), log });
    } else if (suite === 'insights') {
      await runInsightsSuite({ incidents: Number(args.incidents), durationMs, levels: levels('4,1'), log });
    } else if (suite === 'oncall') {
      await runOnCallSuite({ pages: Number(args.pages), schedules: Number(args.schedules), log });
    } else if (suite === 'backup') {
      const scale = Number(args.scale ?? 0.1);
      await runBackupSuite({ incidents: Math.round(Number(args.incidents) * scale), entries: Math.round(Number(args.entries) * scale), durationMs: Math.min(durationMs, 10_000), concurrency: levels('4')[0] ?? 4, log });
    } else if (suite === 'status-pages') {
      await runStatusPagesSuite({ durationS: Number(args.duration ?? 10), connections: levels('256')[0] ?? 256, log });
    } else if (suite === 'alerts') {
      await runAlertsSuite({ durationMs, concurrency: levels('32')[0] ?? 32, groupSize: Number(args.group), log });
    } else if (suite === 'pages') {
      const scale = Number(args.scale ?? 1);
      await runPagesSuite({
        incidents: Math.max(1, Math.round(Number(args.incidents) * scale)),
        entries: Math.max(2000, Math.round(Number(args.entries) * scale)),
        durationMs,
        concurrency: levels('32')[0] ?? 32,
        streams: Number(args.streams),
        skip: new Set(String(args.skip).split(',').filter(Boolean)),
        log,
      });
    } else {
      await runSearchSuite({ knownIssues: Number(args['known-issues']), incidents: Number(args.incidents), durationMs, concurrency: levels('8')[0] ?? 8, log });
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

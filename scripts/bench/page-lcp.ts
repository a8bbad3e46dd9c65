// Largest Contentful Paint per page under Lighthouse's mobile profile (simulated Moto G Power,
// slow 4G, 4× CPU slowdown), driving Debian's Chromium. Lighthouse (devDependency, Node ≥ 22:
// `npm run bench` runs on the project's Node 24) when it loads; otherwise Playwright with the
// same throttling through the DevTools protocol and a PerformanceObserver.
import { chromium } from '@playwright/test';

export interface PageLcp {
  page: string;
  path: string;
  tool: 'lighthouse' | 'playwright';
  lcpMs: number;
  performanceScore?: number;
}

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

async function withLighthouse(base: string, pages: { page: string; path: string }[], headers: Record<string, string>): Promise<PageLcp[] | null> {
  let lighthouse: typeof import('lighthouse').default;
  let launch: typeof import('chrome-launcher').launch;
  try {
    lighthouse = (await import('lighthouse')).default;
    launch = (await import('chrome-launcher')).launch;
  } catch {
    return null;
  }
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const out: PageLcp[] = [];
    for (const p of pages) {
      const r = await lighthouse(base + p.path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], formFactor: 'mobile', extraHeaders: { 'accept-language': 'en', ...headers } });
      const lhr = r?.lhr;
      out.push({ ...p, tool: 'lighthouse', lcpMs: Math.round(lhr?.audits['largest-contentful-paint']?.numericValue ?? -1), performanceScore: Math.round((lhr?.categories.performance?.score ?? 0) * 100) });
    }
    return out;
  } finally {
    chrome.kill();
  }
}

async function withPlaywright(base: string, pages: { page: string; path: string }[], headers: Record<string, string>): Promise<PageLcp[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  try {
    const out: PageLcp[] = [];
    for (const p of pages) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'en', extraHTTPHeaders: headers });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(base + p.path, { waitUntil: 'load' });
      const lcp = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let last = -1;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) last = e.startTime;
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            setTimeout(() => resolve(last), 1500);
          }),
      );
      out.push({ ...p, tool: 'playwright', lcpMs: Math.round(lcp) });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

export async function measureLcp(base: string, pages: { page: string; path: string; headers: Record<string, string> }[]): Promise<PageLcp[]> {
  const out: PageLcp[] = [];
  for (const p of pages) {
    const one = [{ page: p.page, path: p.path }];
    out.push(...((await withLighthouse(base, one, p.headers)) ?? (await withPlaywright(base, one, p.headers))));
  }
  return out;
}

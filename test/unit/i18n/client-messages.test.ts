// Each page sends the browser only some message namespaces (lib/i18n/client-messages.ts). A
// client component calling useTranslations with a namespace its page does not send would show
// raw keys: these tests follow every page's imports into client modules and check the lists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_NAMESPACES, HEADER_NAMESPACES, pickMessages, rootNamespaces, SEGMENT_NAMESPACES, segmentExtraNamespaces } from '@/lib/i18n/client-messages';
import { clientNamespaces } from '../../support/client-namespaces';

const root = path.resolve(import.meta.dirname, '../../..');

function routeFiles(dir = 'app'): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (rel !== 'app/api') out.push(...routeFiles(rel));
    } else if (/^(page|layout|error|not-found)\.tsx$/.test(e.name)) out.push(rel);
  }
  return out;
}

describe('client message namespaces', () => {
  it('finds the namespaces a page reaches through its client components', () => {
    expect([...clientNamespaces('app/login/page.tsx')]).toEqual(['auth']);
    expect(clientNamespaces('app/incidents/[ref]/page.tsx')).toEqual(new Set(['incidents', 'postmortems', 'changes', 'story', 'search', 'errors', 'alerts', 'statusPages', 'onCall']));
  });

  it.each(routeFiles())('%s gets every namespace its client components use', (file) => {
    const segment = file.split('/')[1]!;
    const own = segment in SEGMENT_NAMESPACES ? SEGMENT_NAMESPACES[segment as keyof typeof SEGMENT_NAMESPACES] : [];
    // The root layout's own client parts (the header) get the header namespaces; pages outside
    // a listed segment get only the base ones (the header's are absent for the signed-out).
    const sent = new Set<string>([...BASE_NAMESPACES, ...own, ...(file === 'app/layout.tsx' ? HEADER_NAMESPACES : [])]);
    const missing = [...clientNamespaces(file)].filter((ns) => !sent.has(ns));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(SEGMENT_NAMESPACES))('app/%s/layout.tsx sends its segment messages', (segment) => {
    const src = fs.readFileSync(path.join(root, 'app', segment, 'layout.tsx'), 'utf8');
    expect(src).toContain(`<SegmentMessages segment="${segment}">`);
  });

  it('sends a namespace once: a segment adds only what the root layout has not sent', () => {
    expect(segmentExtraNamespaces('incidents', true)).toEqual(['changes', 'postmortems', 'story', 'alerts', 'statusPages']);
    expect(segmentExtraNamespaces('incidents', false)).toEqual(['incidents', 'changes', 'postmortems', 'search', 'story', 'alerts', 'statusPages', 'onCall']);
    expect(segmentExtraNamespaces('inbox', true)).toEqual([]);
    expect(rootNamespaces(false)).toEqual(BASE_NAMESPACES);
  });

  it('picks only the namespaces asked for', () => {
    expect(pickMessages({ a: { x: '1' }, b: { y: '2' }, c: {} }, ['a', 'c', 'missing'])).toEqual({ a: { x: '1' }, c: {} });
  });
});

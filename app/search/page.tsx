import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { SearchFacets, searchHref, type FacetFilters } from '@/components/search/search-facets';
import { SearchResults } from '@/components/search/search-results';
import { Button, buttonClass } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { search } from '@/lib/search/search';
import { searchQuery } from '@/lib/search/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('search'))('page.title') };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const q = one(sp.q)?.slice(0, 500) ?? '';
  const actor = await requirePageActor('viewer', q ? `/search?q=${encodeURIComponent(q)}` : '/search');
  const t = await getTranslations('search');
  const form = (
    <form action="/search" method="get" className="mb-4 flex gap-2" role="search">
      <Input name="q" defaultValue={q} aria-label={t('box.label')} placeholder={t('box.placeholder')} className="flex-1" data-testid="search-page-input" />
      <Button type="submit">{t('page.submit')}</Button>
    </form>
  );
  const header = <PageHeader title={t('page.title')} description={t('page.intro')} />;
  if (!q) {
    return (
      <>
        {header}
        {form}
        <Card><p className="py-2 text-sm text-slate-600">{t('page.startHint')}</p></Card>
      </>
    );
  }

  // Unknown filter values (a hand-edited URL) are dropped rather than shown as an error.
  const raw = { q, type: one(sp.type), service: one(sp.service), status: one(sp.status), category: one(sp.category), cursor: one(sp.cursor), limit: 20 };
  const parsed = searchQuery.safeParse(raw);
  const input = parsed.success ? parsed.data : searchQuery.parse({ q, limit: 20 });
  const filters: FacetFilters = { type: input.type, service: input.service, status: input.status, category: input.category };
  const result = await search(getDb(), { actor, input });
  const hasFilters = Object.values(filters).some(Boolean);

  return (
    <>
      {header}
      {form}
      <div className="grid gap-4 md:grid-cols-[14rem_1fr]">
        <aside>
          <SearchFacets q={q} facets={result.facets} filters={filters} />
        </aside>
        <section aria-live="polite">
          <h2 className="mb-2 text-sm font-medium text-slate-600" data-testid="search-total">{t('page.resultsFor', { q, total: result.total })}</h2>
          {result.items.length === 0 ? (
            <Card>
              <div className="py-2 text-sm text-slate-700" data-testid="search-empty">
                <p className="mb-2 font-medium">{t('page.emptyTitle', { q })}</p>
                <ul className="list-disc space-y-1 pl-5 text-slate-600">
                  <li>{t('page.hintShorter')}</li>
                  <li>{t('page.hintSignature')}</li>
                  {hasFilters ? <li><Link href={searchHref(q, {})} className="text-brand-700 underline">{t('page.hintFilters')}</Link></li> : null}
                </ul>
              </div>
            </Card>
          ) : (
            <SearchResults hits={result.items} />
          )}
          <nav className="mt-4 flex gap-2">
            {input.cursor ? <Link href={searchHref(q, filters)} className={buttonClass('ghost')}>{t('page.firstPage')}</Link> : null}
            {result.nextCursor ? (
              <Link href={`${searchHref(q, filters)}&cursor=${result.nextCursor}`} className={buttonClass('secondary')} data-testid="search-next">{t('page.more')}</Link>
            ) : null}
          </nav>
        </section>
      </div>
    </>
  );
}

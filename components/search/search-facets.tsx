// Facets as filter links with counts: choosing a value narrows the results, choosing it again
// (or "All") removes the filter. Counts come from the server (lib/search/merge-results.ts).
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { SearchFacets as Facets } from '@/lib/search/schemas';

export type FacetName = keyof Facets;
export type FacetFilters = Partial<Record<FacetName, string>>;

export function searchHref(q: string, filters: FacetFilters): string {
  const p = new URLSearchParams({ q });
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  return `/search?${p.toString()}`;
}

const order: FacetName[] = ['type', 'status', 'service', 'category'];

export function SearchFacets({ q, facets, filters }: { q: string; facets: Facets; filters: FacetFilters }) {
  const t = useTranslations('search');
  const label = (facet: FacetName, value: string) => {
    if (facet === 'service') return value;
    const key = `${facet}.${value}`;
    return t.has(key) ? t(key) : value;
  };
  return (
    <nav aria-label={t('page.title')} className="flex flex-col gap-4 text-sm" data-testid="search-facets">
      {order.map((facet) => {
        const values = Object.entries(facets[facet]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        if (values.length === 0 && !filters[facet]) return null;
        return (
          <section key={facet} data-testid={`facet-${facet}`}>
            <h2 className="mb-1 font-medium text-slate-700">{t(`facet.${facet}`)}</h2>
            <ul className="flex flex-col gap-0.5">
              {filters[facet] ? (
                <li>
                  <Link href={searchHref(q, { ...filters, [facet]: undefined })} className="text-brand-700 hover:underline">{t('page.all')}</Link>
                </li>
              ) : null}
              {values.map(([value, count]) => {
                const selected = filters[facet] === value;
                return (
                  <li key={value}>
                    <Link
                      href={searchHref(q, { ...filters, [facet]: selected ? undefined : value })}
                      aria-current={selected ? 'true' : undefined}
                      className={`flex justify-between gap-2 rounded px-1.5 py-0.5 hover:bg-slate-100 ${selected ? 'bg-brand-50 font-medium text-brand-700' : 'text-slate-800'}`}
                      data-testid={`facet-${facet}-${value}`}
                    >
                      <span>{selected ? '✓ ' : ''}{label(facet, value)}</span>
                      <span className="text-slate-500">{count}</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </nav>
  );
}

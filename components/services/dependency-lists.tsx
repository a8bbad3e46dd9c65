import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { GraphNode } from '@/lib/services/dependency-graph';

function Section({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h3 id={`${testId}-title`} className="mb-1 text-sm font-semibold text-slate-700">{title}</h3>
      {children}
    </section>
  );
}

/** Direct dependencies and dependents, then the whole chains with each service's distance. */
export function DependencyLists({ dependsOn, dependedOnBy, allDependencies, allDependents }: {
  dependsOn: string[];
  dependedOnBy: string[];
  allDependencies: GraphNode[];
  allDependents: GraphNode[];
}) {
  const t = useTranslations('catalogue.services.detail');
  const names = new Map([...allDependencies, ...allDependents].map((n) => [n.slug, n.name]));
  const none = <p className="text-sm text-slate-500">{t('none')}</p>;

  const direct = (slugs: string[]) =>
    slugs.length === 0 ? none : (
      <ul className="flex flex-wrap gap-2">
        {slugs.map((slug) => (
          <li key={slug}>
            <Link href={`/services/${slug}`} className="inline-block rounded-full bg-slate-100 px-2.5 py-0.5 text-sm hover:bg-slate-200">{names.get(slug) ?? slug}</Link>
          </li>
        ))}
      </ul>
    );

  const chain = (nodes: GraphNode[]) =>
    nodes.length === 0 ? none : (
      <ul className="divide-y divide-slate-100 text-sm">
        {nodes.map((n) => (
          <li key={n.id} className="flex items-center justify-between gap-2 py-1">
            <Link href={`/services/${n.slug}`} className="hover:underline">{n.name} <span className="text-xs text-slate-500">{n.slug}</span></Link>
            <span className="shrink-0 text-xs text-slate-500">{t('depth', { depth: n.depth })}</span>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Section title={t('dependsOn')} testId="service-depends-on">{direct(dependsOn)}</Section>
      <Section title={t('dependedOnBy')} testId="service-depended-on-by">{direct(dependedOnBy)}</Section>
      <Section title={t('allDependencies')} testId="service-all-dependencies">{chain(allDependencies)}</Section>
      <Section title={t('allDependents')} testId="service-all-dependents">{chain(allDependents)}</Section>
    </div>
  );
}

// Labels or annotations as text: names and values never interpreted as HTML; only http(s)
// URLs inside values become links.
import { linkParts } from '@/lib/alerts/link-parts';

export function KeyValueText({ values, empty, testId }: { values: Record<string, string>; empty: string; testId: string }) {
  const entries = Object.entries(values).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]" data-testid={testId}>
      {entries.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="break-all font-mono text-xs text-slate-500 sm:pt-0.5">{k}</dt>
          <dd className="whitespace-pre-wrap break-words">
            {linkParts(v).map((p, i) =>
              p.href ? <a key={i} href={p.href} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 underline">{p.text}</a> : <span key={i}>{p.text}</span>,
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

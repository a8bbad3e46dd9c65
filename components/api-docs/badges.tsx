// Small pieces of the /api-docs page: the HTTP method, the role an endpoint needs, and
// descriptions whose `backticks` become code.
import { getTranslations } from 'next-intl/server';

const methodColours: Record<string, string> = {
  get: 'bg-emerald-100 text-emerald-800',
  post: 'bg-sky-100 text-sky-800',
  put: 'bg-amber-100 text-amber-800',
  patch: 'bg-amber-100 text-amber-800',
  delete: 'bg-red-100 text-red-800',
};

export function MethodBadge({ method }: { method: string }) {
  return (
    <span className={`inline-block w-16 rounded px-1.5 py-0.5 text-center font-mono text-xs font-bold uppercase ${methodColours[method] ?? 'bg-slate-100 text-slate-800'}`}>
      {method}
    </span>
  );
}

const knownRoles = ['viewer', 'responder', 'admin'] as const;

export async function RoleBadge({ role }: { role: string | null }) {
  const t = await getTranslations();
  let text: string;
  if (role === 'public') text = t('apiDocs.operation.public');
  else if (role && (knownRoles as readonly string[]).includes(role)) {
    text = t('apiDocs.operation.requiresRole', { role: t(`common.roles.${role as (typeof knownRoles)[number]}`) });
  } else text = t('apiDocs.operation.signedIn');
  const tone = role === 'admin' ? 'bg-purple-100 text-purple-800' : role === 'public' ? 'bg-slate-100 text-slate-700' : 'bg-brand-50 text-brand-700';
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tone}`} data-testid="api-docs-role" data-role={role ?? ''}>
      {text}
    </span>
  );
}

/**
 * Descriptions are written as Markdown: blank lines separate paragraphs, single newlines only
 * wrap the source. Renders paragraphs and `code` spans; everything else stays text.
 */
export function Description({ text, className = '' }: { text: string; className?: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((para, i) => (
        <p key={i} className={className}>
          <InlineCode text={para.replace(/\s*\n\s*/g, ' ')} />
        </p>
      ))}
    </>
  );
}

/** Renders `code` spans of a plain-text description; everything else stays text. */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text.replace(/\*\*/g, '').split(/(`[^`]+`)/g).map((part, i) =>
        part.startsWith('`') && part.endsWith('`') && part.length > 2 ? (
          <code key={i} className="rounded bg-slate-100 px-1 text-[0.9em]">{part.slice(1, -1)}</code>
        ) : (
          part
        ),
      )}
    </>
  );
}

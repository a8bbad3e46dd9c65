// One endpoint on /api-docs: method and path, required role, parameters, request body,
// success responses as schema trees, the shared error responses as a compact list, and a
// curl example. Collapsed by default (a <details>), so the page scans as a list of endpoints;
// a link to its anchor opens it (./open-from-hash.tsx).
import { getTranslations } from 'next-intl/server';
import type { OpenApiDocument } from '@/lib/api/openapi/document';
import { curlExample } from '@/lib/api/openapi/curl-example';
import { descriptionText, jsonSchemaOf, parametersOf, resolve, responsesOf, type OperationView } from '@/lib/api/openapi/read-document';
import { viewSchema } from '@/lib/api/openapi/schema-view';
import type { oas31 } from 'zod-openapi';
import { CopyButton } from './copy-button';
import { Description, InlineCode, MethodBadge, RoleBadge } from './badges';
import { SchemaTree, type SchemaLabels } from './schema-tree';

function Heading({ children }: { children: React.ReactNode }) {
  return <h4 className="mb-2 mt-4 text-sm font-semibold text-slate-800">{children}</h4>;
}

export async function OperationSection({ doc, view, origin, labels }: { doc: OpenApiDocument; view: OperationView; origin: string; labels: SchemaLabels }) {
  const t = await getTranslations('apiDocs');
  const op = view.operation;
  const params = parametersOf(doc, op);
  const body = op.requestBody ? resolve<oas31.RequestBodyObject>(doc, op.requestBody) : undefined;
  const bodySchema = jsonSchemaOf(body?.content);
  const responses = responsesOf(doc, op);
  const success = responses.filter((r) => !r.component);
  const errors = responses.filter((r) => r.component);
  const curl = curlExample(doc, view, origin);
  const text = descriptionText(op);

  return (
    <details id={view.id} className="group scroll-mt-4 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" data-testid="api-docs-operation" data-method={view.method} data-path={view.path}>
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 rounded-lg px-3 py-2 hover:bg-slate-50">
        <MethodBadge method={view.method} />
        <code className="break-all text-sm font-medium text-slate-900">{view.path}</code>
        <span className="text-sm text-slate-600">{op.summary}</span>
        <span className="ml-auto flex items-center gap-2">
          {op.deprecated ? <span className="rounded bg-slate-200 px-1.5 text-xs">{t('operation.deprecated')}</span> : null}
          <RoleBadge role={view.role} />
        </span>
      </summary>
      <div className="border-t border-slate-100 px-3 pb-4">
        {text ? <div className="mt-3 space-y-2"><Description text={text} className="text-sm text-slate-700" /></div> : null}

        {params.length ? (
          <>
            <Heading>{t('operation.parameters')}</Heading>
            {/* A list, not a table: it stays readable on a phone. */}
            <ul className="space-y-2 text-sm" aria-label={t('operation.parameters')}>
              {params.map((p) => {
                const v = p.schema ? viewSchema(doc, p.schema) : null;
                const location = ['path', 'query', 'header', 'cookie'].includes(p.in) ? t(`location.${p.in as 'path'}`) : p.in;
                const description = p.description ?? v?.description;
                return (
                  <li key={`${p.in}-${p.name}`} className="border-t border-slate-100 pt-1">
                    <span className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                      <span className="font-mono font-medium text-slate-900">{p.name}</span>
                      <span className="font-mono text-xs text-sky-700">{v?.type}</span>
                      <span className="text-xs text-slate-500">{t('operation.location')}: {location}</span>
                      {p.required ? (
                        <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-800">{labels.required}</span>
                      ) : (
                        <span className="text-xs text-slate-500">{labels.optional}</span>
                      )}
                      {v?.constraints.map((c) => <code key={c} className="rounded bg-slate-100 px-1 text-xs text-slate-600">{c}</code>)}
                    </span>
                    {v?.enumValues ? (
                      <span className="block text-xs text-slate-600">
                        {labels.enum} {v.enumValues.map((e) => <code key={String(e)} className="mr-1 rounded bg-slate-100 px-1">{JSON.stringify(e)}</code>)}
                      </span>
                    ) : null}
                    {description ? <span className="block text-xs text-slate-600"><InlineCode text={description} /></span> : null}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}

        {bodySchema ? (
          <>
            <Heading>{t('operation.requestBody')}</Heading>
            <SchemaTree doc={doc} schema={bodySchema} labels={labels} />
          </>
        ) : null}

        <Heading>{t('operation.responses')}</Heading>
        <ul className="space-y-3">
          {success.map((r) => (
            <li key={r.status}>
              <p className="text-sm"><span className="font-mono font-semibold text-emerald-700">{r.status}</span> <span className="text-slate-600">{r.description}</span></p>
              {r.schema ? <div className="mt-1"><SchemaTree doc={doc} schema={r.schema} labels={labels} /></div> : <p className="text-xs text-slate-500">{t('operation.noBody')}</p>}
            </li>
          ))}
        </ul>
        {errors.length ? (
          <>
            <Heading>{t('operation.errorResponses')}</Heading>
            <ul className="grid gap-1 text-sm sm:grid-cols-2">
              {errors.map((r) => (
                <li key={r.status}><span className="font-mono font-semibold text-red-700">{r.status}</span> <span className="text-slate-600"><InlineCode text={r.description} /></span></li>
              ))}
            </ul>
          </>
        ) : null}

        <Heading>{t('operation.example')}</Heading>
        {view.path.includes('{') ? <p className="mb-1 text-xs text-slate-500">{t('operation.pathParamsHint')}</p> : null}
        <div className="relative">
          <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100" data-testid="api-docs-curl"><code>{curl}</code></pre>
          <div className="mt-1 flex justify-end"><CopyButton text={curl} testId="api-docs-copy-curl" /></div>
        </div>
      </div>
    </details>
  );
}

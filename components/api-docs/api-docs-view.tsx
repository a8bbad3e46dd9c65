// The /api-docs page body: the OpenAPI document rendered for people.
//
// Why our own renderer rather than Swagger UI, Redoc or Scalar: those ship hundreds of KB to
// several MB of client JavaScript (Scalar bundles Vue; Redoc needs styled-components and
// lags React majors), fetch fonts or assets at run time, and cannot speak our zh-CN
// catalogue. This page is a server component: the schema trees are native <details>, the
// only client code is the copy button (and opening a linked endpoint), and every label comes
// from apiDocs.json.
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import type { OpenApiDocument } from '@/lib/api/openapi/document';
import { groupByTag } from '@/lib/api/openapi/read-document';
import { CopyButton } from './copy-button';
import { OpenFromHash } from './open-from-hash';
import { OperationSection } from './operation-section';
import { SchemaTree, type SchemaLabels } from './schema-tree';

const code = (chunks: ReactNode) => <code className="rounded bg-slate-100 px-1 text-[0.9em]">{chunks}</code>;

export async function ApiDocsView({ doc, origin }: { doc: OpenApiDocument; origin: string }) {
  const t = await getTranslations('apiDocs');
  const groups = groupByTag(doc);
  const labels: SchemaLabels = {
    required: t('schema.required'),
    optional: t('schema.optional'),
    nullable: t('schema.nullable'),
    enum: t('schema.enum'),
    items: t('schema.items'),
    oneOf: t('schema.oneOf'),
    anyOf: t('schema.anyOf'),
    allOf: t('schema.allOf'),
    recursive: t('schema.recursive'),
  };
  const tokenLine = 'export FIREBREAK_TOKEN=fbk_…';

  return (
    <>
      <OpenFromHash />
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <a className={buttonClass('secondary')} href="/api/v1/openapi.json" download="firebreak-openapi.json" data-testid="api-docs-download">
            {t('download')}
          </a>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <nav aria-label={t('contents')} className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <h2 className="mb-2 text-sm font-semibold text-slate-700">{t('contents')}</h2>
          <ul className="space-y-1 text-sm">
            <li><a className="text-brand-700 hover:underline" href="#getting-started">{t('gettingStarted.title')}</a></li>
            {groups.map((g) => (
              <li key={g.tag}>
                <a className="text-brand-700 hover:underline" href={`#tag-${encodeURIComponent(g.tag)}`}>{g.tag}</a>{' '}
                <span className="text-xs text-slate-500">{t('endpointCount', { count: g.operations.length })}</span>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 space-y-8">
          <Card title={<span id="getting-started">{t('gettingStarted.title')}</span>}>
            <div className="space-y-2 text-sm text-slate-700">
              <p>{t.rich('gettingStarted.auth', { code })}</p>
              <p>{t.rich('gettingStarted.tokenEnv', { code })}</p>
              <div className="flex flex-wrap items-center gap-2">
                <pre className="overflow-x-auto rounded-md bg-slate-900 px-3 py-2 text-xs text-slate-100"><code>{tokenLine}</code></pre>
                <CopyButton text={tokenLine} />
              </div>
              <p>{t.rich('gettingStarted.bodies', { code })}</p>
              <p>{t.rich('gettingStarted.lists', { code })}</p>
              <p>{t.rich('gettingStarted.errors', { code })}</p>
              <h3 className="pt-2 text-sm font-semibold">{t('gettingStarted.errorBody')}</h3>
              <SchemaTree doc={doc} schema={{ $ref: '#/components/schemas/ErrorBody' }} labels={labels} />
            </div>
          </Card>
          {groups.length === 0 ? <p className="text-sm text-slate-600">{t('empty')}</p> : null}
          {groups.map((g) => (
            <section key={g.tag} aria-labelledby={`tag-${encodeURIComponent(g.tag)}`} className="space-y-2">
              <h2 id={`tag-${encodeURIComponent(g.tag)}`} className="scroll-mt-4 text-lg font-semibold">{g.tag}</h2>
              {g.operations.map((view) => (
                <OperationSection key={view.id} doc={doc} view={view} origin={origin} labels={labels} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </>
  );
}

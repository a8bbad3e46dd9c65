// A JSON Schema as a readable, expandable tree: one row per property with its type, whether
// it is required, its constraints and allowed values. Native <details> elements do the
// expanding, so it works without JavaScript and with the keyboard (Enter/Space on a row).
import type { OpenApiDocument } from '@/lib/api/openapi/document';
import type { SchemaLike } from '@/lib/api/openapi/read-document';
import { hasChildren, viewSchema, type SchemaView } from '@/lib/api/openapi/schema-view';

export interface SchemaLabels {
  required: string;
  optional: string;
  nullable: string;
  enum: string;
  items: string;
  oneOf: string;
  anyOf: string;
  allOf: string;
  recursive: string;
}

interface NodeProps {
  doc: OpenApiDocument;
  schema: SchemaLike;
  labels: SchemaLabels;
  /** Component names on the way down, to stop at recursive schemas. */
  seen: string[];
  depth: number;
  name?: string;
  required?: boolean;
}

const MAX_DEPTH = 8;

function Row({ view, name, required, labels, recursive }: { view: SchemaView; name?: string | undefined; required?: boolean | undefined; labels: SchemaLabels; recursive: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
      {name ? <span className="font-mono font-medium text-slate-900">{name}</span> : null}
      <span className="font-mono text-xs text-sky-700">
        {view.type}
        {view.nullable ? <span className="text-slate-500"> {labels.nullable}</span> : null}
      </span>
      {required === undefined ? null : required ? (
        <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-800">{labels.required}</span>
      ) : (
        <span className="text-xs text-slate-500">{labels.optional}</span>
      )}
      {view.constraints.map((c) => (
        <code key={c} className="break-all rounded bg-slate-100 px-1 text-xs text-slate-600">{c}</code>
      ))}
      {recursive ? <span className="text-xs italic text-slate-500">({labels.recursive})</span> : null}
      {view.description ? <span className="basis-full text-xs text-slate-600">{view.description}</span> : null}
      {view.enumValues ? (
        <span className="basis-full text-xs text-slate-600">
          {labels.enum}{' '}
          {view.enumValues.map((v) => (
            <code key={String(v)} className="mr-1 rounded bg-slate-100 px-1 text-slate-700">{JSON.stringify(v)}</code>
          ))}
        </span>
      ) : null}
    </span>
  );
}

function Children({ view, ...p }: NodeProps & { view: SchemaView }) {
  const next = { doc: p.doc, labels: p.labels, seen: view.ref ? [...p.seen, view.ref] : p.seen, depth: p.depth + 1 };
  return (
    <ul className="ml-2 mt-1 space-y-1 border-l border-slate-200 pl-3">
      {view.properties.map((c) => (
        <SchemaNode key={c.name} {...next} schema={c.schema} name={c.name} required={c.required} />
      ))}
      {view.items ? <SchemaNode {...next} schema={view.items} name={`[${p.labels.items}]`} /> : null}
      {view.variantKind ? <li className="text-xs uppercase tracking-wide text-slate-500">{p.labels[view.variantKind]}</li> : null}
      {view.variants.map((v, i) => (
        <SchemaNode key={i} {...next} schema={v} />
      ))}
    </ul>
  );
}

function SchemaNode(p: NodeProps) {
  const view = viewSchema(p.doc, p.schema);
  const recursive = view.ref !== null && p.seen.includes(view.ref);
  const expandable = !recursive && p.depth < MAX_DEPTH && hasChildren(p.doc, view);
  const row = <Row view={view} name={p.name} required={p.required} labels={p.labels} recursive={recursive} />;
  if (!expandable) return <li className="pl-4">{row}</li>;
  return (
    <li>
      <details open={p.depth < 2}>
        <summary className="cursor-pointer rounded hover:bg-slate-50">{row}</summary>
        <Children {...p} view={view} />
      </details>
    </li>
  );
}

/** The whole schema; the first two levels are open, deeper ones expand on demand. */
export function SchemaTree({ doc, schema, labels }: { doc: OpenApiDocument; schema: SchemaLike; labels: SchemaLabels }) {
  return (
    <ul className="space-y-1 text-sm" data-testid="api-docs-schema">
      <SchemaNode doc={doc} schema={schema} labels={labels} seen={[]} depth={0} />
    </ul>
  );
}

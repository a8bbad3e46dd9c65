// Copy-paste examples for /api-docs: a plausible JSON body built from the request schema, and
// the curl command that sends it with `Authorization: Bearer $FIREBREAK_TOKEN`.
import type { oas31 } from 'zod-openapi';
import type { OpenApiDocument } from './document.ts';
import { jsonSchemaOf, parametersOf, resolve, type OperationView, type SchemaLike } from './read-document.ts';

const sampleByFormat: Record<string, string> = {
  email: 'alice@example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  uri: 'https://example.com',
  url: 'https://example.com',
};

/** An example value that satisfies the schema's type, enum and length (not every keyword). */
export function sampleFromSchema(doc: OpenApiDocument, input: SchemaLike | undefined, depth = 0): unknown {
  const s = input ? resolve<oas31.SchemaObject>(doc, input) : undefined;
  if (!s || depth > 6) return null;
  if (s.examples?.[0] !== undefined) return s.examples[0];
  if (s.example !== undefined) return s.example;
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (s.enum?.length) return s.enum[0];
  const union = s.oneOf ?? s.anyOf;
  if (union?.length) {
    const first = union.find((v) => resolve<oas31.SchemaObject>(doc, v)?.type !== 'null') ?? union[0];
    return sampleFromSchema(doc, first, depth + 1);
  }
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map((p) => sampleFromSchema(doc, p, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type ?? (s.properties ? 'object' : undefined)) {
    case 'object': {
      const required = new Set(s.required ?? []);
      const entries = Object.entries(s.properties ?? {});
      // Required fields make the smallest valid body; with none required, show them all.
      const chosen = required.size ? entries.filter(([k]) => required.has(k)) : entries;
      return Object.fromEntries(chosen.map(([k, v]) => [k, sampleFromSchema(doc, v, depth + 1)]));
    }
    case 'array':
      return [sampleFromSchema(doc, s.items as SchemaLike | undefined, depth + 1)];
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' && s.minimum > Number.MIN_SAFE_INTEGER ? s.minimum : 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string': {
      const byFormat = s.format ? sampleByFormat[s.format] : undefined;
      if (byFormat) return byFormat;
      const text = 'string';
      return s.minLength && s.minLength > text.length ? text.padEnd(s.minLength, 'x') : text;
    }
    default:
      return null;
  }
}

/** Single-quotes a value for POSIX shells. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlExample(doc: OpenApiDocument, view: OperationView, origin: string): string {
  const params = parametersOf(doc, view.operation);
  const query = params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(sampleFromSchema(doc, p.schema)))}`)
    .join('&');
  // Path parameters stay as {name} for the reader to fill in.
  const url = `${origin.replace(/\/$/, '')}${view.path}${query ? `?${query}` : ''}`;
  const lines = [`curl -sS -X ${view.method.toUpperCase()} "${url}"`];
  if (view.role !== 'public') lines.push(`-H "Authorization: Bearer $FIREBREAK_TOKEN"`);
  const body = view.operation.requestBody ? resolve<oas31.RequestBodyObject>(doc, view.operation.requestBody) : undefined;
  const schema = jsonSchemaOf(body?.content);
  if (schema) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d ${shellQuote(JSON.stringify(sampleFromSchema(doc, schema), null, 2))}`);
  }
  return lines.join(' \\\n  ');
}

// What /api-docs shows comes from these readers: grouping, roles, schema rows and the curl
// example a person copies. The example body must be one the API accepts.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { curlExample, sampleFromSchema } from '@/lib/api/openapi/curl-example';
import { buildOpenApiDocument } from '@/lib/api/openapi/document';
import { op } from '@/lib/api/openapi/helpers';
import { descriptionText, groupByTag, listOperations, operationAnchor, roleOf } from '@/lib/api/openapi/read-document';
import { hasChildren, viewSchema } from '@/lib/api/openapi/schema-view';

const contact = z.object({ kind: z.enum(['email', 'phone']), value: z.string().min(3) }).meta({ id: 'FixtureContact' });
const gadget = z
  .object({
    id: z.uuid(),
    name: z.string().max(100),
    owner: z.string().nullable(),
    contacts: z.array(contact),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'FixtureGadget' });
const createGadgetInput = z.object({
  name: z.string().trim().min(5).max(100),
  email: z.email(),
  tier: z.enum(['critical', 'standard']),
  count: z.number().int().min(2),
  tags: z.array(z.string()).optional(),
  contacts: z.array(contact).min(1),
});

const doc = buildOpenApiDocument([
  {
    '/api/v1/gadgets': {
      post: op({ summary: 'Create a gadget', description: 'Uses `name` as given.', tags: ['Gadgets'], role: 'responder', body: createGadgetInput, response: gadget, status: 201 }),
    },
    '/api/v1/gadgets/{id}': {
      get: op({ summary: 'Get a gadget', tags: ['Gadgets'], role: 'viewer', params: z.object({ id: z.uuid() }), response: gadget }),
    },
    '/api/v1/ping': { get: op({ summary: 'Ping', tags: ['Meta'], role: 'public' }) },
  },
]);
const find = (method: string, path: string) => {
  const found = listOperations(doc).find((o) => o.method === method && o.path === path);
  if (!found) throw new Error(`${method} ${path} missing`);
  return found;
};

describe('reading operations', () => {
  it('groups operations by tag in document order', () => {
    expect(groupByTag(doc).map((g) => [g.tag, g.operations.map((o) => `${o.method} ${o.path}`)])).toEqual([
      ['Gadgets', ['post /api/v1/gadgets', 'get /api/v1/gadgets/{id}']],
      ['Meta', ['get /api/v1/ping']],
    ]);
  });

  it('reads the required role, also from operations written without op()', () => {
    expect(find('post', '/api/v1/gadgets').role).toBe('responder');
    expect(find('get', '/api/v1/ping').role).toBe('public');
    expect(roleOf({ description: 'Lists things.\n\nRequires role: admin.' })).toBe('admin');
    expect(roleOf({ security: [] })).toBe('public');
    expect(roleOf({})).toBeNull();
  });

  it('strips the role sentence from the description the page shows', () => {
    expect(descriptionText(find('post', '/api/v1/gadgets').operation)).toBe('Uses `name` as given.');
  });

  it('makes anchors that are valid HTML ids', () => {
    expect(operationAnchor('get', '/api/v1/gadgets/{id}')).toBe('get-api-v1-gadgets-id');
  });
});

describe('schema rows', () => {
  it('shows a $ref by its component name and expands its properties', () => {
    const view = viewSchema(doc, { $ref: '#/components/schemas/FixtureGadget' });
    expect(view.type).toBe('FixtureGadget');
    expect(view.properties.map((p) => [p.name, p.required])).toEqual([
      ['id', true], ['name', true], ['owner', true], ['contacts', true], ['createdAt', true],
    ]);
    expect(hasChildren(doc, view)).toBe(true);
  });

  it('marks nullable fields, array item types, enums and constraints', () => {
    const props = Object.fromEntries(viewSchema(doc, { $ref: '#/components/schemas/FixtureGadget' }).properties.map((p) => [p.name, viewSchema(doc, p.schema)]));
    expect(props.owner).toMatchObject({ type: 'string', nullable: true });
    // Used in a request and a response, so zod-openapi renders an input and an output variant.
    expect(props.contacts?.type).toBe('array<FixtureContactOutput>');
    expect(props.name?.constraints).toContain('maxLength: 100');
    // The long regex zod adds for date-time restates the format: shown as the format only.
    expect(props.createdAt?.constraints).toEqual(['format: "date-time"']);
    const kind = viewSchema(doc, { $ref: '#/components/schemas/FixtureContact' }).properties[0];
    expect(kind && viewSchema(doc, kind.schema).enumValues).toEqual(['email', 'phone']);
  });

  it('does not expand arrays of plain strings', () => {
    expect(hasChildren(doc, viewSchema(doc, { type: 'array', items: { type: 'string' } }))).toBe(false);
  });
});

describe('curl example', () => {
  it('sends the token and a body that the input schema accepts', () => {
    const curl = curlExample(doc, find('post', '/api/v1/gadgets'), 'https://firebreak.example.com/');
    expect(curl).toContain('curl -sS -X POST "https://firebreak.example.com/api/v1/gadgets"');
    expect(curl).toContain('-H "Authorization: Bearer $FIREBREAK_TOKEN"');
    expect(curl).toContain('-H "Content-Type: application/json"');
    const body = /-d '([\s\S]*)'$/.exec(curl)?.[1];
    expect(body).toBeDefined();
    expect(createGadgetInput.safeParse(JSON.parse(body ?? '')).success).toBe(true);
  });

  it('leaves the token out for public endpoints and path parameters for the reader', () => {
    expect(curlExample(doc, find('get', '/api/v1/ping'), 'http://localhost:3000')).toBe('curl -sS -X GET "http://localhost:3000/api/v1/ping"');
    expect(curlExample(doc, find('get', '/api/v1/gadgets/{id}'), 'http://h')).toContain('"http://h/api/v1/gadgets/{id}"');
  });

  it('quotes single quotes inside the body for the shell', () => {
    expect(sampleFromSchema(doc, { type: 'object', properties: { note: { type: 'string', example: "it's" } }, required: ['note'] })).toEqual({ note: "it's" });
    const withQuote = buildOpenApiDocument([
      { '/q': { post: op({ summary: 'Q', tags: ['Q'], role: 'viewer', body: z.object({ note: z.string().meta({ example: "it's" }) }) }) } },
    ]);
    const view = listOperations(withQuote).find((o) => o.path === '/q');
    expect(view && curlExample(withQuote, view, 'http://h')).toContain(`"note": "it'\\''s"`);
  });
});

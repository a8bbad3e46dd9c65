// op() is what every domain uses to document its endpoints: the security, role and error
// responses it adds are the API's promises, so they are checked here on a small fixture.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { oas31 } from 'zod-openapi';
import { buildOpenApiDocument, mergePaths } from '@/lib/api/openapi/document';
import { errorStatusesFor, op, pageOf } from '@/lib/api/openapi/helpers';

const widget = z.object({ id: z.string(), name: z.string() }).meta({ id: 'FixtureWidget' });
const createWidgetInput = z.object({ name: z.string().min(1) });
const widgetParams = z.object({ id: z.string() });

describe('op()', () => {
  it('secures a signed-in operation and states its role', () => {
    const o = op({ summary: 'Get', tags: ['W'], role: 'responder', params: widgetParams, response: widget });
    expect(o.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(o['x-required-role']).toBe('responder');
    expect(o.description).toBe('Requires role: responder.');
    expect(Object.keys(o.responses).sort()).toEqual(['200', '401', '403', '404', '422', '500']);
  });

  it('keeps a written description and appends the role sentence', () => {
    const o = op({ summary: 'S', description: 'Does things.', tags: ['W'], role: 'admin', response: widget });
    expect(o.description).toBe('Does things.\n\nRequires role: admin.');
  });

  it('leaves a public operation without security or 401/403', () => {
    const o = op({ summary: 'Ping', tags: ['W'], role: 'public', response: widget });
    expect(o.security).toEqual([]);
    expect(o.description).toBe('Public: no authentication needed.');
    expect(Object.keys(o.responses).sort()).toEqual(['200', '500']);
  });

  it('adds the body errors (400, 413, 415, 422) and a required JSON body', () => {
    const o = op({ summary: 'Create', tags: ['W'], role: 'responder', body: createWidgetInput, response: widget, status: 201, errors: ['409'] });
    expect(Object.keys(o.responses).sort()).toEqual(['201', '400', '401', '403', '409', '413', '415', '422', '500']);
    expect(o.requestBody?.required).toBe(true);
    expect(o.requestBody?.content['application/json']?.schema).toBe(createWidgetInput);
    expect(o.responses['201']).toMatchObject({ description: 'Created' });
  });

  it('documents an empty success answer without content', () => {
    const o = op({ summary: 'Delete', tags: ['W'], role: 'responder', params: widgetParams, status: 204 });
    expect(o.responses['204']).toMatchObject({ description: 'No content' });
    expect((o.responses['204'] as { content?: unknown }).content).toBeUndefined();
  });

  it('chooses error statuses from what the operation takes', () => {
    expect(errorStatusesFor({ role: 'viewer', query: z.object({ q: z.string() }) })).toEqual(['401', '403', '422', '500']);
    expect(errorStatusesFor({ role: 'public', errors: ['429'] })).toEqual(['429', '500']);
  });
});

describe('the assembled document', () => {
  const fixture = {
    '/api/v1/widgets': {
      get: op({ summary: 'List widgets', tags: ['Widgets'], role: 'viewer', response: pageOf(widget) }),
      post: op({ summary: 'Create a widget', tags: ['Widgets'], role: 'responder', body: createWidgetInput, response: widget, status: 201 }),
    },
    '/api/v1/widgets/{id}': {
      get: op({ summary: 'Get a widget', tags: ['Widgets'], role: 'viewer', params: widgetParams, response: widget }),
    },
  };

  it('turns shared error responses into $refs to one component each', () => {
    const doc = buildOpenApiDocument([fixture]);
    const post = doc.paths?.['/api/v1/widgets']?.post;
    expect(post?.responses?.['422']).toEqual({ $ref: '#/components/responses/Invalid' });
    expect(post?.responses?.['401']).toEqual({ $ref: '#/components/responses/Unauthorized' });
    const invalid = doc.components?.responses?.Invalid as oas31.ResponseObject;
    expect(invalid.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/ErrorBody' });
    expect(invalid.headers?.['x-request-id']).toEqual({ $ref: '#/components/headers/RequestId' });
  });

  it('documents list answers as { items, nextCursor }', () => {
    const doc = buildOpenApiDocument([fixture]);
    const list = doc.paths?.['/api/v1/widgets']?.get?.responses?.['200'] as oas31.ResponseObject;
    const schema = list.content?.['application/json']?.schema as oas31.SchemaObject;
    expect(schema.required).toEqual(['items', 'nextCursor']);
    expect(schema.properties?.items).toEqual({ type: 'array', items: { $ref: '#/components/schemas/FixtureWidget' } });
  });

  it('lists tags in the order operations use them', () => {
    const doc = buildOpenApiDocument([
      { '/b': { get: op({ summary: 'B', tags: ['Second'], role: 'viewer' }) } },
      fixture,
      { '/c': { get: op({ summary: 'C', tags: ['Second'], role: 'viewer' }) } },
    ]);
    expect(doc.tags).toEqual([{ name: 'Second' }, { name: 'Widgets' }]);
  });
});

describe('mergePaths()', () => {
  const get = op({ summary: 'G', tags: ['T'], role: 'viewer' });
  const post = op({ summary: 'P', tags: ['T'], role: 'responder' });

  it('merges the methods two modules declare on one path', () => {
    const merged = mergePaths([{ '/x': { get } }, { '/x': { post } }]);
    expect(Object.keys(merged['/x'] ?? {}).sort()).toEqual(['get', 'post']);
  });

  it('refuses the same method declared twice', () => {
    expect(() => mergePaths([{ '/x': { get } }, { '/x': { get } }])).toThrow(/GET \/x is declared twice/);
  });
});

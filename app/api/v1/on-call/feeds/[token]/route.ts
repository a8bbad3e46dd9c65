import { apiRoute } from '@/lib/api/route';
import { buildIcalFeed } from '@/lib/on-call/build-ical-feed';
import { feedParams } from '@/lib/on-call/schemas';

export const GET = apiRoute({ role: 'public', params: feedParams, route: '/api/v1/on-call/feeds/[token]' }, async ({ db, params }) =>
  new Response(await buildIcalFeed(db, { token: params.token }), { headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, max-age=300' } }),
);

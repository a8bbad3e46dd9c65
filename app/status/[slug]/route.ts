import { publicStatusRoute } from '@/lib/status-pages/public-route';

// The public status page: a route handler returning the cached HTML (no React render on the
// hot path; see docs/status-pages.md for the measurements).
export const dynamic = 'force-dynamic';
export const GET = publicStatusRoute('html');

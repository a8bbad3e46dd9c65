import { publicStatusRoute } from '@/lib/status-pages/public-route';

export const dynamic = 'force-dynamic';
export const GET = publicStatusRoute('maintenances');

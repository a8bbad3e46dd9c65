import { subscriptionRoute } from '@/lib/status-pages/subscription-routes';

export const GET = subscriptionRoute('confirm');

import { subscriptionRoute } from '@/lib/status-pages/subscription-routes';

export const POST = subscriptionRoute('subscribe');

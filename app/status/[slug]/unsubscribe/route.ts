import { subscriptionRoute } from '@/lib/status-pages/subscription-routes';

// One click: the link in every message unsubscribes on GET; POST does the same for mail
// clients that follow RFC 8058 (List-Unsubscribe-Post).
export const GET = subscriptionRoute('unsubscribe');
export const POST = subscriptionRoute('unsubscribe');

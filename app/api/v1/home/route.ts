import { apiRoute } from '@/lib/api/route';
import { getHome } from '@/lib/home/get-home';

const route = '/api/v1/home';

export const GET = apiRoute({ role: 'viewer', route }, ({ db, actor }) => getHome(db, { actor }));

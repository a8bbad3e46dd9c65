import NextAuth from 'next-auth';
import { errorResponse, toAppError } from '@/lib/api/errors';
import { requestIdOf } from '@/lib/api/route';
import { getAuthOptions } from '@/lib/auth/auth-options';

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  try {
    return await NextAuth(req as never, { params: await ctx.params } as never, getAuthOptions());
  } catch (e) {
    // What next-auth lets through (a database that is down during sign-in): the API's error
    // body, 503 with Retry-After for an unavailable database, instead of a bare 500.
    const requestId = requestIdOf(req);
    return errorResponse(toAppError(e, requestId), requestId);
  }
}

export { handler as GET, handler as POST };

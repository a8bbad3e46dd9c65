// A real OpenID Provider for the end-to-end tests: panva's certified `oidc-provider` on a
// loopback port, with one confidential client (the app under test) and its built-in
// development login and consent pages. Anyone may sign in with any login name and password;
// login `sso-x` is the person `sso-x@sso.e2e.test`, whose address the provider has verified
// unless the login starts with `unverified-`. Started by scripts/e2e.ts before the app.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';
import { findFreePort } from '../../../lib/db/ports.ts';
import { SSO_PROVIDER_NAME, UNVERIFIED_PREFIX, ssoEmail } from './sso.ts';

export interface RunningOidcProvider {
  issuer: string;
  /** What the app needs to offer sign-in through this provider. */
  appEnv: Record<string, string>;
  stop: () => Promise<void>;
}

export async function startOidcProvider(opts: { appBaseUrl: string }): Promise<RunningOidcProvider> {
  const port = await findFreePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'firebreak-e2e';
  const clientSecret = randomBytes(24).toString('hex');

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${opts.appBaseUrl}/api/auth/callback/oidc`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        // openid-client, under next-auth, sends the secret in the Authorization header.
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    // Confidential clients need not use PKCE by default; next-auth does, and so must it here.
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: ssoEmail(id), email_verified: !id.startsWith(UNVERIFIED_PREFIX), name: `SSO ${id}` }),
    }),
    // The built-in login (any login, any password) and consent pages; fine for a test provider.
    features: { devInteractions: { enabled: true } },
    cookies: { keys: [randomBytes(32).toString('hex')] },
  });
  // A failed step shows on the provider's error page; the test log should say why.
  for (const event of ['server_error', 'authorization.error', 'grant.error', 'userinfo.error']) {
    provider.on(event, (...args: unknown[]) => {
      const error = args.find((a) => a instanceof Error);
      console.warn(`[oidc-provider] ${event}: ${error ? `${error.message} ${(error as { error_description?: string }).error_description ?? ''}` : ''}`);
    });
  }

  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  console.log(`End-to-end OpenID Provider: ${issuer}`);

  return {
    issuer,
    appEnv: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_NAME: SSO_PROVIDER_NAME },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

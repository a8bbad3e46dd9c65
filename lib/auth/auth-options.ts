import 'server-only';
// next-auth configuration: email + password (Credentials, JWT sessions that expire), plus
// single sign-on through any OpenID Connect provider when OIDC_* variables are set.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { TokenSet } from 'openid-client';
import { getEnv } from '../config/env.ts';
import { getDb } from '../db/client.ts';
import { isAppError } from '../errors/app-error.ts';
import { logger } from '../log/logger.ts';
import { findOrCreateSsoUser } from './find-or-create-sso-user.ts';
import { verifyCredentials } from './verify-credentials.ts';

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const fwd = headers?.['x-forwarded-for'];
  const first = typeof fwd === 'string' ? fwd.split(',')[0]?.trim() : undefined;
  const real = headers?.['x-real-ip'];
  return first || (typeof real === 'string' ? real : null);
}

interface OidcClaims {
  sub: string;
  email?: string;
  email_verified?: boolean | string;
  name?: string;
  preferred_username?: string;
}

function oidcProvider(): NextAuthOptions['providers'] {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = getEnv();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: 'oidc',
      name: OIDC_NAME,
      type: 'oauth',
      wellKnown: `${OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      // The ID token is verified (signature, issuer, audience), but it need not carry `email`
      // or `name`: OpenID Connect Core §5.4 returns the claims of the email/profile scopes from
      // the UserInfo endpoint when an access token is issued, and strict providers (the
      // certified oidc-provider by default) do just that. next-auth would read only the ID
      // token, so the UserInfo answer is merged over it; openid-client refuses a UserInfo
      // answer about another `sub` than the ID token's.
      userinfo: {
        async request({ client, tokens }) {
          const set = tokens as TokenSet; // next-auth hands over openid-client's TokenSet
          const fromIdToken = set.claims();
          if (!set.access_token || !client.issuer.metadata.userinfo_endpoint) return fromIdToken;
          const fromUserinfo = await client.userinfo(set);
          return { ...fromIdToken, ...fromUserinfo };
        },
      },
      profile(profile: OidcClaims) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.preferred_username ?? null };
      },
    },
  ];
}

/**
 * Whether the provider vouches for the address. Accounts are matched by email, so an address
 * the provider says it has NOT verified could take over someone's account; an absent claim is
 * accepted, as several enterprise providers (Azure AD among them) do not send it.
 */
function emailUnverified(claims: OidcClaims | undefined): boolean {
  const v = claims?.email_verified;
  return v === false || v === 'false';
}

function describeAuthError(metadata: unknown): string {
  const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(metadata);
}

export const ssoEnabled = () => {
  const env = getEnv();
  return !!(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
};

export function getAuthOptions(): NextAuthOptions {
  const env = getEnv();
  const maxAge = Math.round(env.SESSION_MAX_AGE_HOURS * 3600);
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge, updateAge: 15 * 60 },
    jwt: { maxAge },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'Email',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          if (!credentials?.email || !credentials.password) return null;
          try {
            const user = await verifyCredentials(getDb(), {
              email: credentials.email,
              password: credentials.password,
              ip: clientIp(req.headers),
            });
            return user ? { id: user.id, email: user.email, name: user.name } : null;
          } catch (e) {
            // next-auth turns a thrown error's message into ?error=… on the sign-in page.
            if (isAppError(e) && e.code === 'rate_limited') throw new Error('rate_limited');
            throw e;
          }
        },
      }),
      ...oidcProvider(),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== 'oidc') return true;
        if (!user.email) return '/login?error=sso_no_email';
        if (emailUnverified(profile as OidcClaims | undefined)) return '/login?error=sso_email_unverified';
        const local = await findOrCreateSsoUser(getDb(), { email: user.email, name: user.name ?? user.email });
        if (!local) return '/login?error=account_inactive';
        user.id = local.id;
        return true;
      },
      async jwt({ token, user }) {
        // The token carries only the user id and when its holder signed in; role and active
        // flag are read from the database on every request so that a role change or
        // deactivation applies at once, and `authAt` lets a password change end older sessions
        // (User.sessionsValidFrom). `iat` would not do: next-auth renews it on every refresh.
        if (user) {
          token.sub = user.id;
          token.authAt = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) {
          const u = session.user as { id?: string; authAt?: number };
          u.id = token.sub;
          u.authAt = typeof token.authAt === 'number' ? token.authAt : 0;
        }
        return session;
      },
    },
    logger: {
      // next-auth passes an Error or `{ error, ... }`; String() of the latter said only
      // "[object Object]", which hid why a single sign-on failed.
      error: (code, metadata) => logger.error('next-auth error', { code, error: describeAuthError(metadata) }),
      warn: (code) => logger.warn('next-auth warning', { code }),
      debug: () => {},
    },
  };
}

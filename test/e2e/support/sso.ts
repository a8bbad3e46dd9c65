// The end-to-end OpenID Provider's people and button, shared by the provider
// (support/oidc-provider.ts, started by scripts/e2e.ts) and the specs that sign in through it.
export const SSO_EMAIL_DOMAIN = 'sso.e2e.test';

/** OIDC_NAME given to the app: the SSO button reads "Sign in with E2E SSO". */
export const SSO_PROVIDER_NAME = 'E2E SSO';

/** The email address the provider reports for a login name typed on its login page. */
export const ssoEmail = (login: string) => `${login}@${SSO_EMAIL_DOMAIN}`;

/** Logins the provider reports with `email_verified: false`. */
export const UNVERIFIED_PREFIX = 'unverified-';

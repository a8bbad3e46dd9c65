import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { ApiDocsView } from '@/components/api-docs/api-docs-view';
import { getOpenApiDocument } from '@/lib/api/openapi/document';
import { requirePageActor } from '@/lib/auth/page-guard';
import { getEnv } from '@/lib/config/env';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('apiDocs');
  return { title: t('title') };
}

/** The base URL the curl examples use: the configured public URL, else the one in the browser. */
async function publicOrigin(): Promise<string> {
  const env = getEnv();
  const configured = env.APP_URL ?? env.NEXTAUTH_URL;
  if (configured) return configured;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  return `${proto.split(',')[0]?.trim() || 'http'}://${host}`;
}

export default async function ApiDocsPage() {
  await requirePageActor('viewer', '/api-docs');
  return <ApiDocsView doc={getOpenApiDocument()} origin={await publicOrigin()} />;
}

'use server';
import { z } from 'zod';
import { serverAction } from '@/lib/api/action';
import { MAX_SECTION_LENGTH } from '@/lib/postmortems/schemas';
import { renderMarkdown } from '@/lib/timeline/render-markdown';

/**
 * The editor's Preview tab: the same Markdown pipeline (markdown-it, raw HTML off, then
 * sanitize-html) as the document and the timeline, so the preview is what readers will see.
 */
export const previewMarkdownAction = serverAction({ role: 'viewer', input: z.object({ body: z.string().max(MAX_SECTION_LENGTH) }) }, async ({ input }) =>
  renderMarkdown(input.body),
);

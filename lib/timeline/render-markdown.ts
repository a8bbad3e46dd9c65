// Timeline bodies are stored as raw Markdown and rendered to HTML only through this function.
//
// Two layers, on purpose:
// 1. markdown-it (maintained, CommonMark) with `html: false`: raw HTML in the source is
//    escaped as text, never passed through, and its link validator refuses javascript:,
//    vbscript:, file: and data: URLs.
// 2. sanitize-html (maintained, htmlparser2-based) with a small allowlist of tags, attributes
//    and URL schemes: even if a future markdown-it option or plugin let something through, no
//    <script>, event-handler attribute (onerror=…) or javascript: link survives.
// Both run on the server (sanitize-html needs Node); the API returns the HTML beside the body.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
    'em', 'strong', 's', 'del', 'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
    code: ['class'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  // markdown-it writes table alignment as style="text-align:…"; nothing else is kept.
  allowedStyles: { '*': { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // Links leave the app: never give the target page a handle on ours.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};

/** Safe HTML for a Markdown body (timeline entries, stakeholder updates). */
export function renderMarkdown(source: string): string {
  if (!source) return '';
  return sanitizeHtml(md.render(source), sanitizeOptions);
}

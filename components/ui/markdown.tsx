// The one container for rendered Markdown (HTML from renderMarkdown(): raw HTML off, then
// sanitised on the server). Typographic styles come from @tailwindcss/typography (`prose`):
// Tailwind 4's preflight removes list bullets and numbers, heading sizes, quote and code
// styles, and the prose styles put them back. Wide tables and code blocks scroll inside the
// container instead of widening the page on a phone.
export const markdownClass =
  'prose prose-slate max-w-none break-words prose-a:text-brand-700 prose-pre:overflow-x-auto prose-table:block prose-table:overflow-x-auto prose-img:max-w-full prose-code:before:content-none prose-code:after:content-none';

export function Markdown({ html, size = 'sm', className = '', testId }: { html: string; size?: 'sm' | 'lg'; className?: string; testId?: string }) {
  return (
    <div
      className={`${markdownClass} ${size === 'lg' ? 'prose-lg' : 'prose-sm'} ${className}`}
      data-testid={testId}
      data-markdown=""
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

// TanStack Query keys of on-call data in the browser.
export const onCallKeys = {
  all: ['on-call'] as const,
  services: (slugs: string[]) => ['on-call', 'services', [...slugs].sort().join(',')] as const,
  pages: (ref: string) => ['on-call', 'pages', ref] as const,
  contactMethods: () => ['on-call', 'contact-methods'] as const,
};

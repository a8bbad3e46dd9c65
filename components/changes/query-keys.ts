// TanStack Query keys of the changes domain.
export const changeKeys = {
  all: ['changes'] as const,
  blastRadiusPreview: (service: string) => ['changes', 'blast-radius-preview', service] as const,
};

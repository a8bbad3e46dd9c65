// TanStack Query keys of the inbox.
export const inboxKeys = {
  all: ['inbox'] as const,
  unreadCount: () => ['inbox', 'unread-count'] as const,
};

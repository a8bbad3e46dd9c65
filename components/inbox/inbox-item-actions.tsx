'use client';
// The buttons of one inbox message: mark read, and for a change the team was asked about,
// acknowledge it for the team (which also marks the message read).
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { useInboxAction } from './use-inbox-mutations';

export function InboxItemActions({ id, read, changeId, ackTeam, pageId = null }: { id: string; read: boolean; changeId: string | null; ackTeam: { slug: string; name: string } | null; pageId?: string | null }) {
  const t = useTranslations('inbox');
  const { run, busy, error } = useInboxAction();
  return (
    <div className="flex flex-wrap items-center gap-2">
      {pageId ? (
        <Button
          variant="primary"
          disabled={busy}
          data-testid="inbox-page-ack"
          onClick={async () => {
            await run(`/api/v1/pages/${pageId}/ack`, {});
            if (!read) await run('/api/v1/inbox/read', { ids: [id] });
          }}
        >
          {t('pageAck')}
        </Button>
      ) : null}
      {ackTeam && changeId ? (
        <Button
          variant="primary"
          disabled={busy}
          data-testid="inbox-acknowledge"
          onClick={async () => {
            await run(`/api/v1/changes/${changeId}/acknowledgements`, { team: ackTeam.slug });
            if (!read) await run('/api/v1/inbox/read', { ids: [id] });
          }}
        >
          {t('ack.button', { team: ackTeam.name })}
        </Button>
      ) : null}
      {!read ? (
        <Button variant="secondary" disabled={busy} onClick={() => run('/api/v1/inbox/read', { ids: [id] })} data-testid="inbox-mark-read">
          {t('markRead')}
        </Button>
      ) : null}
      {error ? <p role="alert" className="text-sm text-red-600">{t('failed', { message: error })}</p> : null}
    </div>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations('inbox');
  const { run, busy, error } = useInboxAction();
  return (
    <>
      <Button variant="secondary" disabled={busy} onClick={() => run('/api/v1/inbox/read', { all: true })} data-testid="inbox-mark-all-read">
        {t('markAllRead')}
      </Button>
      {error ? <p role="alert" className="text-sm text-red-600">{t('failed', { message: error })}</p> : null}
    </>
  );
}

'use client';
// This incident's entries waiting in the browser's outbox, and what happens when one goes out:
// the server's copy is merged into the cached timeline at once (before the live event).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { getBrowserOutbox } from '@/lib/offline/browser-outbox';
import type { OutboxItem } from '@/lib/offline/outbox';
import type { TimelineEntryOutput } from '@/lib/timeline/schemas';
import { mergeIntoCache } from './timeline-sync';

export function useOutbox(incidentId: string, ownerId: string | null) {
  const qc = useQueryClient();
  const [items, setItems] = useState<OutboxItem[]>([]);

  useEffect(() => {
    const outbox = getBrowserOutbox();
    outbox.setOwner(ownerId);
    const unsubscribe = outbox.subscribe(({ items: all, sent }) => {
      setItems(all.filter((i) => i.incidentId === incidentId));
      const entry = sent?.item.incidentId === incidentId ? (sent.entry as TimelineEntryOutput | undefined) : undefined;
      if (entry?.id) mergeIntoCache(qc, incidentId, [entry]);
    });
    void outbox.load().then(() => setItems(outbox.list(incidentId)));
    return unsubscribe;
  }, [qc, incidentId, ownerId]);

  return items;
}

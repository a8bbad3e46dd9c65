// Registers public/sw.js (offline reload of incident pages) and has it cache the current page
// and the build files already loaded. Resolves true once that is done; false where service
// workers are unavailable (plain http on a LAN address, some private modes): the outbox still
// protects what was typed, only reloading while offline will not work there.
export async function enableOfflineReload(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || !window.isSecureContext) return false;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker) return false;
    const assets = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => new URL(u).pathname.startsWith('/_next/static/'));
    const channel = new MessageChannel();
    const done = new Promise<boolean>((resolve) => {
      channel.port1.onmessage = () => resolve(true);
      setTimeout(() => resolve(false), 15_000);
    });
    worker.postMessage({ type: 'precache', urls: [window.location.href, ...assets] }, [channel.port2]);
    return await done;
  } catch {
    return false;
  }
}

/** Forgets cached pages (on sign-out): they hold what the signed-in person could read. */
export function clearOfflinePages(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: 'clear' });
}

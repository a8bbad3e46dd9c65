// Webhook and robot URLs are typed in by any signed-in person, and "Send test message" shows
// what the target answered: without a guard that is a way to make the server call (and read)
// internal addresses. By default a target that resolves to a loopback, private, link-local or
// otherwise non-public address is refused; NOTIFY_ALLOW_PRIVATE_NETWORKS=1 allows it (an
// on-premises chat server, a receiver inside the company network).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

function isPrivateV4(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254)
    || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224;
}

export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) return isPrivateV4(ip);
  const v6 = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped?.[1]) return isPrivateV4(mapped[1]);
  return v6 === '::' || v6 === '::1' || v6.startsWith('fc') || v6.startsWith('fd') || v6.startsWith('fe8') || v6.startsWith('fe9')
    || v6.startsWith('fea') || v6.startsWith('feb') || v6.startsWith('ff');
}

export class PrivateTargetError extends Error {}

/** Throws PrivateTargetError when the URL's host is (or resolves to) a non-public address. */
export async function assertPublicTarget(rawUrl: string, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = new URL(rawUrl).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress)) {
    throw new PrivateTargetError(`${host} is a private or local address; an administrator can allow those with NOTIFY_ALLOW_PRIVATE_NETWORKS=1.`);
  }
}

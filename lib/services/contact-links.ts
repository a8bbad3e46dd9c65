// Links for "who to call": a tap on a phone number dials it, an email opens the mail app,
// a chat handle that is a URL opens it. Pure, so the exact hrefs are unit-tested.

/** `tel:` href for a phone number as people write it ("+86 138-0013 8000 ext 12"), or null. */
export function telHref(phone: string): string | null {
  const [main = '', extension] = phone.trim().split(/\s*(?:x|ext\.?|#)\s*/i);
  const digits = main.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (digits.replace('+', '').length < 3) return null;
  // RFC 3966 writes an extension as ";ext=": most phones then dial it after connecting.
  return `tel:${digits}${extension && /^\d+$/.test(extension) ? `;ext=${extension}` : ''}`;
}

export function mailtoHref(email: string): string | null {
  const e = email.trim();
  return /^[^\s@]+@[^\s@]+$/.test(e) ? `mailto:${e}` : null;
}

/** An href when the chat handle is a web link (a channel URL); plain handles stay text. */
export function chatHref(chat: string): string | null {
  const c = chat.trim();
  if (!/^https?:\/\//i.test(c)) return null;
  try {
    return new URL(c).toString();
  } catch {
    return null;
  }
}

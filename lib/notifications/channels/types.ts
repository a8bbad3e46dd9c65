// What every channel sender takes and answers. A sender does one attempt and reports what the
// receiver said; retries, rate limits and bookkeeping are the worker's (lib/worker).
import type { RenderedMessage } from '../render-message.ts';

export interface SendInput {
  /** The stable message id: receivers de-duplicate on it. */
  messageId: string;
  event: string;
  rendered: RenderedMessage;
  /** The language-neutral facts, sent as they are to generic webhooks. */
  payload: Record<string, unknown>;
  /** The channel target: `address`, or `url` and maybe `secret`. */
  target: Record<string, string>;
  now: Date;
  config: ChannelConfig;
}

export interface SendResult {
  ok: boolean;
  /** HTTP status, or SMTP reply code; null when nothing answered. */
  status: number | null;
  /** What the receiver said (status line and the start of the body), for the delivery log. */
  answer: string;
}

export interface SmtpConfig {
  /** A nodemailer connection URL (smtp://user:pass@host:587) or host options. */
  url?: string;
  host?: string;
  port?: number;
  secure?: boolean;
  user?: string;
  password?: string;
  from: string;
  /** For tests against a local server with a self-signed certificate. */
  ignoreTls?: boolean;
}

export interface ChannelConfig {
  smtp: SmtpConfig | null;
  httpTimeoutMs: number;
  /** Allow webhook/robot targets on loopback and private networks (target-guard.ts). */
  allowPrivateNetworks?: boolean;
  /** The SMS gateway (on-call pages); null when none is configured. */
  sms?: { url: string; token?: string; timeoutMs: number } | null;
}

export type Sender = (input: SendInput) => Promise<SendResult>;

export class ChannelNotConfigured extends Error {}

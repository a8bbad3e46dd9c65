// Email over SMTP (nodemailer): subject, plain text and simple HTML; the Message-ID carries
// the outbox message id, so a resend after a crash is recognisably the same mail.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Env } from '../../config/env.ts';
import type { ChannelConfig, Sender, SmtpConfig } from './types.ts';

const transports = new Map<string, Transporter>();

function transportFor(smtp: SmtpConfig): Transporter {
  const key = JSON.stringify(smtp);
  let t = transports.get(key);
  if (!t) {
    const tls = smtp.ignoreTls ? { rejectUnauthorized: false } : undefined;
    t = smtp.url
      ? nodemailer.createTransport(smtp.url)
      : nodemailer.createTransport({
          host: smtp.host,
          port: smtp.port ?? 587,
          secure: smtp.secure ?? false,
          ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
          ...(smtp.ignoreTls ? { ignoreTLS: true, tls } : {}),
        });
    transports.set(key, t);
  }
  return t;
}

/** SMTP settings from SMTP_URL, or SMTP_HOST/PORT/USER/PASSWORD/SECURE; SMTP_FROM is the sender. */
export function smtpConfigFromEnv(env: Pick<Env, `SMTP_${string}` & keyof Env>): ChannelConfig['smtp'] {
  const from = env.SMTP_FROM;
  if (env.SMTP_URL) return { url: env.SMTP_URL, from };
  if (!env.SMTP_HOST) return null;
  return { host: env.SMTP_HOST, port: env.SMTP_PORT, secure: env.SMTP_SECURE, user: env.SMTP_USER, password: env.SMTP_PASSWORD, from };
}

function messageIdDomain(from: string): string {
  const m = /@([\w.-]+)/.exec(from);
  return m?.[1] ?? 'firebreak.local';
}

export const sendEmail: Sender = async ({ messageId, rendered, target, config }) => {
  if (!config.smtp) return { ok: false, status: null, answer: 'Email is not configured on this server (set SMTP_URL or SMTP_HOST).' };
  if (!target.address) return { ok: false, status: null, answer: 'No email address to send to.' };
  try {
    const info = await transportFor(config.smtp).sendMail({
      from: config.smtp.from,
      to: target.address,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId: `<${messageId}@${messageIdDomain(config.smtp.from)}>`,
      headers: { 'X-Firebreak-Message-Id': messageId },
    });
    const code = /^(\d{3})/.exec(info.response ?? '')?.[1];
    return { ok: info.accepted.length > 0, status: code ? Number(code) : 250, answer: info.response ?? 'accepted' };
  } catch (e) {
    const err = e as { responseCode?: number; response?: string; message?: string };
    return { ok: false, status: err.responseCode ?? null, answer: err.response ?? err.message ?? String(e) };
  }
};

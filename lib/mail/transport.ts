import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/lib/env";

export const MAIL_FROM = "Vitrine <no-reply@vitrine.example>";
const MESSAGE_ID_DOMAIN = "vitrine.example";

export type OutgoingMail = {
  /** The outbox row id; it becomes the Message-ID, so a resent mail can be recognised. */
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

export type MailTransport = {
  kind: "smtp" | "mailbox";
  send(mail: OutgoingMail): Promise<void>;
};

export type TransportOptions = {
  /** Overrides `SMTP_URL` (tests); `null` forces the development mailbox. */
  smtpUrl?: string | null;
};

/**
 * With `SMTP_URL` mails go out by SMTP; without it the outbox row itself is the development
 * mailbox (the mailbox page reads it), so "sending" only marks it delivered.
 */
export function createTransport(options: TransportOptions = {}): MailTransport {
  const smtpUrl = options.smtpUrl === undefined ? env().SMTP_URL : options.smtpUrl;
  if (!smtpUrl) return { kind: "mailbox", send: async () => {} };
  // Bounded timeouts: delivery holds its claim on the rows while it sends.
  const transporter = nodemailer.createTransport(
    new SMTPTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    }),
  );
  return {
    kind: "smtp",
    async send(mail) {
      await transporter.sendMail({
        from: MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: mail.headers,
        messageId: `<${mail.id}@${MESSAGE_ID_DOMAIN}>`,
      });
    },
  };
}

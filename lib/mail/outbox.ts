import type { Database } from "@/db/engine/open";
import { mailOutbox } from "@/db/schema";
import { renderMail, type MailContent, type MailLocale } from "./templates";

export type EnqueueMailInput = {
  to: string;
  userId?: string | null;
  locale: MailLocale;
  content: MailContent;
  /** Extra headers such as `List-Unsubscribe` (UWG §7); the envelope headers are not settable. */
  headers?: Record<string, string>;
};

const RESERVED_HEADERS = new Set([
  "from",
  "to",
  "cc",
  "bcc",
  "subject",
  "date",
  "message-id",
  "sender",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
]);
const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const LINE_BREAK = /[\r\n]/;

function checkInput(to: string, headers: Record<string, string>): void {
  if (!to || LINE_BREAK.test(to) || !/^[^\s@]+@[^\s@]+$/.test(to)) {
    throw new Error("Invalid recipient address for the mail outbox");
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new Error(`Header not allowed in the mail outbox: ${name}`);
    }
    if (LINE_BREAK.test(value)) throw new Error(`Header value contains a line break: ${name}`);
  }
}

/**
 * Renders a mail and adds it to the outbox in the given database or transaction, so that the mail
 * exists exactly when the change that caused it is committed. The `mail-delivery` job sends it.
 */
export async function enqueueMail(db: Database, input: EnqueueMailInput): Promise<{ id: string }> {
  const to = input.to.trim();
  const headers = input.headers ?? {};
  checkInput(to, headers);
  const { subject, html, text } = renderMail(input.content, input.locale);
  const [row] = await db
    .insert(mailOutbox)
    .values({
      toEmail: to,
      userId: input.userId ?? null,
      locale: input.locale,
      template: input.content.template,
      subject,
      html,
      text,
      headers,
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error("The mail outbox did not return the new row");
  return { id: row.id };
}

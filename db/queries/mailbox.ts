import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";

export type MailboxMessage = typeof mailOutbox.$inferSelect;
export type MailboxMessageSummary = Pick<
  MailboxMessage,
  | "id"
  | "toEmail"
  | "locale"
  | "template"
  | "subject"
  | "status"
  | "attempts"
  | "createdAt"
  | "sentAt"
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LIMIT = 200;

/**
 * The development mailbox: newest first, optionally only the mails to one address (case-insensitive).
 * The caller (the mailbox page) decides who may see it.
 */
export async function listMailboxMessages({
  limit,
  offset,
  to,
}: {
  limit: number;
  offset: number;
  to?: string;
}): Promise<MailboxMessageSummary[]> {
  const db = await getDb();
  const recipient = to?.trim();
  return db
    .select({
      id: mailOutbox.id,
      toEmail: mailOutbox.toEmail,
      locale: mailOutbox.locale,
      template: mailOutbox.template,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      attempts: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(recipient ? sql`lower(${mailOutbox.toEmail}) = lower(${recipient})` : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(Math.min(Math.max(Math.trunc(limit) || 1, 1), MAX_LIMIT))
    .offset(Math.max(Math.trunc(offset) || 0, 0));
}

/** One mail with its HTML and text body, or null (also for an id that is not a uuid). */
export async function getMailboxMessage(id: string): Promise<MailboxMessage | null> {
  if (!UUID.test(id)) return null;
  const db = await getDb();
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id)).limit(1);
  return row ?? null;
}

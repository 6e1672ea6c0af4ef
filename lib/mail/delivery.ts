import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { mailOutbox } from "@/db/schema";
import type { JobDefinition } from "@/lib/jobs/types";
import { createTransport, type MailTransport } from "./transport";

/** A mail that failed this many times is given up (status `failed`). */
export const MAX_MAIL_ATTEMPTS = 5;
const BATCH_SIZE = 50;
const MAX_ERROR_LENGTH = 200;

export type DeliveryResult = {
  /** Mails delivered in this run. */
  sent: number;
  /** Delivery attempts that failed in this run (retried until the fifth attempt). */
  failed: number;
};

/** One line for `last_error`: the code and message, never a stack or a whole SMTP transcript. */
export function describeMailError(error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
      ? error.code
      : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const line = [code, message.split("\n")[0]?.trim()].filter(Boolean).join(": ") || "unknown error";
  return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}

/**
 * Sends the oldest pending mails. The rows are claimed with `FOR UPDATE SKIP LOCKED` inside one
 * transaction, so two instances (or an overlapping run) never send the same mail; on PGlite the
 * transaction simply serialises the runs.
 */
export async function deliverPendingMail(
  db: Database,
  now: Date,
  options: { transport?: MailTransport } = {},
): Promise<DeliveryResult> {
  const transport = options.transport ?? createTransport();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: mailOutbox.id,
        to: mailOutbox.toEmail,
        subject: mailOutbox.subject,
        html: mailOutbox.html,
        text: mailOutbox.text,
        headers: mailOutbox.headers,
        attempts: mailOutbox.attempts,
      })
      .from(mailOutbox)
      .where(eq(mailOutbox.status, "pending"))
      .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id))
      .limit(BATCH_SIZE)
      .for("update", { skipLocked: true });

    const result: DeliveryResult = { sent: 0, failed: 0 };
    for (const row of rows) {
      const attempts = row.attempts + 1;
      try {
        await transport.send(row);
      } catch (error) {
        await tx
          .update(mailOutbox)
          .set({
            attempts,
            lastError: describeMailError(error),
            status: attempts >= MAX_MAIL_ATTEMPTS ? "failed" : "pending",
          })
          .where(eq(mailOutbox.id, row.id));
        result.failed += 1;
        continue;
      }
      await tx
        .update(mailOutbox)
        .set({ attempts, status: "sent", sentAt: now, lastError: null })
        .where(eq(mailOutbox.id, row.id));
      result.sent += 1;
    }
    return result;
  });
}

/** Delivers the outbox: by SMTP when `SMTP_URL` is set, otherwise into the development mailbox. */
export const mailDeliveryJob: JobDefinition = {
  name: "mail-delivery",
  cron: "* * * * *",
  intervalMs: 15_000,
  run: ({ db, now }) => deliverPendingMail(db, now),
};

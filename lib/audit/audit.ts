import { createHash } from "node:crypto";
import type { Database } from "@/db/engine/open";
import { auditLog, type Role } from "@/db/schema";

/** Dotted names, `<area>.<what happened>`; new areas add theirs here so the log stays searchable. */
export type AuditAction =
  "staff.invited" | "staff.role_changed" | "staff.invite_accepted" | "mail.viewed" | (string & {});

export type AuditEntry = {
  /** Who acted; null only for the system itself (a job). */
  actorId: string | null;
  actorRole: Role | null;
  action: AuditAction;
  /** The kind of record concerned, e.g. "user", "order", "mail_outbox". */
  entity: string;
  entityId?: string | null;
  /** The person whose data was seen or changed, if any. */
  subjectUserId?: string | null;
  details?: Record<string, unknown>;
  occurredAt?: Date;
};

/**
 * The stable pseudonym of a subject in the audit log. Erasure clears `subject_user_id` and keeps
 * this (data map: audit_log), so the privacy officer can still group one person's entries without
 * knowing who they were.
 */
export function auditPseudonym(userId: string): string {
  return `p_${createHash("sha256").update(`audit-subject:${userId}`).digest("hex").slice(0, 20)}`;
}

/**
 * Writes one audit entry (S9). Pass the transaction of the change it records, so the entry exists
 * exactly when the change does.
 */
export async function writeAudit(db: Database, entry: AuditEntry): Promise<{ id: string }> {
  const subjectUserId = entry.subjectUserId ?? null;
  const [row] = await db
    .insert(auditLog)
    .values({
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      subjectUserId,
      subjectPseudonym: subjectUserId ? auditPseudonym(subjectUserId) : null,
      details: entry.details ?? {},
      ...(entry.occurredAt ? { occurredAt: entry.occurredAt } : {}),
    })
    .returning({ id: auditLog.id });
  if (!row) throw new Error("The audit log did not return the new row");
  return { id: row.id };
}

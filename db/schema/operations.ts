import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { localeEnum, roleEnum, users } from "./accounts";

export const mailStatusEnum = pgEnum("mail_status", ["pending", "sent", "failed"]);

/** Every mail is a row first; a job delivers it (SMTP, or the development mailbox). */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    toEmail: text("to_email").notNull(),
    locale: localeEnum("locale").notNull(),
    template: text("template").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    status: mailStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("mail_outbox_pending_idx").on(t.status, t.createdAt),
    index("mail_outbox_user_idx").on(t.userId),
    index("mail_outbox_to_idx").on(t.toEmail),
  ],
);

/** Who saw or changed what (S9). Erasure replaces the subject with a pseudonym. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorRole: roleEnum("actor_role"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    subjectUserId: uuid("subject_user_id").references(() => users.id, { onDelete: "set null" }),
    /** Stable pseudonym of the subject, kept when the account is erased. */
    subjectPseudonym: text("subject_pseudonym"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_log_occurred_idx").on(t.occurredAt),
    index("audit_log_actor_idx").on(t.actorId),
    index("audit_log_subject_idx").on(t.subjectUserId),
  ],
);

/** One row per retention sweep of one data-map rule (T1): what was removed, and when. */
export const retentionRuns = pgTable(
  "retention_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The job run that swept. */
    jobId: text("job_id").notNull(),
    /** The data map's table whose rule was applied. */
    tableName: text("table_name").notNull(),
    /** Rows older than this were due. */
    cutoff: timestamp("cutoff", { withTimezone: true }),
    removed: integer("removed").notNull().default(0),
    /** Rows restricted or pseudonymized instead of deleted. */
    changed: integer("changed").notNull().default(0),
    ranAt: timestamp("ran_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("retention_runs_table_idx").on(t.tableName, t.ranAt)],
);

/** Fixed-window counters shared by all instances (S2); keys are hashes, not raw addresses. */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull().default(0),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limits_expires_idx").on(t.expiresAt)],
);

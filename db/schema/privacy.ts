import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { purposeEnum } from "./consent";

export const privacyRequestKindEnum = pgEnum("privacy_request_kind", [
  "access",
  "export",
  "rectification",
  "restriction",
  "objection",
  "erasure",
]);
export const privacyRequestStatusEnum = pgEnum("privacy_request_status", [
  "received",
  "in_progress",
  "extended",
  "completed",
  "refused",
]);

/** Data subject requests (GDPR Art. 12(3): answered within one month, extendable with reasons). */
export const privacyRequests = pgTable(
  "privacy_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The address a guest proved control of; for customers, their address at the time. */
    email: text("email").notNull(),
    kind: privacyRequestKindEnum("kind").notNull(),
    status: privacyRequestStatusEnum("status").notNull().default("received"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    statusReason: text("status_reason"),
    handledBy: uuid("handled_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index("privacy_requests_user_idx").on(t.userId),
    index("privacy_requests_open_idx").on(t.status, t.dueAt),
  ],
);

export const processingLimitKindEnum = pgEnum("processing_limit_kind", [
  "restriction",
  "objection",
]);

/** Restrictions (Art. 18) and objections (Art. 21) per purpose, in force until lifted. */
export const processingLimits = pgTable(
  "processing_limits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: processingLimitKindEnum("kind").notNull(),
    purpose: purposeEnum("purpose").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    liftedAt: timestamp("lifted_at", { withTimezone: true }),
  },
  (t) => [index("processing_limits_user_idx").on(t.userId)],
);

export type PrivacyRequest = typeof privacyRequests.$inferSelect;

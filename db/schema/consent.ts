import { boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { localeEnum, users } from "./accounts";
import { categories, products } from "./catalog";

export const purposeEnum = pgEnum("purpose", [
  "preferences",
  "analytics",
  "personalization",
  "marketing",
]);
export type Purpose = (typeof purposeEnum.enumValues)[number];
export type PurposeStates = Record<Purpose, boolean>;

export const consentMethodEnum = pgEnum("consent_method", [
  "banner",
  "settings",
  "gpc",
  "account",
  "sign_in_carry",
]);

/**
 * The consent ledger (ISO/IEC TS 27560 fields, C8): append-only. Erasure replaces `user_id`
 * with null and keeps the pseudonymous `subject_id`; nothing else is ever changed.
 */
export const consentEvents = pgTable(
  "consent_events",
  {
    /** The record id printed on the receipt. */
    id: uuid("id").primaryKey().defaultRandom(),
    /** Pseudonymous id from the consent cookie; the same for a guest and, later, their account. */
    subjectId: text("subject_id").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    noticeVersion: text("notice_version").notNull(),
    language: localeEnum("language").notNull(),
    purposes: jsonb("purposes").$type<PurposeStates>().notNull(),
    method: consentMethodEnum("method").notNull(),
    /** Whether the browser sent `Sec-GPC: 1` with the decision (C10). */
    gpc: boolean("gpc").notNull().default(false),
    jurisdiction: text("jurisdiction").notNull().default("DE"),
    withdrawalMethod: text("withdrawal_method").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("consent_events_subject_idx").on(t.subjectId, t.recordedAt),
    index("consent_events_user_idx").on(t.userId, t.recordedAt),
  ],
);

export const behaviourEventTypeEnum = pgEnum("behaviour_event_type", [
  "product_view",
  "category_view",
  "search",
  "add_to_cart",
  "checkout_started",
  "purchase",
]);

/** First-party behaviour events, recorded only with consent (analytics or personalization). */
export const behaviourEvents = pgTable(
  "behaviour_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** The consent subject id for guests; events of a guest are found through it. */
    subjectId: text("subject_id").notNull(),
    type: behaviourEventTypeEnum("type").notNull(),
    /** Which consented purpose allowed recording this event. */
    purpose: purposeEnum("purpose").notNull(),
    productId: uuid("product_id").references(() => products.id, { onDelete: "set null" }),
    categoryId: uuid("category_id").references(() => categories.id, { onDelete: "set null" }),
    query: text("query"),
    /**
     * The consent decision (ledger record) that allowed recording this event; null only when that
     * record no longer exists.
     */
    consentEventId: uuid("consent_event_id").references(() => consentEvents.id, {
      onDelete: "set null",
    }),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("behaviour_events_user_idx").on(t.userId, t.occurredAt),
    index("behaviour_events_subject_idx").on(t.subjectId),
    index("behaviour_events_occurred_idx").on(t.occurredAt),
    index("behaviour_events_consent_event_idx").on(t.consentEventId),
  ],
);

export const interestSentimentEnum = pgEnum("interest_sentiment", ["interested", "not_interested"]);

/** Interests the customer stated, and "not interested" marks on categories and brands (P3). */
export const statedInterests = pgTable(
  "stated_interests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id").references(() => categories.id, { onDelete: "cascade" }),
    brand: text("brand"),
    sentiment: interestSentimentEnum("sentiment").notNull().default("interested"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("stated_interests_user_idx").on(t.userId)],
);

export type ConsentEvent = typeof consentEvents.$inferSelect;
export type BehaviourEvent = typeof behaviourEvents.$inferSelect;

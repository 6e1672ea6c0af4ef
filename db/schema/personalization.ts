import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { localeEnum, users } from "./accounts";
import { categories, productVariants } from "./catalog";

export const personalizationLevelEnum = pgEnum("personalization_level", ["off", "session", "full"]);

/** The customer's own choices about personalization (P3), one row per customer. */
export const personalizationSettings = pgTable("personalization_settings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  level: personalizationLevelEnum("level").notNull().default("off"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A segment rule: attribute from an allow-list, operator and value (P6 exclusions are built in). */
export type SegmentRule = {
  attribute: string;
  operator: string;
  value: string | number | string[];
};

export const segmentStatusEnum = pgEnum("segment_status", ["draft", "active", "archived"]);

export const segments = pgTable(
  "segments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionDe: text("description_de").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    rules: jsonb("rules").$type<SegmentRule[]>().notNull(),
    status: segmentStatusEnum("status").notNull().default("active"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("segments_slug_key").on(t.slug)],
);

/** Derived data: which segment a customer fell into at the last evaluation. */
export const segmentMemberships = pgTable(
  "segment_memberships",
  {
    segmentId: uuid("segment_id")
      .notNull()
      .references(() => segments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.segmentId, t.userId] }),
    index("segment_memberships_user_idx").on(t.userId),
  ],
);

/** Derived data: affinities and scores computed from consented signals. */
export const customerProfiles = pgTable("customer_profiles", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  categoryAffinities: jsonb("category_affinities")
    .$type<Record<string, number>>()
    .notNull()
    .default({}),
  brandAffinities: jsonb("brand_affinities").$type<Record<string, number>>().notNull().default({}),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
});

export const offerKindEnum = pgEnum("offer_kind", [
  "percent",
  "fixed",
  "free_shipping",
  "bonus_product",
]);
export const offerTargetEnum = pgEnum("offer_target", ["everyone", "segment", "personal"]);
export const offerStatusEnum = pgEnum("offer_status", [
  "draft",
  "scheduled",
  "active",
  "paused",
  "ended",
]);

export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    nameDe: text("name_de").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionDe: text("description_de").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    kind: offerKindEnum("kind").notNull(),
    /** Percent (0-100) for `percent`, cents for `fixed`; unused otherwise. */
    value: integer("value").notNull().default(0),
    bonusVariantId: uuid("bonus_variant_id").references(() => productVariants.id),
    voucherCode: text("voucher_code"),
    target: offerTargetEnum("target").notNull(),
    segmentId: uuid("segment_id").references(() => segments.id),
    /**
     * For offers the engine gives personally: the category the offer is about (the engine gives it
     * to customers whose consented signals point there, e.g. coffee bought regularly).
     */
    focusCategoryId: uuid("focus_category_id").references(() => categories.id),
    minOrderCents: integer("min_order_cents").notNull().default(0),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    budgetCents: integer("budget_cents"),
    spentCents: integer("spent_cents").notNull().default(0),
    status: offerStatusEnum("status").notNull().default("draft"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("offers_slug_key").on(t.slug),
    uniqueIndex("offers_voucher_key").on(t.voucherCode),
  ],
);

/** The method or signal behind a personalized item (what "Why am I seeing this?" explains). */
export type ReasonSignal =
  | "purchase"
  | "co_purchase"
  | "category_affinity"
  | "brand_affinity"
  | "recently_viewed"
  | "replenishment"
  | "complement"
  | "stated_interest"
  | "segment"
  | "cart"
  | "viewing";

/**
 * One data point that chose a personalized item (P2): what it was, when, how much it weighed and
 * which consent allowed using it. Stored with assignments and in the personalization log (P7).
 */
export type Reason = {
  signal: ReasonSignal;
  /** Share of the item's score, 0..1 (the reasons of one item add up to 1). */
  weight: number;
  /**
   * What allowed using it: the personalization consent (history, behaviour), the customer's own
   * statement (interests), or only the page in view (no personal data).
   */
  basis: "personalization_consent" | "stated_by_customer" | "context";
  /** The data point in words: a product, category, brand or segment name. */
  subject: { de: string; en: string };
  /** When the data point happened (ISO timestamp), e.g. the purchase. */
  at?: string;
  /** How often (purchases of a consumable, co-purchases). */
  count?: number;
  /** The customer's usual interval between purchases of a consumable, in days. */
  intervalDays?: number;
};

/** An offer given to one customer, with the reasons when the engine chose it (P2, P4). */
export const offerAssignments = pgTable(
  "offer_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    automated: boolean("automated").notNull().default(false),
    reasons: jsonb("reasons").$type<Reason[]>().notNull().default([]),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
    dismissedAt: timestamp("dismissed_at", { withTimezone: true }),
    redeemedAt: timestamp("redeemed_at", { withTimezone: true }),
    orderId: uuid("order_id"),
  },
  (t) => [
    uniqueIndex("offer_assignments_offer_user_key").on(t.offerId, t.userId),
    index("offer_assignments_user_idx").on(t.userId),
  ],
);

/** Every personalized decision, shown back to the customer in the privacy center (P7). */
export const personalizationLog = pgTable(
  "personalization_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    surface: text("surface").notNull(),
    decision: jsonb("decision").$type<{ productIds?: string[]; offerIds?: string[] }>().notNull(),
    reasons: jsonb("reasons").$type<Reason[]>().notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("personalization_log_user_idx").on(t.userId, t.occurredAt)],
);

export const newsletterStatusEnum = pgEnum("newsletter_status", [
  "pending",
  "confirmed",
  "unsubscribed",
]);

/** Marketing mail only with double opt-in (UWG §7) and one-click unsubscribe. */
export const newsletterSubscriptions = pgTable(
  "newsletter_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    status: newsletterStatusEnum("status").notNull().default("pending"),
    /** Random token for the confirmation and unsubscribe links (its hash). */
    tokenHash: text("token_hash").notNull(),
    /** The language of the confirmation and of the newsletter. */
    locale: localeEnum("locale").notNull().default("de"),
    /**
     * The consent to e-mail marketing (UWG §7) as worded when it was given: with requested_at and
     * confirmed_at (the double opt-in) the proof of consent. Kept apart from the cookie-purpose
     * ledger, whose latest record decides the shop's purposes.
     */
    consentText: text("consent_text").notNull().default(""),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("newsletter_subscriptions_email_key").on(t.email),
    uniqueIndex("newsletter_subscriptions_token_key").on(t.tokenHash),
  ],
);

export type Offer = typeof offers.$inferSelect;
export type Segment = typeof segments.$inferSelect;

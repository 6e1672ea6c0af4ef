import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./accounts";
import { productVariants, products, stores } from "./catalog";
import { creditNotes, orderItems, orders } from "./orders";

export const withdrawalStatusEnum = pgEnum("withdrawal_status", ["received", "refunded"]);

/** Declarations made with the withdrawal function (§356a BGB): accounting records. */
export const withdrawals = pgTable(
  "withdrawals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    fullName: text("full_name").notNull(),
    /** The declaration as the customer confirmed it, repeated in the acknowledgment mail. */
    statement: text("statement").notNull(),
    status: withdrawalStatusEnum("status").notNull().default("received"),
    declaredAt: timestamp("declared_at", { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }),
    refundDueAt: timestamp("refund_due_at", { withTimezone: true }).notNull(),
    refundedAt: timestamp("refunded_at", { withTimezone: true }),
    creditNoteId: uuid("credit_note_id").references(() => creditNotes.id),
  },
  (t) => [index("withdrawals_order_idx").on(t.orderId), index("withdrawals_user_idx").on(t.userId)],
);

export const returnKindEnum = pgEnum("return_kind", ["return", "exchange"]);
export const returnStatusEnum = pgEnum("return_status", [
  "requested",
  "received",
  "refunded",
  "exchanged",
  "refused",
]);
export const returnMethodEnum = pgEnum("return_method", ["label", "store"]);

export const returns = pgTable(
  "returns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    withdrawalId: uuid("withdrawal_id").references(() => withdrawals.id),
    kind: returnKindEnum("kind").notNull(),
    status: returnStatusEnum("status").notNull().default("requested"),
    method: returnMethodEnum("method").notNull(),
    storeId: uuid("store_id").references(() => stores.id),
    reason: text("reason"),
    refusalReason: text("refusal_reason"),
    /** Printed on the return label; unguessable. */
    labelCode: text("label_code").notNull(),
    creditNoteId: uuid("credit_note_id").references(() => creditNotes.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("returns_label_code_key").on(t.labelCode),
    index("returns_order_idx").on(t.orderId),
    index("returns_user_idx").on(t.userId),
    index("returns_status_idx").on(t.status),
  ],
);

export const returnItems = pgTable(
  "return_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    returnId: uuid("return_id")
      .notNull()
      .references(() => returns.id, { onDelete: "cascade" }),
    orderItemId: uuid("order_item_id")
      .notNull()
      .references(() => orderItems.id),
    quantity: integer("quantity").notNull(),
    /** For an exchange: the variant or product of the same price that replaces it. */
    replacementVariantId: uuid("replacement_variant_id").references(() => productVariants.id),
  },
  (t) => [
    index("return_items_return_idx").on(t.returnId),
    check("return_items_quantity_check", sql`${t.quantity} > 0`),
  ],
);

export const reservationStatusEnum = pgEnum("reservation_status", [
  "active",
  "picked_up",
  "expired",
  "cancelled",
]);

/** Click-and-reserve: stock held in a store for pickup within 48 hours, paid on site. */
export const reservations = pgTable(
  "reservations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    storeId: uuid("store_id")
      .notNull()
      .references(() => stores.id),
    variantId: uuid("variant_id")
      .notNull()
      .references(() => productVariants.id),
    quantity: integer("quantity").notNull().default(1),
    pickupCode: text("pickup_code").notNull(),
    status: reservationStatusEnum("status").notNull().default("active"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("reservations_pickup_code_key").on(t.pickupCode),
    index("reservations_user_idx").on(t.userId),
    index("reservations_active_expiry_idx")
      .on(t.expiresAt)
      .where(sql`${t.status} = 'active'`),
  ],
);

export const priceAlertStatusEnum = pgEnum("price_alert_status", [
  "active",
  "triggered",
  "cancelled",
]);

export const priceAlerts = pgTable(
  "price_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    variantId: uuid("variant_id").references(() => productVariants.id, { onDelete: "cascade" }),
    targetPriceCents: integer("target_price_cents").notNull(),
    status: priceAlertStatusEnum("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    triggeredAt: timestamp("triggered_at", { withTimezone: true }),
    /** The price that triggered the alert, for the mail and the in-app notice. */
    triggeredPriceCents: integer("triggered_price_cents"),
    /** When the customer dismissed the in-app notice of a triggered alert. */
    noticeSeenAt: timestamp("notice_seen_at", { withTimezone: true }),
  },
  (t) => [
    index("price_alerts_user_idx").on(t.userId),
    index("price_alerts_product_active_idx")
      .on(t.productId)
      .where(sql`${t.status} = 'active'`),
  ],
);

export type Withdrawal = typeof withdrawals.$inferSelect;
export type Return = typeof returns.$inferSelect;
export type Reservation = typeof reservations.$inferSelect;
export type PriceAlert = typeof priceAlerts.$inferSelect;

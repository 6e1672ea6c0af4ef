import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { localeEnum, users } from "./accounts";
import { productVariants, products, stores } from "./catalog";

export const orderStatusEnum = pgEnum("order_status", [
  "placed",
  "paid",
  "shipped",
  "delivered",
  "ready_for_pickup",
  "picked_up",
  "cancelled",
]);
export const shippingMethodEnum = pgEnum("shipping_method", ["standard", "express", "pickup"]);
export const paymentMethodEnum = pgEnum("payment_method", ["card", "invoice"]);

export type PostalAddress = {
  fullName: string;
  company?: string | null;
  street: string;
  addressLine2?: string | null;
  postalCode: string;
  city: string;
  country: string;
};

/** VAT per rate after discounts and shipping were split across the rates. */
export type VatLine = { rate: number; grossCents: number; netCents: number; vatCents: number };

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Random, unguessable, shown to the customer and used in URLs. */
    orderNumber: text("order_number").notNull(),
    /** Null for guest orders and after the customer's account was erased. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    phone: text("phone"),
    locale: localeEnum("locale").notNull().default("de"),
    status: orderStatusEnum("status").notNull().default("placed"),
    shippingMethod: shippingMethodEnum("shipping_method").notNull(),
    paymentMethod: paymentMethodEnum("payment_method").notNull(),
    shippingAddress: jsonb("shipping_address").$type<PostalAddress>(),
    billingAddress: jsonb("billing_address").$type<PostalAddress>().notNull(),
    pickupStoreId: uuid("pickup_store_id").references(() => stores.id),
    subtotalCents: integer("subtotal_cents").notNull(),
    discountCents: integer("discount_cents").notNull().default(0),
    shippingCents: integer("shipping_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
    vatLines: jsonb("vat_lines").$type<VatLine[]>().notNull(),
    voucherCode: text("voucher_code"),
    /** The offer applied to this order, if any (results per offer are counted from it). */
    offerId: uuid("offer_id"),
    /** One order per checkout attempt, whatever the clicks, retries and reloads. */
    idempotencyKey: text("idempotency_key").notNull(),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull().defaultNow(),
    shippedAt: timestamp("shipped_at", { withTimezone: true }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** Set at erasure: kept only for tax and accounting until the retention ends (GDPR Art. 18). */
    restrictedAt: timestamp("restricted_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("orders_number_key").on(t.orderNumber),
    uniqueIndex("orders_idempotency_key").on(t.idempotencyKey),
    index("orders_user_idx").on(t.userId, t.placedAt),
    index("orders_placed_idx").on(t.placedAt),
    index("orders_email_idx").on(sql`lower(${t.email})`),
    check("orders_total_check", sql`${t.totalCents} >= 0`),
  ],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: uuid("product_id").references(() => products.id, { onDelete: "set null" }),
    variantId: uuid("variant_id").references(() => productVariants.id, { onDelete: "set null" }),
    /** Snapshots: the order stays as it was bought even when the catalogue changes. */
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    vatRate: integer("vat_rate").notNull(),
    discountCents: integer("discount_cents").notNull().default(0),
    totalCents: integer("total_cents").notNull(),
  },
  (t) => [
    index("order_items_order_idx").on(t.orderId),
    index("order_items_product_idx").on(t.productId),
    check("order_items_quantity_check", sql`${t.quantity} > 0`),
  ],
);

export const paymentStatusEnum = pgEnum("payment_status", [
  "pending",
  "requires_action",
  "authorized",
  "captured",
  "declined",
  "refunded",
  "partially_refunded",
]);

export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    method: paymentMethodEnum("method").notNull(),
    status: paymentStatusEnum("status").notNull(),
    amountCents: integer("amount_cents").notNull(),
    refundedCents: integer("refunded_cents").notNull().default(0),
    /** The provider's reference; never a card number. */
    providerReference: text("provider_reference"),
    /** Card brand and last four digits, as the provider reports them. */
    cardSummary: text("card_summary"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("payments_order_idx").on(t.orderId)],
);

/** Invoice numbers are sequential without gaps in intent (§14(4) Nr. 4 UStG). */
export const invoiceNumberSeq = pgSequence("invoice_number_seq", { startWith: 100001 });
export const creditNoteNumberSeq = pgSequence("credit_note_number_seq", { startWith: 500001 });

export type InvoiceSnapshot = {
  seller: { name: string; address: string; vatId: string };
  buyer: { name: string; address: PostalAddress; email: string };
  lines: {
    sku: string;
    name: string;
    quantity: number;
    unitPriceCents: number;
    vatRate: number;
    totalCents: number;
  }[];
  shippingCents: number;
  discountCents: number;
  totalCents: number;
  vatLines: VatLine[];
};

/** Issued invoices are immutable (GoBD): a trigger refuses UPDATE and DELETE. */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: bigint("number", { mode: "number" })
      .notNull()
      .default(sql`nextval('invoice_number_seq')`),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    totalCents: integer("total_cents").notNull(),
    snapshot: jsonb("snapshot").$type<InvoiceSnapshot>().notNull(),
  },
  (t) => [
    uniqueIndex("invoices_number_key").on(t.number),
    uniqueIndex("invoices_order_key").on(t.orderId),
  ],
);

export const creditNotes = pgTable(
  "credit_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: bigint("number", { mode: "number" })
      .notNull()
      .default(sql`nextval('credit_note_number_seq')`),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    amountCents: integer("amount_cents").notNull(),
    reason: text("reason").notNull(),
    snapshot: jsonb("snapshot").$type<Partial<InvoiceSnapshot>>().notNull(),
  },
  (t) => [
    uniqueIndex("credit_notes_number_key").on(t.number),
    index("credit_notes_invoice_idx").on(t.invoiceId),
  ],
);

export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type OrderItem = typeof orderItems.$inferSelect;
export type Invoice = typeof invoices.$inferSelect;

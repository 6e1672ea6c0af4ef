import { invoices, orderItems, orders, payments, type PostalAddress } from "@/db/schema";
import { computeVatLines } from "@/lib/pricing/vat";
import { generateOrderNumber } from "@/lib/orders/order-number";
import type { RandomSource } from "@/lib/random/random";
import { DAY_MS } from "./batch";

export type CatalogEntry = {
  productId: string;
  variantId: string;
  slug: string;
  sku: string;
  nameDe: string;
  priceCents: number;
  vatRate: number;
  categorySlug: string;
};

export type SeedOrderInput = {
  userId: string | null;
  email: string;
  address: PostalAddress;
  lines: { entry: CatalogEntry; quantity: number }[];
  placedAt: Date;
  now: Date;
  random: RandomSource;
};

export type SeedOrderRows = {
  order: typeof orders.$inferInsert;
  items: (typeof orderItems.$inferInsert)[];
  payment: typeof payments.$inferInsert;
  invoice: typeof invoices.$inferInsert;
};

export const SELLER = {
  name: "Vitrine Demo GmbH",
  address: "Musterstraße 1, 10115 Berlin",
  vatId: "DE000000000",
};

/** A historical order with its payment and invoice, as checkout would have written it. */
export function buildSeedOrder(input: SeedOrderInput): SeedOrderRows {
  const { random, placedAt, now } = input;
  const orderId = crypto.randomUUID();
  const items = input.lines.map(({ entry, quantity }) => ({
    id: crypto.randomUUID(),
    orderId,
    productId: entry.productId,
    variantId: entry.variantId,
    sku: entry.sku,
    name: entry.nameDe,
    quantity,
    unitPriceCents: entry.priceCents,
    vatRate: entry.vatRate,
    discountCents: 0,
    totalCents: entry.priceCents * quantity,
  }));
  const subtotalCents = items.reduce((sum, i) => sum + i.totalCents, 0);
  const methodRoll = random();
  const shippingMethod = methodRoll < 0.12 ? "pickup" : methodRoll < 0.22 ? "express" : "standard";
  const shippingCents =
    shippingMethod === "pickup"
      ? 0
      : shippingMethod === "express"
        ? 990
        : subtotalCents >= 5000
          ? 0
          : 490;
  const totalCents = subtotalCents + shippingCents;
  const vatLines = computeVatLines(
    items.map((i) => ({ grossCents: i.totalCents, rate: i.vatRate })),
    shippingCents,
    0,
  );
  const ageDays = (now.getTime() - placedAt.getTime()) / DAY_MS;
  const status =
    shippingMethod === "pickup"
      ? ageDays > 3
        ? "picked_up"
        : "ready_for_pickup"
      : ageDays > 6
        ? "delivered"
        : ageDays > 2
          ? "shipped"
          : "paid";
  const paymentMethod = random() < 0.3 ? "invoice" : "card";
  const order: typeof orders.$inferInsert = {
    id: orderId,
    orderNumber: generateOrderNumber(random),
    userId: input.userId,
    email: input.email,
    locale: "de",
    status,
    shippingMethod,
    paymentMethod,
    shippingAddress: shippingMethod === "pickup" ? null : input.address,
    billingAddress: input.address,
    subtotalCents,
    discountCents: 0,
    shippingCents,
    totalCents,
    vatLines,
    idempotencyKey: `seed-${orderId}`,
    placedAt,
    shippedAt:
      status === "shipped" || status === "delivered" ? new Date(placedAt.getTime() + DAY_MS) : null,
    deliveredAt: status === "delivered" ? new Date(placedAt.getTime() + 3 * DAY_MS) : null,
  };
  const payment: typeof payments.$inferInsert = {
    orderId,
    provider: "test",
    method: paymentMethod,
    status: "captured",
    amountCents: totalCents,
    providerReference: `test_${orderId.slice(0, 8)}`,
    cardSummary: paymentMethod === "card" ? "Visa •••• 4242" : null,
    createdAt: placedAt,
    updatedAt: placedAt,
  };
  const invoice: typeof invoices.$inferInsert = {
    orderId,
    issuedAt: placedAt,
    totalCents,
    snapshot: {
      seller: SELLER,
      buyer: { name: input.address.fullName, address: input.address, email: input.email },
      lines: items.map(({ sku, name, quantity, unitPriceCents, vatRate, totalCents: t }) => ({
        sku,
        name,
        quantity,
        unitPriceCents,
        vatRate,
        totalCents: t,
      })),
      shippingCents,
      discountCents: 0,
      totalCents,
      vatLines,
    },
  };
  return { order, items, payment, invoice };
}

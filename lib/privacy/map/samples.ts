/**
 * Building blocks of the data map's factories: realistic rows as the shop would write them, so that
 * export and erasure tests cover every personal table generically (architecture.md, "The data map").
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  carts,
  categories,
  creditNotes,
  invoices,
  offers,
  orderItems,
  orders,
  productVariants,
  products,
  returns,
  segments,
  stores,
  users,
  withdrawals,
  type PostalAddress,
} from "@/db/schema";
import { generateOrderNumber } from "@/lib/orders/order-number";
import { computeVatLines } from "@/lib/pricing/vat";
import { randomCode } from "@/lib/random/random";
import { DAY_MS } from "@/lib/time/days";
import type { SampleSubject } from "../data-map-types";

export const SAMPLE_NAME = "Erika Mustermann";
export const SAMPLE_ADDRESS: PostalAddress = {
  fullName: SAMPLE_NAME,
  street: "Heidestraße 17",
  postalCode: "51147",
  city: "Köln",
  country: "DE",
};
const SAMPLE_SELLER = {
  name: "Vitrine Demo GmbH",
  address: "Musterstraße 1, 10115 Berlin",
  vatId: "DE000000000",
};

/** The hash of a fresh random token, as the shop stores one-time tokens and codes. */
export function sampleTokenHash(): string {
  return createHash("sha256").update(randomBytes(32)).digest("hex");
}

/** A pseudonymous consent subject id, as the consent cookie carries it. */
export function sampleConsentSubjectId(): string {
  return `s_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
}

export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY_MS);
}

/** The subject's account: the factories of dependent rows need it; does nothing when it exists. */
export async function ensureSampleUser(db: Database, subject: SampleSubject): Promise<void> {
  await db
    .insert(users)
    .values({
      id: subject.userId,
      email: subject.email,
      name: SAMPLE_NAME,
      role: "customer",
      locale: "de",
    })
    .onConflictDoNothing();
}

export type SampleVariant = {
  variantId: string;
  productId: string;
  categoryId: string;
  sku: string;
  name: string;
  priceCents: number;
  vatRate: number;
};

/**
 * A sellable variant outside the sensitive categories (health, pharmacy, erotic: GDPR Art. 9), so that
 * sample behaviour and interests never look like special-category data; created when there is none.
 */
export async function sampleVariant(db: Database): Promise<SampleVariant> {
  const fields = {
    variantId: productVariants.id,
    productId: products.id,
    categoryId: products.categoryId,
    sku: productVariants.sku,
    name: products.nameDe,
    priceCents: productVariants.priceCents,
    vatRate: products.vatRate,
  };
  const [found] = await db
    .select(fields)
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(
      and(
        eq(productVariants.active, true),
        eq(products.status, "active"),
        eq(categories.sensitive, false),
      ),
    )
    .orderBy(asc(productVariants.sku))
    .limit(1);
  if (found) return found;
  const suffix = randomCode(8).toLowerCase();
  const [category] = await db
    .insert(categories)
    .values({ slug: `muster-${suffix}`, nameDe: "Musterkategorie", nameEn: "Sample category" })
    .returning({ id: categories.id });
  const [product] = await db
    .insert(products)
    .values({
      slug: `musterprodukt-${suffix}`,
      categoryId: category!.id,
      brand: "Muster",
      nameDe: "Musterprodukt",
      nameEn: "Sample product",
      descriptionDe: "Ein Produkt für Tests.",
      descriptionEn: "A product for tests.",
      vatRate: 1900,
    })
    .returning({ id: products.id });
  const [variant] = await db
    .insert(productVariants)
    .values({ productId: product!.id, sku: `MUSTER-${suffix}`, priceCents: 1999 })
    .returning({ id: productVariants.id });
  return {
    variantId: variant!.id,
    productId: product!.id,
    categoryId: category!.id,
    sku: `MUSTER-${suffix}`,
    name: "Musterprodukt",
    priceCents: 1999,
    vatRate: 1900,
  };
}

/** A physical store; one is created when there is none. */
export async function sampleStoreId(db: Database): Promise<string> {
  const [found] = await db
    .select({ id: stores.id })
    .from(stores)
    .where(eq(stores.kind, "store"))
    .limit(1);
  if (found) return found.id;
  const [created] = await db
    .insert(stores)
    .values({
      slug: `filiale-${randomCode(8).toLowerCase()}`,
      name: "Vitrine Köln",
      street: "Hohe Straße 1",
      postalCode: "50667",
      city: "Köln",
      latitude: 50.9375,
      longitude: 6.9603,
    })
    .returning({ id: stores.id });
  return created!.id;
}

export type SampleOrder = {
  orderId: string;
  orderItemId: string;
  totalCents: number;
  variant: SampleVariant;
};

/**
 * A paid standard-delivery order of one item, as checkout writes it. `userId: null` makes a guest
 * order that only its e-mail address ties to a person.
 */
export async function insertSampleOrder(
  db: Database,
  owner: { userId: string | null; email: string },
): Promise<SampleOrder> {
  if (owner.userId) await ensureSampleUser(db, { userId: owner.userId, email: owner.email });
  const variant = await sampleVariant(db);
  const shippingCents = 490;
  const totalCents = variant.priceCents + shippingCents;
  const orderId = randomUUID();
  const placedAt = daysFromNow(-5);
  await db.insert(orders).values({
    id: orderId,
    orderNumber: generateOrderNumber(),
    userId: owner.userId,
    email: owner.email,
    phone: "+49 221 555 0147",
    locale: "de",
    status: "shipped",
    shippingMethod: "standard",
    paymentMethod: "card",
    shippingAddress: SAMPLE_ADDRESS,
    billingAddress: SAMPLE_ADDRESS,
    subtotalCents: variant.priceCents,
    shippingCents,
    totalCents,
    vatLines: computeVatLines(
      [{ grossCents: variant.priceCents, rate: variant.vatRate }],
      shippingCents,
      0,
    ),
    idempotencyKey: `checkout-${randomUUID()}`,
    placedAt,
    shippedAt: new Date(placedAt.getTime() + DAY_MS),
  });
  const orderItemId = randomUUID();
  await db.insert(orderItems).values({
    id: orderItemId,
    orderId,
    productId: variant.productId,
    variantId: variant.variantId,
    sku: variant.sku,
    name: variant.name,
    quantity: 1,
    unitPriceCents: variant.priceCents,
    vatRate: variant.vatRate,
    totalCents: variant.priceCents,
  });
  return { orderId, orderItemId, totalCents, variant };
}

export async function insertSampleInvoice(
  db: Database,
  order: SampleOrder,
  email: string,
): Promise<string> {
  const { variant } = order;
  const [invoice] = await db
    .insert(invoices)
    .values({
      orderId: order.orderId,
      totalCents: order.totalCents,
      snapshot: {
        seller: SAMPLE_SELLER,
        buyer: { name: SAMPLE_NAME, address: SAMPLE_ADDRESS, email },
        lines: [
          {
            sku: variant.sku,
            name: variant.name,
            quantity: 1,
            unitPriceCents: variant.priceCents,
            vatRate: variant.vatRate,
            totalCents: variant.priceCents,
          },
        ],
        shippingCents: order.totalCents - variant.priceCents,
        discountCents: 0,
        totalCents: order.totalCents,
        vatLines: computeVatLines(
          [{ grossCents: variant.priceCents, rate: variant.vatRate }],
          490,
          0,
        ),
      },
    })
    .returning({ id: invoices.id });
  return invoice!.id;
}

export async function insertSampleCreditNote(
  db: Database,
  invoiceId: string,
  order: SampleOrder,
): Promise<string> {
  const [note] = await db
    .insert(creditNotes)
    .values({
      invoiceId,
      amountCents: order.totalCents,
      reason: "Widerruf",
      snapshot: { totalCents: order.totalCents },
    })
    .returning({ id: creditNotes.id });
  return note!.id;
}

export async function insertSampleWithdrawal(
  db: Database,
  owner: { userId: string | null; email: string },
  orderId: string,
): Promise<string> {
  const [row] = await db
    .insert(withdrawals)
    .values({
      orderId,
      userId: owner.userId,
      email: owner.email,
      fullName: SAMPLE_NAME,
      statement:
        "Hiermit widerrufe ich den von mir abgeschlossenen Vertrag über den Kauf der folgenden Waren.",
      refundDueAt: daysFromNow(14),
      acknowledgedAt: new Date(),
    })
    .returning({ id: withdrawals.id });
  return row!.id;
}

export async function insertSampleReturn(
  db: Database,
  subject: SampleSubject,
): Promise<{ returnId: string; order: SampleOrder }> {
  const order = await insertSampleOrder(db, subject);
  const [row] = await db
    .insert(returns)
    .values({
      orderId: order.orderId,
      userId: subject.userId,
      kind: "return",
      method: "label",
      reason: "Passt nicht",
      labelCode: `R-${randomCode(12)}`,
    })
    .returning({ id: returns.id });
  return { returnId: row!.id, order };
}

export async function insertSampleCart(db: Database, subject: SampleSubject): Promise<string> {
  await ensureSampleUser(db, subject);
  const [cart] = await db
    .insert(carts)
    .values({ userId: subject.userId, status: "active" })
    .returning({ id: carts.id });
  return cart!.id;
}

/** A fresh active segment (memberships point at one). */
export async function insertSampleSegment(db: Database): Promise<string> {
  const [row] = await db
    .insert(segments)
    .values({
      slug: `kaffeeliebhaber-${randomCode(8).toLowerCase()}`,
      nameDe: "Kaffeeliebhaber",
      nameEn: "Coffee lovers",
      rules: [{ attribute: "category_purchases", operator: "gte", value: 2 }],
    })
    .returning({ id: segments.id });
  return row!.id;
}

/** A fresh active offer (assignments point at one). */
export async function insertSampleOffer(db: Database): Promise<string> {
  const [row] = await db
    .insert(offers)
    .values({
      slug: `espresso-10-${randomCode(8).toLowerCase()}`,
      nameDe: "10 % auf Espresso",
      nameEn: "10 % off espresso",
      kind: "percent",
      value: 10,
      target: "personal",
      startsAt: daysFromNow(-1),
      endsAt: daysFromNow(13),
      status: "active",
    })
    .returning({ id: offers.id });
  return row!.id;
}

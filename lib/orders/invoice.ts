import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  creditNotes,
  invoices,
  type Invoice,
  type InvoiceSnapshot,
  type Order,
  type OrderItem,
} from "@/db/schema";
import { SELLER } from "@/db/seed/orders";

export type InvoiceOrder = Pick<
  Order,
  "id" | "email" | "billingAddress" | "shippingCents" | "discountCents" | "totalCents" | "vatLines"
>;
export type InvoiceItem = Pick<
  OrderItem,
  "sku" | "name" | "quantity" | "unitPriceCents" | "vatRate"
>;

/**
 * What the invoice says, frozen at issue (§14(4) UStG: seller and buyer with addresses, the
 * seller's VAT id, quantity and description of the goods, amounts per rate, the rate and the tax).
 * Lines carry their gross value before the basket discount, as the seed's invoices do; the
 * discount and shipping appear once, and `vatLines` already splits both across the rates.
 */
export function buildInvoiceSnapshot(
  order: InvoiceOrder,
  items: readonly InvoiceItem[],
): InvoiceSnapshot {
  return {
    seller: SELLER,
    buyer: {
      name: order.billingAddress.fullName,
      address: order.billingAddress,
      email: order.email,
    },
    lines: items.map((item) => ({
      sku: item.sku,
      name: item.name,
      quantity: item.quantity,
      unitPriceCents: item.unitPriceCents,
      vatRate: item.vatRate,
      totalCents: item.unitPriceCents * item.quantity,
    })),
    shippingCents: order.shippingCents,
    discountCents: order.discountCents,
    totalCents: order.totalCents,
    vatLines: order.vatLines,
  };
}

/** Issues the order's invoice; its number comes from the sequence (the column default). */
export async function issueInvoice(
  db: Database,
  input: { order: InvoiceOrder; items: readonly InvoiceItem[]; now: Date },
): Promise<Pick<Invoice, "id" | "number">> {
  const [row] = await db
    .insert(invoices)
    .values({
      orderId: input.order.id,
      issuedAt: input.now,
      totalCents: input.order.totalCents,
      snapshot: buildInvoiceSnapshot(input.order, input.items),
    })
    .returning({ id: invoices.id, number: invoices.number });
  if (!row) throw new Error("The invoice was not issued");
  return row;
}

/**
 * Cancels an issued invoice the only way GoBD allows: the invoice stays as it is and a credit
 * note with its own number refers to it, repeating what is credited.
 */
export async function issueCreditNoteForOrder(
  db: Database,
  input: { orderId: string; reason: string; now: Date },
): Promise<{ id: string; number: number } | null> {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(eq(invoices.orderId, input.orderId))
    .limit(1);
  if (!invoice) return null;
  const { seller, buyer, lines, shippingCents, discountCents, totalCents, vatLines } =
    invoice.snapshot;
  const [row] = await db
    .insert(creditNotes)
    .values({
      invoiceId: invoice.id,
      issuedAt: input.now,
      amountCents: invoice.totalCents,
      reason: input.reason,
      snapshot: { seller, buyer, lines, shippingCents, discountCents, totalCents, vatLines },
    })
    .returning({ id: creditNotes.id, number: creditNotes.number });
  if (!row) throw new Error("The credit note was not issued");
  return row;
}

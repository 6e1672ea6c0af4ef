import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { carts, orderItems, orders, payments, stores } from "@/db/schema";
import { getActiveCartId, getCartView, markCartOrdered } from "@/lib/cart/cart";
import { cartTotals } from "@/lib/cart/cart-totals";
import type { CartLine } from "@/lib/cart/types";
import { enqueueOrderConfirmation } from "@/lib/orders/confirmation-mail";
import { issueInvoice } from "@/lib/orders/invoice";
import { generateOrderNumber } from "@/lib/orders/order-number";
import { getWarehouseId, takeStock } from "@/lib/orders/stock";
import { secureRandom } from "@/lib/random/random";
import { isUniqueViolation, redeemOffer, replay, userIdOf } from "./order-records";
import type { CheckoutDeps, PlaceOrderInput, PlaceOrderResult } from "./types";

export type { CheckoutDeps, PlaceOrderInput, PlaceOrderResult } from "./types";

/** Thrown inside the transaction to roll everything back and answer with `result`. */
class Rollback extends Error {
  constructor(readonly result: PlaceOrderResult) {
    super(result.status);
  }
}

function lineName(line: CartLine, locale: "de" | "en"): string {
  const name = locale === "de" ? line.nameDe : line.nameEn;
  const variant = [line.size, line.colour].filter(Boolean).join(", ");
  return variant ? `${name} (${variant})` : name;
}

/**
 * Places an order in one transaction: the cart (owner-scoped) at today's prices, the totals from
 * computeTotals, the stock taken with guarded updates, the payment authorized, then the order, its
 * items, payment, invoice and confirmation mail written and the cart closed. Anything that fails
 * (an empty cart, a changed total, a missing unit, a declined payment) rolls all of it back.
 */
export async function placeOrder(
  db: Database,
  input: PlaceOrderInput,
  deps: CheckoutDeps,
): Promise<PlaceOrderResult> {
  if ((input.shippingMethod === "pickup") !== (input.shippingAddress === null)) {
    throw new Error("A shipping address is needed exactly when the order is not picked up");
  }
  const earlier = await replay(db, input);
  if (earlier) return earlier;
  const userId = userIdOf(input.owner);
  // A payment taken in a transaction that then fails must be given back (compensation).
  const captured: { payment: { providerReference: string; amountCents: number } | null } = {
    payment: null,
  };
  try {
    return await db.transaction(async (tx) => {
      // The cart row lock makes concurrent checkouts of one cart (two tabs, a double click) run
      // one after the other; the later one finds the cart ordered.
      const cartId = await getActiveCartId(tx, input.owner);
      const [locked] = cartId
        ? await tx
            .select({ id: carts.id })
            .from(carts)
            .where(and(eq(carts.id, cartId), eq(carts.status, "active")))
            .for("update")
        : [];
      if (!locked) throw new Rollback((await replay(tx, input)) ?? { status: "empty_cart" });
      const view = await getCartView(tx, input.owner, input.now, input.personalization);
      if (view.cartId !== locked.id || view.lines.length === 0) {
        throw new Rollback({ status: "empty_cart" });
      }
      const totals = cartTotals(view, input.shippingMethod);
      if (input.expectedTotalCents !== null && totals.totalCents !== input.expectedTotalCents) {
        throw new Rollback({ status: "price_changed", totalCents: totals.totalCents });
      }
      if (input.shippingMethod === "pickup") {
        const [store] = input.pickupStoreId
          ? await tx
              .select({ id: stores.id })
              .from(stores)
              .where(and(eq(stores.id, input.pickupStoreId), eq(stores.kind, "store")))
          : [];
        if (!store) throw new Rollback({ status: "invalid_pickup_store" });
      }

      const orderNumber = generateOrderNumber(deps.random ?? secureRandom);
      // Inserted first: a second request with the same key waits here on the unique index and
      // then fails, before it touches stock or payment.
      const [order] = await tx
        .insert(orders)
        .values({
          orderNumber,
          userId,
          email: input.email.trim(),
          phone: input.phone,
          locale: input.locale,
          status: "placed",
          shippingMethod: input.shippingMethod,
          paymentMethod: input.payment.kind,
          shippingAddress: input.shippingAddress,
          billingAddress: input.billingAddress,
          pickupStoreId: input.shippingMethod === "pickup" ? input.pickupStoreId : null,
          subtotalCents: totals.subtotalCents,
          discountCents: totals.discountCents,
          shippingCents: totals.shippingCents,
          totalCents: totals.totalCents,
          vatLines: totals.vatLines,
          voucherCode: totals.discountApplied ? (view.voucher?.code ?? null) : null,
          offerId: totals.discountApplied ? (view.voucher?.offerId ?? null) : null,
          idempotencyKey: input.idempotencyKey,
          placedAt: input.now,
        })
        .returning();
      if (!order) throw new Error("The order was not written");

      // Variants in a fixed order, so that two orders never wait on each other's rows in a cycle.
      const warehouseId = await getWarehouseId(tx);
      const missing: { variantId: string; sku: string; name: string }[] = [];
      for (const line of [...view.lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
        const taken = await takeStock(tx, {
          variantId: line.variantId,
          warehouseId,
          quantity: line.quantity,
          now: input.now,
        });
        if (!taken) {
          missing.push({
            variantId: line.variantId,
            sku: line.sku,
            name: lineName(line, input.locale),
          });
        }
      }
      if (missing.length > 0) throw new Rollback({ status: "out_of_stock", lines: missing });

      const items = view.lines.map((line) => {
        const discountCents = totals.lineDiscounts[line.itemId] ?? 0;
        return {
          orderId: order.id,
          productId: line.productId,
          variantId: line.variantId,
          sku: line.sku,
          name: lineName(line, input.locale),
          quantity: line.quantity,
          unitPriceCents: line.unitPriceCents,
          vatRate: line.vatRate,
          discountCents,
          // What the line costs after its share of the basket discount.
          totalCents: line.unitPriceCents * line.quantity - discountCents,
        };
      });
      await tx.insert(orderItems).values(items);

      const authorization = await deps.provider.authorize({
        amountCents: totals.totalCents,
        currency: "EUR",
        method: input.payment,
        reference: input.idempotencyKey,
        now: input.now,
      });
      if (authorization.status === "declined") {
        throw new Rollback({ status: "declined", reason: authorization.reason });
      }
      if (authorization.status === "captured") {
        captured.payment = {
          providerReference: authorization.providerReference,
          amountCents: totals.totalCents,
        };
      }
      await tx.insert(payments).values({
        orderId: order.id,
        provider: deps.provider.name,
        method: input.payment.kind,
        status: authorization.status,
        amountCents: totals.totalCents,
        providerReference:
          authorization.status === "requires_action"
            ? authorization.challengeReference
            : authorization.providerReference,
        cardSummary: authorization.cardSummary,
        createdAt: input.now,
        updatedAt: input.now,
      });
      await markCartOrdered(tx, { cartId: locked.id, now: input.now });
      if (order.offerId) {
        await redeemOffer(tx, {
          offerId: order.offerId,
          userId,
          orderId: order.id,
          discountCents: totals.discountCents,
          now: input.now,
        });
      }

      if (authorization.status === "requires_action") {
        // The order holds its stock until the challenge is confirmed or fails (completeChallenge).
        return {
          status: "requires_action",
          orderNumber,
          challengeReference: authorization.challengeReference,
          replayed: false,
        } as const;
      }
      await tx.update(orders).set({ status: "paid" }).where(eq(orders.id, order.id));
      await issueInvoice(tx, { order, items, now: input.now });
      await enqueueOrderConfirmation(tx, { orderId: order.id, baseUrl: deps.baseUrl ?? null });
      return { status: "placed", orderNumber, orderStatus: "paid", replayed: false } as const;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    if (captured.payment) {
      await deps.provider
        .refund({ ...captured.payment, now: input.now })
        .catch((refundError: unknown) =>
          console.error("[checkout] refunding a payment of a failed order failed", refundError),
        );
    }
    // Two requests with one key at the same moment: the loser reads the winner's order.
    if (isUniqueViolation(error, "orders_idempotency_key")) {
      const winner = await replay(db, input);
      if (winner) return winner;
    }
    throw error;
  }
}

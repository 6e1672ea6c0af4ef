import type { PostalAddress } from "@/db/schema";
import type { CartOwner } from "@/lib/cart/types";
import type { DeclineReason, PaymentMethodInput, PaymentProvider } from "@/lib/payments/provider";
import type { ShippingMethod } from "@/lib/pricing/totals";
import type { RandomSource } from "@/lib/random/random";

export type PlaceOrderInput = {
  owner: CartOwner;
  /** The customer's account address, or what the guest typed. */
  email: string;
  phone: string | null;
  locale: "de" | "en";
  /** Whether personalization is allowed for the customer now: personal offers apply only then. */
  personalization: boolean;
  shippingMethod: ShippingMethod;
  /** A store of kind "store", for pickup. */
  pickupStoreId: string | null;
  /** Null exactly for pickup. */
  shippingAddress: PostalAddress | null;
  billingAddress: PostalAddress;
  payment: PaymentMethodInput;
  /** Made when the checkout page rendered: clicks, retries and reloads of it make one order. */
  idempotencyKey: string;
  /** The total the customer saw next to the button; another total is refused, not charged. */
  expectedTotalCents: number | null;
  now: Date;
};

export type CheckoutDeps = {
  provider: PaymentProvider;
  /** For the link in the confirmation mail; null leaves it out. */
  baseUrl?: string | null;
  random?: RandomSource;
};

export type PlaceOrderResult =
  | { status: "placed"; orderNumber: string; orderStatus: string; replayed: boolean }
  | {
      status: "requires_action";
      orderNumber: string;
      challengeReference: string;
      replayed: boolean;
    }
  | { status: "empty_cart" }
  | { status: "price_changed"; totalCents: number }
  | { status: "out_of_stock"; lines: { variantId: string; sku: string; name: string }[] }
  | { status: "invalid_pickup_store" }
  | { status: "declined"; reason: DeclineReason }
  /** The idempotency key belongs to someone else's order: nothing is revealed about it. */
  | { status: "conflict" };

import type { Discount } from "@/lib/pricing/totals";

/** Whose cart: a signed-in customer's, or a guest's found by the id in the httpOnly cookie. */
export type CartOwner = { userId: string } | { guestCartId: string };

export type CartLine = {
  itemId: string;
  variantId: string;
  productId: string;
  slug: string;
  nameDe: string;
  nameEn: string;
  sku: string;
  size: string | null;
  colour: string | null;
  imageUrl: string | null;
  imageAltDe: string;
  imageAltEn: string;
  /** Current price of the variant, VAT included. */
  unitPriceCents: number;
  vatRate: number;
  quantity: number;
  /** Units on hand in the online warehouse right now. */
  availableOnline: number;
  unitKind: "weight" | "volume" | "length" | null;
  unitContent: number | null;
};

export type AppliedVoucher = {
  code: string;
  offerId: string;
  nameDe: string;
  nameEn: string;
  discount: Discount;
  /** Chosen for this customer by automated personalization: the price says so (P4). */
  automated: boolean;
};

export type CartView = {
  cartId: string | null;
  lines: CartLine[];
  voucher: AppliedVoucher | null;
};

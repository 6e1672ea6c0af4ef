import type { CartView } from "@/lib/cart/types";

/** A saved address as the checkout offers it (serializable, for the client form). */
export type SavedAddressOption = {
  id: string;
  fullName: string;
  lines: string[];
  isDefaultShipping: boolean;
  isDefaultBilling: boolean;
};

export type PickupStoreOption = {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
};

export type CheckoutCart = Pick<CartView, "lines" | "voucher">;

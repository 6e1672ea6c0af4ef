import { z } from "zod";
import type { PostalAddress } from "@/db/schema";
import {
  isCardNumberFormat,
  isCvcFormat,
  isExpiryInFuture,
  parseExpiry,
} from "@/lib/payments/card";
import type { PaymentMethodInput } from "@/lib/payments/provider";
import { SHIPPING_METHODS, type ShippingMethod } from "@/lib/pricing/totals";
import { addressSchema, emailSchema } from "@/lib/validation/account";

/*
 * The checkout form as plain data (pure, unit-tested). Field names are the form's; error messages
 * are keys of the `checkout.validation` catalogue, or else of the shared `validation` one.
 */

export const ADDRESS_FIELDS = [
  "fullName",
  "company",
  "street",
  "addressLine2",
  "postalCode",
  "city",
  "country",
] as const;

/** The first address block: the shipping address, or the buyer's address for pickup. */
export const SHIPPING_PREFIX = "shipping_";
export const BILLING_PREFIX = "billing_";
/** The value of the address choice that means "the fields below". */
export const NEW_ADDRESS = "new";

const postalAddressSchema = addressSchema.pick({
  fullName: true,
  company: true,
  street: true,
  addressLine2: true,
  postalCode: true,
  city: true,
  country: true,
});

export type AddressChoice = { kind: "saved"; id: string } | { kind: "new"; address: PostalAddress };

export type CheckoutForm = {
  /** Null for signed-in customers: their account address is used. */
  email: string | null;
  shippingMethod: ShippingMethod;
  pickupStoreId: string | null;
  address: AddressChoice;
  /** "same" uses `address` as the billing address too. */
  billing: AddressChoice | "same";
  payment: PaymentMethodInput;
  idempotencyKey: string;
  expectedTotalCents: number | null;
};

export type CheckoutFormResult =
  { ok: true; data: CheckoutForm } | { ok: false; fieldErrors: Record<string, string> };

const uuid = z.uuid();

function parseAddress(
  values: Record<string, string>,
  choiceField: string,
  prefix: string,
  errors: Record<string, string>,
): AddressChoice | null {
  const choice = values[choiceField] ?? NEW_ADDRESS;
  if (choice !== NEW_ADDRESS) {
    if (uuid.safeParse(choice).success) return { kind: "saved", id: choice };
    errors[choiceField] = "addressChoice";
    return null;
  }
  const parsed = postalAddressSchema.safeParse(
    Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, values[`${prefix}${field}`] ?? ""])),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors[`${prefix}${String(issue.path[0])}`] ??= issue.message;
    }
    return null;
  }
  const { company, addressLine2, ...rest } = parsed.data;
  return {
    kind: "new",
    address: { ...rest, company: company || null, addressLine2: addressLine2 || null },
  };
}

function parsePayment(
  values: Record<string, string>,
  now: Date,
  errors: Record<string, string>,
): PaymentMethodInput | null {
  const method = values.paymentMethod;
  if (method === "invoice") return { kind: "invoice" };
  if (method !== "card") {
    errors.paymentMethod = "paymentMethodRequired";
    return null;
  }
  const number = (values.cardNumber ?? "").trim();
  const expiry = (values.cardExpiry ?? "").trim();
  const cvc = (values.cardCvc ?? "").trim();
  if (!isCardNumberFormat(number)) errors.cardNumber = "cardNumberInvalid";
  if (!parseExpiry(expiry)) errors.cardExpiry = "expiryInvalid";
  else if (!isExpiryInFuture(expiry, now)) errors.cardExpiry = "expiryPast";
  if (!isCvcFormat(cvc)) errors.cardCvc = "cvcInvalid";
  if (errors.cardNumber || errors.cardExpiry || errors.cardCvc) return null;
  return { kind: "card", card: { number, expiry, cvc } };
}

/** Reads the submitted checkout form; a guest must give an e-mail address. */
export function parseCheckoutForm(
  values: Record<string, string>,
  context: { guest: boolean; now: Date },
): CheckoutFormResult {
  const errors: Record<string, string> = {};

  let email: string | null = null;
  if (context.guest) {
    const parsed = emailSchema.safeParse(values.email ?? "");
    if (parsed.success) email = parsed.data;
    else errors.email = parsed.error.issues[0]?.message ?? "emailInvalid";
  }

  const shippingMethod = SHIPPING_METHODS.find((m) => m === values.shippingMethod) ?? null;
  if (!shippingMethod) errors.shippingMethod = "shippingMethodRequired";
  let pickupStoreId: string | null = null;
  if (shippingMethod === "pickup") {
    if (uuid.safeParse(values.pickupStoreId ?? "").success) pickupStoreId = values.pickupStoreId!;
    else errors.pickupStoreId = "pickupStoreRequired";
  }

  const address = parseAddress(values, "shippingAddressId", SHIPPING_PREFIX, errors);
  const billing =
    values.billingSame === "on"
      ? ("same" as const)
      : parseAddress(values, "billingAddressId", BILLING_PREFIX, errors);
  const payment = parsePayment(values, context.now, errors);

  const idempotencyKey = values.idempotencyKey ?? "";
  if (!uuid.safeParse(idempotencyKey).success) errors.form = "invalid";
  const expected = values.expectedTotalCents ?? "";
  const expectedTotalCents = /^[0-9]{1,9}$/.test(expected) ? Number(expected) : null;

  if (Object.keys(errors).length > 0 || !shippingMethod || !address || !billing || !payment) {
    return { ok: false, fieldErrors: errors };
  }
  return {
    ok: true,
    data: {
      email,
      shippingMethod,
      pickupStoreId,
      address,
      billing,
      payment,
      idempotencyKey,
      expectedTotalCents,
    },
  };
}

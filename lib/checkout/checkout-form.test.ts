import { describe, expect, it } from "vitest";
import { parseCheckoutForm } from "./checkout-form";

const now = new Date("2026-06-15T10:00:00Z");
const key = "0b9c7c52-3f7e-4c55-9d2b-0b5e8c1f2a10";
const storeId = "5d1f8b7e-0c1a-4a8e-8d6e-3f2b1c0a9e87";

const base: Record<string, string> = {
  email: "erika@example.com",
  shippingMethod: "standard",
  shippingAddressId: "new",
  shipping_fullName: "Erika Mustermann",
  shipping_company: "",
  shipping_street: "Heidestraße 17",
  shipping_addressLine2: "",
  shipping_postalCode: "51147",
  shipping_city: "Köln",
  shipping_country: "DE",
  billingSame: "on",
  paymentMethod: "card",
  cardNumber: "4242 4242 4242 4242",
  cardExpiry: "12/29",
  cardCvc: "123",
  idempotencyKey: key,
  expectedTotalCents: "4990",
};

describe("parseCheckoutForm", () => {
  it("reads a guest's order with a new address, billing the same, paid by card", () => {
    const result = parseCheckoutForm(base, { guest: true, now });
    expect(result).toEqual({
      ok: true,
      data: {
        email: "erika@example.com",
        shippingMethod: "standard",
        pickupStoreId: null,
        address: {
          kind: "new",
          address: {
            fullName: "Erika Mustermann",
            company: null,
            street: "Heidestraße 17",
            addressLine2: null,
            postalCode: "51147",
            city: "Köln",
            country: "DE",
          },
        },
        billing: "same",
        payment: {
          kind: "card",
          card: { number: "4242 4242 4242 4242", expiry: "12/29", cvc: "123" },
        },
        idempotencyKey: key,
        expectedTotalCents: 4990,
      },
    });
  });

  it("names every wrong field with a message key", () => {
    const result = parseCheckoutForm(
      {
        ...base,
        email: "nope",
        shippingMethod: "pickup",
        shipping_postalCode: "1234",
        shipping_street: "",
        billingSame: "",
        billingAddressId: "not-a-uuid",
        cardNumber: "4242",
        cardExpiry: "05/26",
        cardCvc: "12",
      },
      { guest: true, now },
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        email: "emailInvalid",
        pickupStoreId: "pickupStoreRequired",
        shipping_postalCode: "postalCodeInvalid",
        shipping_street: "streetRequired",
        billingAddressId: "addressChoice",
        cardNumber: "cardNumberInvalid",
        cardExpiry: "expiryPast",
        cardCvc: "cvcInvalid",
      },
    });
  });

  it("takes saved addresses, pickup and invoice, and needs no e-mail from a customer", () => {
    const saved = "a3c9d7e1-2b4f-4c6a-8e0d-1f2a3b4c5d6e";
    const result = parseCheckoutForm(
      {
        shippingMethod: "pickup",
        pickupStoreId: storeId,
        shippingAddressId: saved,
        billingAddressId: saved,
        paymentMethod: "invoice",
        idempotencyKey: key,
        expectedTotalCents: "",
      },
      { guest: false, now },
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        email: null,
        shippingMethod: "pickup",
        pickupStoreId: storeId,
        address: { kind: "saved", id: saved },
        billing: { kind: "saved", id: saved },
        payment: { kind: "invoice" },
        expectedTotalCents: null,
      },
    });
  });

  it("refuses a missing idempotency key, shipping method and payment method", () => {
    const result = parseCheckoutForm(
      { ...base, idempotencyKey: "", shippingMethod: "drone", paymentMethod: "" },
      { guest: true, now },
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        form: "invalid",
        shippingMethod: "shippingMethodRequired",
        paymentMethod: "paymentMethodRequired",
      },
    });
  });
});

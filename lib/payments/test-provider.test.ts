import { describe, expect, it } from "vitest";
import { cardBrand, isExpiryInFuture, parseExpiry } from "./card";
import type { AuthorizeRequest, PaymentMethodInput } from "./provider";
import { createTestPaymentProvider, INVOICE_LIMIT_CENTS } from "./test-provider";

const now = new Date("2026-06-15T10:00:00Z");
const provider = createTestPaymentProvider();

const card = (number: string, expiry = "12/30", cvc = "123"): PaymentMethodInput => ({
  kind: "card",
  card: { number, expiry, cvc },
});

const request = (method: PaymentMethodInput, amountCents = 4990): AuthorizeRequest => ({
  amountCents,
  currency: "EUR",
  method,
  reference: "attempt-1",
  now,
});

describe("test payment provider", () => {
  it("captures 4242 4242 4242 4242 and keeps only brand and last four digits", async () => {
    const result = await provider.authorize(request(card("4242 4242 4242 4242")));
    expect(result).toMatchObject({ status: "captured", cardSummary: "Visa •••• 4242" });
    expect(JSON.stringify(result)).not.toContain("424242424242");
    if (result.status !== "captured") throw new Error("expected captured");
    expect(result.providerReference).toMatch(/^pay_/);
  });

  it("declines 4000 0000 0000 0002 and any other number", async () => {
    for (const number of ["4000 0000 0000 0002", "5555555555554444", "4111-1111-1111-1111"]) {
      const result = await provider.authorize(request(card(number)));
      expect(result).toMatchObject({ status: "declined", reason: "card_declined" });
      expect(JSON.stringify(result)).not.toContain(number.replace(/\D/g, "").slice(0, 12));
    }
  });

  it("asks for a challenge for 4000 0027 6000 3184, which confirms or fails", async () => {
    const result = await provider.authorize(request(card("4000 0027 6000 3184")));
    if (result.status !== "requires_action") throw new Error(`got ${result.status}`);
    expect(result.challengeReference).toMatch(/^pay_[A-Za-z0-9_-]{24}$/);
    expect(result.cardSummary).toBe("Visa •••• 3184");

    const confirmed = await provider.completeChallenge({
      challengeReference: result.challengeReference,
      decision: "confirm",
      now,
    });
    expect(confirmed).toEqual({ status: "captured", providerReference: result.providerReference });

    const cancelled = await provider.completeChallenge({
      challengeReference: result.challengeReference,
      decision: "cancel",
      now,
    });
    expect(cancelled).toEqual({ status: "declined", reason: "challenge_failed" });

    const forged = await provider.completeChallenge({
      challengeReference: "pay_short",
      decision: "confirm",
      now,
    });
    expect(forged.status).toBe("declined");
  });

  it("requires an expiry in the future (the card is valid through its month)", async () => {
    expect(await provider.authorize(request(card("4242424242424242", "05/26")))).toMatchObject({
      status: "declined",
      reason: "card_expired",
    });
    expect(await provider.authorize(request(card("4242424242424242", "13/30")))).toMatchObject({
      status: "declined",
      reason: "card_expired",
    });
    expect(await provider.authorize(request(card("4242424242424242", "06/26")))).toMatchObject({
      status: "captured",
    });
  });

  it("requires a CVC of 3 or 4 digits and a plausible card number", async () => {
    for (const cvc of ["12", "12345", "abc", ""]) {
      expect(
        await provider.authorize(request(card("4242424242424242", "12/30", cvc))),
      ).toMatchObject({ status: "declined", reason: "cvc_invalid" });
    }
    expect(
      await provider.authorize(request(card("4242424242424242", "12/30", "1234"))),
    ).toMatchObject({ status: "captured" });
    expect(await provider.authorize(request(card("4242 abcd")))).toMatchObject({
      status: "declined",
      reason: "card_number_invalid",
      cardSummary: null,
    });
  });

  it("accepts Kauf auf Rechnung up to 1,000 € and declines above", async () => {
    const invoice: PaymentMethodInput = { kind: "invoice" };
    expect(await provider.authorize(request(invoice, INVOICE_LIMIT_CENTS))).toMatchObject({
      status: "captured",
      cardSummary: null,
    });
    expect(await provider.authorize(request(invoice, 100_001))).toMatchObject({
      status: "declined",
      reason: "invoice_limit",
    });
  });

  it("refunds a captured payment and refuses unknown references", async () => {
    const paid = await provider.authorize(request(card("4242424242424242")));
    if (paid.status !== "captured") throw new Error("expected captured");
    const refund = await provider.refund({
      providerReference: paid.providerReference,
      amountCents: 4990,
      now,
    });
    expect(refund.status).toBe("refunded");
    expect(
      (await provider.refund({ providerReference: "nope", amountCents: 4990, now })).status,
    ).toBe("failed");
    expect(
      (await provider.refund({ providerReference: paid.providerReference, amountCents: 0, now }))
        .status,
    ).toBe("failed");
  });
});

describe("card rules", () => {
  it("parses MM/YY and compares in Europe/Berlin time", () => {
    expect(parseExpiry("07/29")).toEqual({ month: 7, year: 2029 });
    expect(parseExpiry("7/29")).toBeNull();
    expect(parseExpiry("07/2029")).toBeNull();
    // 31 May 23:30 UTC is already 1 June in Berlin: a card expiring 05/26 has run out.
    expect(isExpiryInFuture("05/26", new Date("2026-05-31T23:30:00Z"))).toBe(false);
    expect(isExpiryInFuture("06/26", new Date("2026-05-31T23:30:00Z"))).toBe(true);
  });

  it("names the brand", () => {
    expect(cardBrand("4242424242424242")).toBe("Visa");
    expect(cardBrand("5555555555554444")).toBe("Mastercard");
    expect(cardBrand("378282246310005")).toBe("American Express");
    expect(cardBrand("6011111111111117")).toBe("Card");
  });
});

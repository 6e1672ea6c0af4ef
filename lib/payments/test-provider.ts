import { randomBytes } from "node:crypto";
import {
  cardSummary,
  isCardNumberFormat,
  isCvcFormat,
  isExpiryInFuture,
  normalizeCardNumber,
} from "./card";
import type { AuthorizeRequest, AuthorizeResult, PaymentProvider } from "./provider";

/**
 * The documented test cards (contract.md, README). Any future expiry (MM/YY) and any 3–4 digit
 * CVC; every other number is declined.
 */
export const TEST_CARDS = {
  captured: "4242424242424242",
  declined: "4000000000000002",
  challenge: "4000002760003184",
} as const;

/** "Kauf auf Rechnung" is granted up to this amount (1,000 €). */
export const INVOICE_LIMIT_CENTS = 100_000;

const PAYMENT = /^pay_[A-Za-z0-9_-]{24}$/;

const token = () => randomBytes(18).toString("base64url");

/**
 * Stateless, so that any app instance can complete a challenge another one started: everything
 * it needs is in the references. It never keeps a card number, only brand and last four digits.
 */
export function createTestPaymentProvider(): PaymentProvider {
  return {
    name: "test",

    async authorize(request: AuthorizeRequest): Promise<AuthorizeResult> {
      if (!Number.isInteger(request.amountCents) || request.amountCents < 0) {
        return { status: "declined", reason: "amount_invalid", cardSummary: null };
      }
      if (request.method.kind === "invoice") {
        // The provider buys the receivable (as invoice providers do): the shop is paid at once.
        return request.amountCents <= INVOICE_LIMIT_CENTS
          ? { status: "captured", providerReference: `pay_${token()}`, cardSummary: null }
          : { status: "declined", reason: "invoice_limit", cardSummary: null };
      }
      const { number, expiry, cvc } = request.method.card;
      if (!isCardNumberFormat(number)) {
        return { status: "declined", reason: "card_number_invalid", cardSummary: null };
      }
      const summary = cardSummary(number);
      if (!isExpiryInFuture(expiry, request.now)) {
        return { status: "declined", reason: "card_expired", cardSummary: summary };
      }
      if (!isCvcFormat(cvc)) {
        return { status: "declined", reason: "cvc_invalid", cardSummary: summary };
      }
      const digits = normalizeCardNumber(number);
      if (digits === TEST_CARDS.captured) {
        return { status: "captured", providerReference: `pay_${token()}`, cardSummary: summary };
      }
      if (digits === TEST_CARDS.challenge) {
        // The challenge is answered on the payment itself, so its reference stays the same.
        const reference = `pay_${token()}`;
        return {
          status: "requires_action",
          providerReference: reference,
          challengeReference: reference,
          cardSummary: summary,
        };
      }
      return { status: "declined", reason: "card_declined", cardSummary: summary };
    },

    async completeChallenge({ challengeReference, decision }) {
      if (!PAYMENT.test(challengeReference) || decision !== "confirm") {
        return { status: "declined", reason: "challenge_failed" };
      }
      return { status: "captured", providerReference: challengeReference };
    },

    async refund({ providerReference, amountCents }) {
      if (!PAYMENT.test(providerReference) && !providerReference.startsWith("test_")) {
        return { status: "failed", reason: "unknown_payment" };
      }
      if (!Number.isInteger(amountCents) || amountCents <= 0) {
        return { status: "failed", reason: "amount_invalid" };
      }
      return { status: "refunded", refundReference: `re_${token()}` };
    },
  };
}

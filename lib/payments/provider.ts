/**
 * The payment provider boundary (architecture.md, "Outside world, simulated honestly"): the shop
 * only ever talks to this interface. The shipped implementation is the test provider; a real one
 * goes behind the same interface.
 */

/** What the customer typed; passed straight through and never stored by the shop. */
export type CardDetails = { number: string; expiry: string; cvc: string };

export type PaymentMethodInput = { kind: "card"; card: CardDetails } | { kind: "invoice" };

export type PaymentMethodKind = PaymentMethodInput["kind"];

export type DeclineReason =
  | "card_declined"
  | "card_number_invalid"
  | "card_expired"
  | "cvc_invalid"
  | "invoice_limit"
  | "challenge_failed"
  | "amount_invalid";

export type AuthorizeRequest = {
  amountCents: number;
  currency: "EUR";
  method: PaymentMethodInput;
  /** The shop's reference for this attempt (the idempotency key). */
  reference: string;
  now: Date;
};

/** Brand and last four digits only ("Visa •••• 4242"); null for invoice. */
export type CardSummary = string | null;

export type AuthorizeResult =
  | { status: "captured"; providerReference: string; cardSummary: CardSummary }
  | { status: "declined"; reason: DeclineReason; cardSummary: CardSummary }
  /** A 3-D Secure style challenge: the customer confirms it on a page of its own. */
  | {
      status: "requires_action";
      providerReference: string;
      challengeReference: string;
      cardSummary: CardSummary;
    };

export type ChallengeResult =
  { status: "captured"; providerReference: string } | { status: "declined"; reason: DeclineReason };

export type RefundResult =
  { status: "refunded"; refundReference: string } | { status: "failed"; reason: string };

export interface PaymentProvider {
  /** Stored in `payments.provider`. */
  readonly name: string;
  authorize(request: AuthorizeRequest): Promise<AuthorizeResult>;
  completeChallenge(input: {
    challengeReference: string;
    decision: "confirm" | "cancel";
    now: Date;
  }): Promise<ChallengeResult>;
  refund(input: {
    providerReference: string;
    amountCents: number;
    now: Date;
  }): Promise<RefundResult>;
}

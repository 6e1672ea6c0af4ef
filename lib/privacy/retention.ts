/**
 * Retention periods (GDPR Art. 5(1)(e), T1). The data map refers to these; jobs enforce them.
 */
export const RETENTION = {
  /** Abandoned guest carts: 30 days after the last change. */
  guestCartDays: 30,
  /** Behaviour events: 180 days after they were recorded. */
  behaviourEventDays: 180,
  /** Consent proof: 3 years after it stops applying (limitation period, §195 BGB). */
  consentProofYears: 3,
  /** Invoices and accounting records: 8 years after the end of the calendar year (AO §147, HGB §257, UStG §14b). */
  invoiceYears: 8,
  /** Commercial letters such as order confirmations: 6 years after the end of the calendar year. */
  commercialLetterYears: 6,
  /** Sessions, one-time tokens and rate-limit counters: until they expire. */
  sessionDays: 30,
  /** Delivered mails: 90 days. */
  mailDays: 90,
  /** Audit log: 3 years. */
  auditYears: 3,
  /** Privacy requests: 3 years after they were completed (proof of compliance). */
  privacyRequestYears: 3,
  /** Reservations, price alerts and offers given to a customer: 90 days after they were closed or ended. */
  closedServiceDays: 90,
  /** Log of personalized decisions shown in the privacy center (P7): 180 days, like the events behind them. */
  personalizationLogDays: 180,
  /** Newsletter sign-ups never confirmed (double opt-in, UWG §7): 30 days after the request. */
  unconfirmedNewsletterDays: 30,
} as const;

/**
 * Mail templates that are commercial letters (HGB §257(1) Nr. 3, AO §147(1) Nr. 3): a copy is kept
 * for 6 years after the end of the calendar year, also after erasure (R4). The mail module must use
 * these template names.
 */
export const COMMERCIAL_LETTER_TEMPLATES = [
  "order-confirmation",
  "withdrawal-acknowledgment",
  "return-confirmation",
  "refund-confirmation",
] as const;

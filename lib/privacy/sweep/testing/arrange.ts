/**
 * Rows for the sweep's database test: one row in every personal table through the data map's
 * factories, and for every rule rows just due and just not due at the test's moments (3 and 11
 * years after the seed), including New Year in Berlin and rows that keep a due parent.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  auditLog,
  behaviourEvents,
  cartItems,
  carts,
  consentEvents,
  creditNotes,
  invoices,
  mailOutbox,
  newsletterSubscriptions,
  offerAssignments,
  offers,
  orders,
  payments,
  personalizationLog,
  priceAlerts,
  privacyRequests,
  processingLimits,
  rateLimits,
  reservations,
  retentionRuns,
  returnItems,
  returns,
  sessions,
  users,
  verificationTokens,
  withdrawals,
} from "@/db/schema";
import { CONSENT_NOTICE_VERSION } from "@/lib/consent/notice";
import { personalTables } from "../../data-map";
import {
  insertSampleOffer,
  insertSampleOrder,
  insertSampleWithdrawal,
  sampleStoreId,
  sampleTokenHash,
  sampleVariant,
} from "../../map/samples";
import { COMMERCIAL_LETTER_TEMPLATES } from "../../retention";

const DAY = 86_400_000;
const plusDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY);
export const plusYears = (at: Date, years: number) => {
  const result = new Date(at);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
};
/** A time in Berlin local (winter, UTC+1) as an instant. */
const berlinWinter = (year: number, month: number, day: number, hour: number, minute: number) =>
  new Date(Date.UTC(year, month - 1, day, hour - 1, minute));
const berlinYearOf = (at: Date) => new Date(at.getTime() + 3_600_000).getUTCFullYear();

export type Arranged = {
  subject: { userId: string; email: string };
  /** Placed 10 years before the clock, with invoice, credit note, withdrawal and return: all due at +3. */
  oldOrderId: string;
  oldInvoiceId: string;
  /** Due at +3 by its own rule, kept by a return that is not due until +11. */
  keptOrderId: string;
  /** Placed 23:30 on 31 December / 00:30 on 1 January (Berlin) around the +11 boundary. */
  newYearDueOrderId: string;
  newYearKeptOrderId: string;
  newYearDueLetterId: string;
  newYearKeptLetterId: string;
  /** A superseded consent decision kept by a behaviour event recorded under it. */
  keptConsentId: string;
};

export async function arrange(db: Database, t3: Date, t11: Date): Promise<Arranged> {
  const subject = {
    userId: randomUUID(),
    email: `sweep-${randomUUID().slice(0, 8)}@kunden.example`,
  };
  await db
    .insert(users)
    .values({ id: subject.userId, email: subject.email, name: "Erika Mustermann" });
  for (const [, entry] of personalTables()) await entry.factory(db, subject);
  const { userId } = subject;
  const realYear = berlinYearOf(new Date());
  const y11 = berlinYearOf(t11);
  const variant = await sampleVariant(db);
  const storeId = await sampleStoreId(db);
  const cutoff3y = plusYears(t3, -3);

  await db.insert(sessions).values([
    { userId, expiresAt: plusDays(t3, 1) },
    { userId, expiresAt: plusDays(t3, -1) },
  ]);
  await db.insert(verificationTokens).values([
    { userId, purpose: "verify_email", tokenHash: sampleTokenHash(), expiresAt: plusDays(t3, 1) },
    {
      email: subject.email,
      purpose: "guest_privacy",
      tokenHash: sampleTokenHash(),
      expiresAt: plusDays(t3, -1),
    },
  ]);
  await db.insert(rateLimits).values([
    {
      key: `sweep-due-${randomUUID()}`,
      windowStart: plusDays(t3, -1),
      expiresAt: new Date(t3.getTime() - 60_000),
    },
    { key: `sweep-kept-${randomUUID()}`, windowStart: t3, expiresAt: plusDays(t3, 1) },
  ]);

  const [oldGuestCart, , ownCart] = await db
    .insert(carts)
    .values([
      { updatedAt: plusDays(t3, -31) },
      { updatedAt: plusDays(t3, -29) },
      { userId, updatedAt: plusDays(t3, -400) },
    ])
    .returning({ id: carts.id });
  await db.insert(cartItems).values([
    { cartId: oldGuestCart!.id, variantId: variant.variantId, quantity: 1 },
    { cartId: ownCart!.id, variantId: variant.variantId, quantity: 3 },
  ]);

  // An erased customer's order, kept restricted for accounting, with all its records.
  const old = await insertSampleOrder(db, { userId: null, email: subject.email });
  const oldDay = new Date(Date.UTC(realYear - 10, 5, 15, 10));
  await db
    .update(orders)
    .set({ placedAt: oldDay, restrictedAt: plusDays(oldDay, 400) })
    .where(eq(orders.id, old.orderId));
  await db.insert(payments).values({
    orderId: old.orderId,
    provider: "test",
    method: "card",
    status: "captured",
    amountCents: old.totalCents,
    createdAt: oldDay,
  });
  const [oldInvoice] = await db
    .insert(invoices)
    .values({
      orderId: old.orderId,
      totalCents: old.totalCents,
      issuedAt: oldDay,
      snapshot: snapshot(old.totalCents),
    })
    .returning({ id: invoices.id });
  const [oldNote] = await db
    .insert(creditNotes)
    .values({
      invoiceId: oldInvoice!.id,
      amountCents: old.totalCents,
      reason: "Widerruf",
      issuedAt: plusDays(oldDay, 20),
      snapshot: {},
    })
    .returning({ id: creditNotes.id });
  const oldWithdrawalId = await insertSampleWithdrawal(
    db,
    { userId: null, email: subject.email },
    old.orderId,
  );
  await db
    .update(withdrawals)
    .set({ declaredAt: plusDays(oldDay, 5), creditNoteId: oldNote!.id })
    .where(eq(withdrawals.id, oldWithdrawalId));
  const [oldReturn] = await db
    .insert(returns)
    .values({
      orderId: old.orderId,
      withdrawalId: oldWithdrawalId,
      creditNoteId: oldNote!.id,
      kind: "return",
      method: "label",
      labelCode: `R-${randomUUID()}`,
      createdAt: plusDays(oldDay, 6),
    })
    .returning({ id: returns.id });
  await db
    .insert(returnItems)
    .values({ returnId: oldReturn!.id, orderItemId: old.orderItemId, quantity: 1 });

  // Due by its own rule at +3, but a return of this year points at it and at its item.
  const kept = await insertSampleOrder(db, subject);
  await db.update(orders).set({ placedAt: oldDay }).where(eq(orders.id, kept.orderId));
  const [keptReturn] = await db
    .insert(returns)
    .values({
      orderId: kept.orderId,
      userId,
      kind: "exchange",
      method: "store",
      storeId,
      labelCode: `R-${randomUUID()}`,
    })
    .returning({ id: returns.id });
  await db
    .insert(returnItems)
    .values({ returnId: keptReturn!.id, orderItemId: kept.orderItemId, quantity: 1 });

  // New Year in Berlin around the +11 boundaries (8 years for orders, 6 for letters).
  const newYearDue = await insertSampleOrder(db, subject);
  const newYearKept = await insertSampleOrder(db, subject);
  await db
    .update(orders)
    .set({ placedAt: berlinWinter(y11 - 9, 12, 31, 23, 30) })
    .where(eq(orders.id, newYearDue.orderId));
  await db
    .update(orders)
    .set({ placedAt: berlinWinter(y11 - 8, 1, 1, 0, 30) })
    .where(eq(orders.id, newYearKept.orderId));
  // A withdrawal on either side of its New Year keeps a recent order at +11 or not.
  for (const declaredAt of [
    berlinWinter(y11 - 7, 12, 31, 23, 30),
    berlinWinter(y11 - 6, 1, 1, 0, 30),
  ]) {
    const order = await insertSampleOrder(db, subject);
    const withdrawalId = await insertSampleWithdrawal(db, subject, order.orderId);
    await db.update(withdrawals).set({ declaredAt }).where(eq(withdrawals.id, withdrawalId));
  }

  await db.insert(reservations).values(
    [-91, -89].map((days) => ({
      userId,
      storeId,
      variantId: variant.variantId,
      pickupCode: `P-${randomUUID()}`,
      status: "picked_up" as const,
      expiresAt: plusDays(t3, days - 1),
      closedAt: plusDays(t3, days),
    })),
  );
  await db.insert(priceAlerts).values(
    [-91, -89].map((days) => ({
      userId,
      productId: variant.productId,
      targetPriceCents: 100,
      status: "triggered" as const,
      triggeredAt: plusDays(t3, days),
      triggeredPriceCents: 99,
    })),
  );
  // Removed alerts have no trigger time: they go by when they were set.
  await db.insert(priceAlerts).values(
    [-91, -89].map((days) => ({
      userId,
      productId: variant.productId,
      targetPriceCents: 100,
      status: "cancelled" as const,
      createdAt: plusDays(t3, days),
    })),
  );

  // Consent: e1 replaced by e2 before the cutoff (due, but kept by an event recorded under it),
  // e3 replaced by e4 on another device after the cutoff (kept), e4 the customer's latest; a guest
  // decision whose cookie ran out before the cutoff and one whose cookie ran out after it.
  const mine = `s_sweep_${randomUUID().slice(0, 8)}`;
  const decision = (subjectId: string, recordedAt: Date, owner: string | null) => ({
    subjectId,
    userId: owner,
    noticeVersion: CONSENT_NOTICE_VERSION,
    language: "de" as const,
    purposes: { preferences: true, analytics: true, personalization: true, marketing: false },
    method: "banner" as const,
    withdrawalMethod: "Fußbereich",
    recordedAt,
  });
  const [e1, , , , guestDue] = await db
    .insert(consentEvents)
    .values([
      decision(mine, plusDays(cutoff3y, -3), userId),
      decision(mine, plusDays(cutoff3y, -2), userId),
      decision(`${mine}_b`, plusDays(cutoff3y, 1), userId),
      decision(`${mine}_b`, plusDays(cutoff3y, 2), userId),
      decision(`s_guest_${randomUUID().slice(0, 8)}`, plusDays(cutoff3y, -367), null),
      decision(`s_guest_${randomUUID().slice(0, 8)}`, plusDays(cutoff3y, -363), null),
    ])
    .returning({ id: consentEvents.id });
  const event = (occurredAt: Date, consentEventId: string | null) => ({
    userId,
    subjectId: mine,
    type: "product_view" as const,
    purpose: "analytics" as const,
    productId: variant.productId,
    consentEventId,
    occurredAt,
  });
  await db
    .insert(behaviourEvents)
    .values([
      event(plusDays(t3, -181), guestDue!.id),
      event(plusDays(t3, -179), null),
      event(plusDays(t3, -10), e1!.id),
    ]);

  for (const days of [-91, -89]) {
    const offerId = await insertSampleOffer(db);
    await db
      .update(offers)
      .set({ endsAt: plusDays(t3, days) })
      .where(eq(offers.id, offerId));
    await db.insert(offerAssignments).values({ offerId, userId, automated: true });
  }
  await db.insert(personalizationLog).values(
    [-181, -179].map((days) => ({
      userId,
      surface: "home",
      decision: { productIds: [variant.productId] },
      reasons: [],
      occurredAt: plusDays(t3, days),
    })),
  );

  const address = () => `sweep-${randomUUID().slice(0, 8)}@kunden.example`;
  await db.insert(newsletterSubscriptions).values([
    {
      email: address(),
      tokenHash: sampleTokenHash(),
      status: "pending",
      requestedAt: plusDays(t3, -31),
    },
    {
      email: address(),
      tokenHash: sampleTokenHash(),
      status: "pending",
      requestedAt: plusDays(t3, -29),
    },
    {
      email: address(),
      tokenHash: sampleTokenHash(),
      status: "unsubscribed",
      requestedAt: plusDays(cutoff3y, -90),
      confirmedAt: plusDays(cutoff3y, -89),
      unsubscribedAt: plusDays(cutoff3y, -1),
    },
    {
      email: address(),
      tokenHash: sampleTokenHash(),
      status: "unsubscribed",
      requestedAt: plusDays(cutoff3y, -90),
      confirmedAt: plusDays(cutoff3y, -89),
      unsubscribedAt: plusDays(cutoff3y, 1),
    },
  ]);
  await db.insert(privacyRequests).values(
    [-1, 1].map((days) => ({
      userId,
      email: subject.email,
      kind: "access" as const,
      status: "completed" as const,
      receivedAt: plusDays(cutoff3y, days - 20),
      dueAt: plusDays(cutoff3y, days + 10),
      completedAt: plusDays(cutoff3y, days),
    })),
  );
  await db.insert(processingLimits).values(
    [-1, 1].map((days) => ({
      userId,
      kind: "objection" as const,
      purpose: "marketing" as const,
      createdAt: plusDays(cutoff3y, -100),
      liftedAt: plusDays(cutoff3y, days),
    })),
  );

  const mail = (template: string, createdAt: Date, owner: string | null = userId) => ({
    userId: owner,
    toEmail: subject.email,
    locale: "de" as const,
    template,
    subject: "Vitrine",
    html: "<p>Hallo</p>",
    text: "Hallo",
    status: "sent" as const,
    createdAt,
  });
  const letter = COMMERCIAL_LETTER_TEMPLATES[0];
  const y3 = berlinYearOf(t3);
  const [, , , , newYearDueLetter, newYearKeptLetter] = await db
    .insert(mailOutbox)
    .values([
      mail("password-reset", plusDays(t3, -91)),
      mail("password-reset", plusDays(t3, -89)),
      mail(letter, new Date(Date.UTC(y3 - 7, 6, 1))),
      // A letter of an erased account, kept restricted until its retention ends.
      mail(COMMERCIAL_LETTER_TEMPLATES[1], new Date(Date.UTC(y3 - 7, 2, 1)), null),
      mail(letter, berlinWinter(y11 - 7, 12, 31, 23, 30)),
      mail(letter, berlinWinter(y11 - 6, 1, 1, 0, 30)),
    ])
    .returning({ id: mailOutbox.id });

  await db.insert(auditLog).values(
    [-1, 1].map((days) => ({
      actorRole: "privacy_officer" as const,
      action: "view",
      entity: "orders",
      subjectUserId: userId,
      occurredAt: plusDays(cutoff3y, days),
    })),
  );
  await db.insert(retentionRuns).values(
    [-1, 1].map((days) => ({
      jobId: "earlier",
      tableName: "sessions",
      removed: 2,
      ranAt: plusDays(cutoff3y, days),
    })),
  );

  return {
    subject,
    oldOrderId: old.orderId,
    oldInvoiceId: oldInvoice!.id,
    keptOrderId: kept.orderId,
    newYearDueOrderId: newYearDue.orderId,
    newYearKeptOrderId: newYearKept.orderId,
    newYearDueLetterId: newYearDueLetter!.id,
    newYearKeptLetterId: newYearKeptLetter!.id,
    keptConsentId: e1!.id,
  };
}

function snapshot(totalCents: number) {
  return {
    seller: {
      name: "Vitrine Demo GmbH",
      address: "Musterstraße 1, 10115 Berlin",
      vatId: "DE000000000",
    },
    buyer: {
      name: "Erika Mustermann",
      address: {
        fullName: "Erika Mustermann",
        street: "Heidestraße 17",
        postalCode: "51147",
        city: "Köln",
        country: "DE",
      },
      email: "erika@kunden.example",
    },
    lines: [],
    shippingCents: 0,
    discountCents: 0,
    totalCents,
    vatLines: [],
  };
}

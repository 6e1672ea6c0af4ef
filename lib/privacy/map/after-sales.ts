import { priceAlerts, reservations, returnItems, returns, withdrawals } from "@/db/schema";
import type { Localized } from "../data-map-types";
import { RETENTION } from "../retention";
import { accountId, key, personal, personalTable, recordTime, reference } from "./define";
import {
  daysFromNow,
  ensureSampleUser,
  insertSampleOrder,
  insertSampleReturn,
  insertSampleWithdrawal,
  sampleStoreId,
  sampleVariant,
} from "./samples";

const LETTER_LAW = "HGB §257 Abs. 1, AO §147 Abs. 1";

/** Declarations and return records are commercial correspondence; the refund itself is booked by a credit note (8 years). */
const sixYears = {
  period: { years: RETENTION.commercialLetterYears },
  trigger: "end-of-calendar-year",
  law: LETTER_LAW,
} as const;

const keptAsCommercialRecord: Localized = {
  de: `Widerrufe und Rücksendungen sind Geschäftsunterlagen, die wir ${RETENTION.commercialLetterYears} Jahre nach Ende des Kalenderjahres aufbewahren müssen (${LETTER_LAW}). Bis dahin bleiben sie gesperrt und werden nur dafür gelesen.`,
  en: `Withdrawals and returns are business records we must keep for ${RETENTION.commercialLetterYears} years after the end of the calendar year (${LETTER_LAW}). Until then they stay restricted and are read only for that.`,
};

const closedServiceRetention = <C extends string>(column: C) =>
  ({
    period: { days: RETENTION.closedServiceDays },
    trigger: "closed",
    column,
  }) as const;

export const AFTER_SALES_TABLES = {
  withdrawals: personalTable({
    table: withdrawals,
    personal: true,
    description: {
      de: "Widerrufserklärungen (§356a BGB)",
      en: "Withdrawal declarations (§356a BGB)",
    },
    category: "after-sales",
    exportLabel: { de: "Widerrufe", en: "Withdrawals" },
    columns: {
      id: key,
      order_id: reference,
      user_id: accountId,
      email: personal("contact", "E-Mail-Adresse", "E-mail address"),
      full_name: personal("identity", "Name", "Name"),
      statement: personal("after-sales", "Ihre Erklärung", "Your declaration"),
      status: personal("after-sales", "Status", "Status"),
      declared_at: personal("after-sales", "Erklärt am", "Declared on"),
      acknowledged_at: personal("after-sales", "Eingang bestätigt am", "Acknowledged on"),
      refund_due_at: personal("after-sales", "Erstattung fällig am", "Refund due on"),
      refunded_at: personal("after-sales", "Erstattet am", "Refunded on"),
      credit_note_id: reference,
    },
    subject: { userColumn: "user_id", emailColumn: "email" },
    purposes: ["after-sales", "accounting"],
    retention: {
      ...sixYears,
      column: "declared_at",
      text: {
        de: `${RETENTION.commercialLetterYears} Jahre nach Ende des Kalenderjahres des Widerrufs (${LETTER_LAW}).`,
        en: `${RETENTION.commercialLetterYears} years after the end of the calendar year of the withdrawal (${LETTER_LAW}).`,
      },
    },
    erasure: { action: "retain-restricted", reason: keptAsCommercialRecord, setNull: ["user_id"] },
    recipients: ["payment-provider", "mail-delivery", "accounting"],
    source: ["customer", "shop-systems"],
    factory: async (db, subject) => {
      const order = await insertSampleOrder(db, subject);
      await insertSampleWithdrawal(db, subject, order.orderId);
    },
  }),

  returns: personalTable({
    table: returns,
    personal: true,
    description: { de: "Rücksendungen und Umtausch", en: "Returns and exchanges" },
    category: "after-sales",
    exportLabel: { de: "Rücksendungen", en: "Returns" },
    columns: {
      id: key,
      order_id: reference,
      user_id: accountId,
      withdrawal_id: reference,
      kind: personal("after-sales", "Rücksendung oder Umtausch", "Return or exchange"),
      status: personal("after-sales", "Status", "Status"),
      method: personal("after-sales", "Rückgabeweg", "Return method"),
      store_id: personal("after-sales", "Rückgabe-Filiale", "Return store"),
      reason: personal("after-sales", "Ihr Grund", "Your reason"),
      refusal_reason: personal("after-sales", "Grund einer Ablehnung", "Reason for a refusal"),
      label_code: personal("after-sales", "Code des Rücksendeetiketts", "Return label code"),
      credit_note_id: reference,
      created_at: personal("after-sales", "Angemeldet am", "Requested on"),
      updated_at: recordTime,
    },
    subject: { via: { parentTable: "orders", foreignKey: "order_id" } },
    purposes: ["after-sales", "accounting"],
    retention: {
      ...sixYears,
      column: "created_at",
      text: {
        de: `${RETENTION.commercialLetterYears} Jahre nach Ende des Kalenderjahres der Rücksendung (${LETTER_LAW}).`,
        en: `${RETENTION.commercialLetterYears} years after the end of the calendar year of the return (${LETTER_LAW}).`,
      },
    },
    erasure: { action: "retain-restricted", reason: keptAsCommercialRecord, setNull: ["user_id"] },
    recipients: ["carrier", "payment-provider", "accounting"],
    source: ["customer", "staff"],
    factory: async (db, subject) => {
      await insertSampleReturn(db, subject);
    },
  }),

  return_items: personalTable({
    table: returnItems,
    personal: true,
    description: { de: "Zurückgesandte Artikel", en: "Items returned" },
    category: "after-sales",
    exportLabel: { de: "Zurückgesandte Artikel", en: "Items returned" },
    columns: {
      id: key,
      return_id: reference,
      order_item_id: reference,
      quantity: personal("after-sales", "Menge", "Quantity"),
      replacement_variant_id: personal(
        "after-sales",
        "Ersatzartikel (Variante)",
        "Replacement (variant)",
      ),
    },
    subject: { via: { parentTable: "returns", foreignKey: "return_id" } },
    purposes: ["after-sales", "accounting"],
    retention: {
      period: { days: 0 },
      trigger: "with-parent",
      text: { de: "Wie die Rücksendung.", en: "Like the return." },
    },
    erasure: { action: "retain-restricted", reason: keptAsCommercialRecord },
    recipients: ["accounting"],
    source: ["customer"],
    factory: async (db, subject) => {
      const { returnId, order } = await insertSampleReturn(db, subject);
      await db
        .insert(returnItems)
        .values({ returnId, orderItemId: order.orderItemId, quantity: 1 });
    },
  }),

  reservations: personalTable({
    table: reservations,
    personal: true,
    description: {
      de: "Reservierungen zur Abholung in der Filiale",
      en: "Reservations for pickup in a store",
    },
    category: "order",
    exportLabel: { de: "Reservierungen", en: "Reservations" },
    columns: {
      id: key,
      user_id: accountId,
      store_id: personal("order", "Filiale", "Store"),
      variant_id: personal("order", "Artikel (Variante)", "Item (variant)"),
      quantity: personal("order", "Menge", "Quantity"),
      pickup_code: personal("order", "Abholcode", "Pickup code"),
      status: personal("order", "Status", "Status"),
      expires_at: personal("order", "Reserviert bis", "Reserved until"),
      created_at: personal("order", "Reserviert am", "Reserved on"),
      closed_at: personal("order", "Abgeschlossen am", "Closed on"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["services"],
    retention: {
      ...closedServiceRetention("closed_at"),
      text: {
        de: `${RETENTION.closedServiceDays} Tage nach Abholung, Ablauf oder Stornierung.`,
        en: `${RETENTION.closedServiceDays} days after pickup, expiry or cancellation.`,
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["customer"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      const [variant, storeId] = await Promise.all([sampleVariant(db), sampleStoreId(db)]);
      await db.insert(reservations).values({
        userId: subject.userId,
        storeId,
        variantId: variant.variantId,
        pickupCode: `P-${crypto.randomUUID().slice(0, 8).toUpperCase()}`,
        expiresAt: daysFromNow(2),
      });
    },
  }),

  price_alerts: personalTable({
    table: priceAlerts,
    personal: true,
    description: { de: "Preisalarme", en: "Price alerts" },
    category: "stated-preference",
    exportLabel: { de: "Preisalarme", en: "Price alerts" },
    columns: {
      id: key,
      user_id: accountId,
      product_id: personal("stated-preference", "Produkt", "Product"),
      variant_id: personal("stated-preference", "Variante", "Variant"),
      target_price_cents: personal(
        "stated-preference",
        "Wunschpreis (Cent)",
        "Target price (cents)",
      ),
      status: personal("stated-preference", "Status", "Status"),
      created_at: personal("stated-preference", "Angelegt am", "Created on"),
      triggered_at: personal("stated-preference", "Ausgelöst am", "Triggered on"),
      triggered_price_cents: personal(
        "stated-preference",
        "Preis beim Auslösen (Cent)",
        "Price when triggered (cents)",
      ),
      notice_seen_at: personal("stated-preference", "Hinweis gesehen am", "Notice seen on"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["services"],
    retention: {
      ...closedServiceRetention("triggered_at"),
      text: {
        de: `Solange der Alarm aktiv ist; ${RETENTION.closedServiceDays} Tage nach Auslösen oder Abbestellen.`,
        en: `While the alert is active; ${RETENTION.closedServiceDays} days after it was triggered or cancelled.`,
      },
      // A removed alert has no trigger time: it goes at the latest this long after it was set.
      exception: {
        rows: { column: "status", in: ["cancelled"] },
        period: { days: RETENTION.closedServiceDays },
        trigger: "recorded",
        column: "created_at",
        text: {
          de: `Abbestellte Alarme: höchstens ${RETENTION.closedServiceDays} Tage nach dem Anlegen.`,
          en: `Removed alerts: at most ${RETENTION.closedServiceDays} days after they were set.`,
        },
      },
    },
    erasure: { action: "delete" },
    recipients: ["mail-delivery"],
    source: ["customer"],
    factory: async (db, subject) => {
      await ensureSampleUser(db, subject);
      const variant = await sampleVariant(db);
      await db.insert(priceAlerts).values({
        userId: subject.userId,
        productId: variant.productId,
        variantId: variant.variantId,
        targetPriceCents: Math.max(100, Math.round(variant.priceCents * 0.8)),
      });
    },
  }),
};

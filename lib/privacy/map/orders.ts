import { creditNotes, invoices, orderItems, orders, payments } from "@/db/schema";
import type { Localized } from "../data-map-types";
import { RETENTION } from "../retention";
import {
  accountId,
  key,
  personal,
  personalTable,
  recordTime,
  reference,
  technical,
} from "./define";
import { insertSampleCreditNote, insertSampleInvoice, insertSampleOrder } from "./samples";

const ACCOUNTING_LAW = "AO §147, HGB §257, UStG §14b";

const eightYears = {
  period: { years: RETENTION.invoiceYears },
  trigger: "end-of-calendar-year",
  law: ACCOUNTING_LAW,
} as const;

const keptForAccounting: Localized = {
  de: `Rechnungen und die Bestelldaten, die sie belegen, müssen wir ${RETENTION.invoiceYears} Jahre nach Ende des Kalenderjahres aufbewahren (${ACCOUNTING_LAW}). Bis dahin bleiben sie unverändert und gesperrt und werden nur für Steuer und Buchhaltung gelesen.`,
  en: `Invoices and the order data they rest on must be kept for ${RETENTION.invoiceYears} years after the end of the calendar year (${ACCOUNTING_LAW}). Until then they stay unaltered and restricted, read only for tax and accounting.`,
};

const withTheOrder = {
  period: { days: 0 },
  trigger: "with-parent",
  text: {
    de: `Wie die Bestellung: ${RETENTION.invoiceYears} Jahre nach Ende des Kalenderjahres der Bestellung.`,
    en: `Like the order: ${RETENTION.invoiceYears} years after the end of the calendar year of the order.`,
  },
} as const;

export const ORDER_TABLES = {
  orders: personalTable({
    table: orders,
    personal: true,
    description: { de: "Bestellungen von Kunden und Gästen", en: "Orders of customers and guests" },
    category: "order",
    exportLabel: { de: "Bestellungen", en: "Orders" },
    columns: {
      id: key,
      order_number: personal("order", "Bestellnummer", "Order number"),
      user_id: accountId,
      email: personal("contact", "E-Mail-Adresse", "E-mail address"),
      phone: personal("contact", "Telefonnummer", "Phone number"),
      locale: personal("order", "Sprache der Bestellung", "Language of the order"),
      status: personal("order", "Status", "Status"),
      shipping_method: personal("order", "Versandart", "Shipping method"),
      payment_method: personal("payment", "Zahlungsart", "Payment method"),
      shipping_address: personal("address", "Lieferadresse", "Delivery address"),
      billing_address: personal("address", "Rechnungsadresse", "Billing address"),
      pickup_store_id: personal("order", "Abholfiliale", "Pickup store"),
      subtotal_cents: personal("order", "Zwischensumme (Cent)", "Subtotal (cents)"),
      discount_cents: personal("order", "Rabatt (Cent)", "Discount (cents)"),
      shipping_cents: personal("order", "Versandkosten (Cent)", "Shipping (cents)"),
      total_cents: personal("order", "Gesamtbetrag (Cent)", "Total (cents)"),
      vat_lines: personal("order", "Enthaltene Umsatzsteuer", "VAT included"),
      voucher_code: personal("order", "Gutscheincode", "Voucher code"),
      offer_id: personal("order", "Angewendetes Angebot", "Offer applied"),
      idempotency_key: technical,
      placed_at: personal("order", "Bestellt am", "Placed on"),
      shipped_at: personal("order", "Versandt am", "Shipped on"),
      delivered_at: personal("order", "Zugestellt am", "Delivered on"),
      cancelled_at: personal("order", "Storniert am", "Cancelled on"),
      restricted_at: personal(
        "order",
        "Gesperrt seit (nur noch Aufbewahrung)",
        "Restricted since (kept only)",
      ),
    },
    subject: { userColumn: "user_id", emailColumn: "email" },
    purposes: ["contract", "payment", "accounting"],
    retention: {
      ...eightYears,
      column: "placed_at",
      text: {
        de: `${RETENTION.invoiceYears} Jahre nach Ende des Kalenderjahres der Bestellung (${ACCOUNTING_LAW}).`,
        en: `${RETENTION.invoiceYears} years after the end of the calendar year of the order (${ACCOUNTING_LAW}).`,
      },
    },
    erasure: {
      action: "retain-restricted",
      reason: keptForAccounting,
      restrictedAtColumn: "restricted_at",
      setNull: ["user_id", "phone"],
    },
    recipients: ["payment-provider", "carrier", "mail-delivery", "accounting"],
    source: ["customer", "shop-systems"],
    factory: async (db, subject) => {
      await insertSampleOrder(db, subject);
    },
  }),

  order_items: personalTable({
    table: orderItems,
    personal: true,
    description: {
      de: "Bestellte Artikel (Momentaufnahme beim Kauf)",
      en: "Items ordered (as they were when bought)",
    },
    category: "order",
    exportLabel: { de: "Bestellte Artikel", en: "Items ordered" },
    columns: {
      id: key,
      order_id: reference,
      product_id: personal("order", "Produkt (Kennung)", "Product (id)"),
      variant_id: personal("order", "Variante (Kennung)", "Variant (id)"),
      sku: personal("order", "Artikelnummer", "SKU"),
      name: personal("order", "Artikel", "Item"),
      quantity: personal("order", "Menge", "Quantity"),
      unit_price_cents: personal("order", "Einzelpreis (Cent)", "Unit price (cents)"),
      vat_rate: personal("order", "Umsatzsteuersatz (Basispunkte)", "VAT rate (basis points)"),
      discount_cents: personal("order", "Rabatt (Cent)", "Discount (cents)"),
      total_cents: personal("order", "Summe (Cent)", "Total (cents)"),
    },
    subject: { via: { parentTable: "orders", foreignKey: "order_id" } },
    purposes: ["contract", "accounting"],
    retention: withTheOrder,
    erasure: { action: "retain-restricted", reason: keptForAccounting },
    recipients: ["accounting"],
    source: ["customer"],
    factory: async (db, subject) => {
      await insertSampleOrder(db, subject);
    },
  }),

  payments: personalTable({
    table: payments,
    personal: true,
    description: { de: "Zahlungen zu Bestellungen", en: "Payments for orders" },
    category: "payment",
    exportLabel: { de: "Zahlungen", en: "Payments" },
    columns: {
      id: key,
      order_id: reference,
      provider: personal("payment", "Zahlungsdienstleister", "Payment provider"),
      method: personal("payment", "Zahlungsart", "Payment method"),
      status: personal("payment", "Status", "Status"),
      amount_cents: personal("payment", "Betrag (Cent)", "Amount (cents)"),
      refunded_cents: personal("payment", "Erstattet (Cent)", "Refunded (cents)"),
      provider_reference: personal(
        "payment",
        "Referenz des Zahlungsdienstleisters",
        "Payment provider's reference",
      ),
      card_summary: personal(
        "payment",
        "Karte (Marke und letzte vier Ziffern)",
        "Card (brand and last four digits)",
      ),
      created_at: personal("payment", "Angelegt am", "Created on"),
      updated_at: recordTime,
    },
    subject: { via: { parentTable: "orders", foreignKey: "order_id" } },
    purposes: ["payment", "accounting"],
    retention: withTheOrder,
    erasure: { action: "retain-restricted", reason: keptForAccounting, setNull: ["card_summary"] },
    recipients: ["payment-provider", "accounting"],
    source: ["customer", "payment-provider"],
    factory: async (db, subject) => {
      const order = await insertSampleOrder(db, subject);
      await db.insert(payments).values({
        orderId: order.orderId,
        provider: "test",
        method: "card",
        status: "captured",
        amountCents: order.totalCents,
        providerReference: `test_${order.orderId.slice(0, 8)}`,
        cardSummary: "Visa •••• 4242",
      });
    },
  }),

  invoices: personalTable({
    table: invoices,
    personal: true,
    description: {
      de: "Rechnungen; unveränderlich (GoBD), fortlaufend nummeriert (§14 Abs. 4 UStG)",
      en: "Invoices; immutable (GoBD), numbered in sequence (§14(4) UStG)",
    },
    category: "order",
    exportLabel: { de: "Rechnungen", en: "Invoices" },
    columns: {
      id: key,
      number: personal("order", "Rechnungsnummer", "Invoice number"),
      order_id: reference,
      issued_at: personal("order", "Rechnungsdatum", "Invoice date"),
      total_cents: personal("order", "Rechnungsbetrag (Cent)", "Invoice total (cents)"),
      snapshot: personal(
        "order",
        "Rechnung mit Name, Anschrift und Positionen",
        "Invoice with name, address and lines",
      ),
    },
    subject: { via: { parentTable: "orders", foreignKey: "order_id" } },
    purposes: ["accounting"],
    retention: {
      ...eightYears,
      column: "issued_at",
      text: {
        de: `${RETENTION.invoiceYears} Jahre nach Ende des Kalenderjahres der Rechnung (${ACCOUNTING_LAW}).`,
        en: `${RETENTION.invoiceYears} years after the end of the calendar year of the invoice (${ACCOUNTING_LAW}).`,
      },
    },
    erasure: { action: "retain-restricted", reason: keptForAccounting },
    recipients: ["accounting"],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      const order = await insertSampleOrder(db, subject);
      await insertSampleInvoice(db, order, subject.email);
    },
  }),

  credit_notes: personalTable({
    table: creditNotes,
    personal: true,
    description: {
      de: "Gutschriften (Rechnungskorrekturen); unveränderlich",
      en: "Credit notes (invoice corrections); immutable",
    },
    category: "order",
    exportLabel: { de: "Gutschriften", en: "Credit notes" },
    columns: {
      id: key,
      number: personal("order", "Gutschriftsnummer", "Credit note number"),
      invoice_id: reference,
      issued_at: personal("order", "Datum", "Date"),
      amount_cents: personal("order", "Betrag (Cent)", "Amount (cents)"),
      reason: personal("order", "Grund", "Reason"),
      snapshot: personal("order", "Inhalt der Gutschrift", "Credit note content"),
    },
    subject: { via: { parentTable: "invoices", foreignKey: "invoice_id" } },
    purposes: ["accounting", "payment"],
    retention: {
      ...eightYears,
      column: "issued_at",
      text: {
        de: `${RETENTION.invoiceYears} Jahre nach Ende des Kalenderjahres der Gutschrift (${ACCOUNTING_LAW}).`,
        en: `${RETENTION.invoiceYears} years after the end of the calendar year of the credit note (${ACCOUNTING_LAW}).`,
      },
    },
    erasure: { action: "retain-restricted", reason: keptForAccounting },
    recipients: ["accounting"],
    source: ["shop-systems"],
    factory: async (db, subject) => {
      const order = await insertSampleOrder(db, subject);
      const invoiceId = await insertSampleInvoice(db, order, subject.email);
      await insertSampleCreditNote(db, invoiceId, order);
    },
  }),
};

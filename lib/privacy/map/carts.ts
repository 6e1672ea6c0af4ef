import { cartItems, carts } from "@/db/schema";
import { RETENTION } from "../retention";
import { accountId, key, personal, personalTable, recordTime, reference } from "./define";
import { insertSampleCart, sampleVariant } from "./samples";

export const CART_TABLES = {
  carts: personalTable({
    table: carts,
    personal: true,
    description: {
      de: "Warenkörbe; ein Gast-Warenkorb wird nur über sein Cookie gefunden",
      en: "Carts; a guest cart is found only through its cookie",
    },
    category: "order",
    exportLabel: { de: "Warenkörbe", en: "Carts" },
    columns: {
      id: key,
      user_id: accountId,
      status: personal("order", "Status", "Status"),
      voucher_code: personal("order", "Gutscheincode", "Voucher code"),
      created_at: recordTime,
      updated_at: personal("order", "Zuletzt geändert am", "Last changed on"),
    },
    subject: { userColumn: "user_id" },
    purposes: ["contract"],
    retention: {
      period: { days: 0 },
      trigger: "account-closed",
      text: {
        de: `Der Warenkorb Ihres Kontos, solange das Konto besteht; Gast-Warenkörbe ${RETENTION.guestCartDays} Tage nach der letzten Änderung.`,
        en: `Your account's cart as long as the account exists; guest carts ${RETENTION.guestCartDays} days after their last change.`,
      },
      exception: {
        rows: { column: "user_id", isNull: true },
        period: { days: RETENTION.guestCartDays },
        trigger: "last-change",
        column: "updated_at",
        text: {
          de: `Gast-Warenkörbe: ${RETENTION.guestCartDays} Tage nach der letzten Änderung.`,
          en: `Guest carts: ${RETENTION.guestCartDays} days after their last change.`,
        },
      },
    },
    erasure: { action: "delete" },
    recipients: [],
    source: ["customer"],
    factory: async (db, subject) => {
      await insertSampleCart(db, subject);
    },
  }),

  cart_items: personalTable({
    table: cartItems,
    personal: true,
    description: { de: "Artikel in Warenkörben", en: "Items in carts" },
    category: "order",
    exportLabel: { de: "Artikel im Warenkorb", en: "Cart items" },
    columns: {
      id: key,
      cart_id: reference,
      variant_id: personal("order", "Artikel (Variante)", "Item (variant)"),
      quantity: personal("order", "Menge", "Quantity"),
      added_at: personal("order", "Hinzugefügt am", "Added on"),
    },
    subject: { via: { parentTable: "carts", foreignKey: "cart_id" } },
    purposes: ["contract"],
    retention: {
      period: { days: 0 },
      trigger: "with-parent",
      text: { de: "Wie der Warenkorb.", en: "Like the cart." },
    },
    erasure: { action: "cascade", parentTable: "carts" },
    recipients: [],
    source: ["customer"],
    factory: async (db, subject) => {
      const cartId = await insertSampleCart(db, subject);
      const variant = await sampleVariant(db);
      await db.insert(cartItems).values({ cartId, variantId: variant.variantId, quantity: 2 });
    },
  }),
};

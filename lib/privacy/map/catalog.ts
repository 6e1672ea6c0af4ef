import {
  categories,
  priceHistory,
  productImages,
  productVariants,
  products,
  stockLevels,
  stores,
} from "@/db/schema";
import { catalogue, key, nonPersonalTable, recordTime, reference, technical } from "./define";

const asLongAsOffered = {
  period: { days: 0 },
  trigger: "not-personal",
  text: {
    de: "Katalogdaten ohne Personenbezug: solange das Sortiment sie braucht.",
    en: "Catalogue data about no person: as long as the range needs it.",
  },
} as const;

export const CATALOG_TABLES = {
  categories: nonPersonalTable({
    table: categories,
    personal: false,
    kind: "catalogue",
    description: { de: "Produktkategorien", en: "Product categories" },
    columns: {
      id: key,
      slug: catalogue,
      parent_id: reference,
      name_de: catalogue,
      name_en: catalogue,
      description_de: catalogue,
      description_en: catalogue,
      sensitive: catalogue,
      default_vat_rate: catalogue,
      position: catalogue,
      hue: catalogue,
      created_at: recordTime,
    },
    retention: asLongAsOffered,
  }),

  products: nonPersonalTable({
    table: products,
    personal: false,
    kind: "catalogue",
    description: { de: "Produkte", en: "Products" },
    columns: {
      id: key,
      slug: catalogue,
      category_id: reference,
      brand: catalogue,
      name_de: catalogue,
      name_en: catalogue,
      description_de: catalogue,
      description_en: catalogue,
      vat_rate: catalogue,
      unit_kind: catalogue,
      unit_content: catalogue,
      attributes: catalogue,
      status: catalogue,
      featured: catalogue,
      consumable: catalogue,
      complements: catalogue,
      launched_at: catalogue,
      created_at: recordTime,
      updated_at: recordTime,
      // Derived from the catalogue columns above for the shop's search (lib/search): no person.
      search_text: technical,
      search_names: technical,
    },
    retention: asLongAsOffered,
  }),

  product_variants: nonPersonalTable({
    table: productVariants,
    personal: false,
    kind: "catalogue",
    description: { de: "Produktvarianten mit Preis", en: "Product variants with their price" },
    columns: {
      id: key,
      product_id: reference,
      sku: catalogue,
      size: catalogue,
      colour: catalogue,
      price_cents: catalogue,
      position: catalogue,
      active: catalogue,
      created_at: recordTime,
    },
    retention: asLongAsOffered,
  }),

  product_images: nonPersonalTable({
    table: productImages,
    personal: false,
    kind: "catalogue",
    description: { de: "Produktbilder", en: "Product images" },
    columns: {
      id: key,
      product_id: reference,
      position: catalogue,
      url: catalogue,
      alt_de: catalogue,
      alt_en: catalogue,
      width: catalogue,
      height: catalogue,
    },
    retention: asLongAsOffered,
  }),

  price_history: nonPersonalTable({
    table: priceHistory,
    personal: false,
    kind: "catalogue",
    description: {
      de: "Preisverlauf je Variante (PAngV §11: niedrigster Preis der letzten 30 Tage)",
      en: "Price history per variant (PAngV §11: lowest price of the last 30 days)",
    },
    columns: {
      id: key,
      variant_id: reference,
      price_cents: catalogue,
      change: catalogue,
      valid_from: catalogue,
      valid_to: catalogue,
    },
    retention: {
      ...asLongAsOffered,
      law: "PAngV §11",
      text: {
        de: "Katalogdaten ohne Personenbezug: solange die Variante besteht, mindestens 30 Tage nach jeder Preisänderung.",
        en: "Catalogue data about no person: as long as the variant exists, at least 30 days after each price change.",
      },
    },
  }),

  stores: nonPersonalTable({
    table: stores,
    personal: false,
    kind: "catalogue",
    description: {
      de: "Filialen und Versandlager (Geschäftsadressen, keine Personen)",
      en: "Stores and the warehouse (business addresses, no persons)",
    },
    columns: {
      id: key,
      slug: catalogue,
      kind: catalogue,
      name: catalogue,
      street: catalogue,
      postal_code: catalogue,
      city: catalogue,
      latitude: catalogue,
      longitude: catalogue,
      opening_hours: catalogue,
      phone: catalogue,
    },
    retention: asLongAsOffered,
  }),

  stock_levels: nonPersonalTable({
    table: stockLevels,
    personal: false,
    kind: "catalogue",
    description: { de: "Bestand je Variante und Filiale", en: "Stock per variant and store" },
    columns: {
      variant_id: reference,
      store_id: reference,
      quantity: catalogue,
      updated_at: recordTime,
    },
    retention: asLongAsOffered,
  }),
};

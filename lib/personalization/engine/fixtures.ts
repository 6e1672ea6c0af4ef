import type {
  CatalogItem,
  LocalizedName,
  PersonalSignals,
  PurchaseSignal,
  ShopContext,
  ViewSignal,
} from "../types";
import { seededRandom } from "@/lib/random/random";
import { DAY_MS } from "@/lib/time/days";

/**
 * A small, realistic shop for tests of the engine: cameras, lenses and SD cards, coffee as a
 * consumable, books, and a sensitive drugstore category. Ids are slugs, never equal to a name,
 * so a test can tell a leaked id from a name.
 */
export const NOW = new Date("2026-05-20T10:00:00.000Z");

export const daysAgo = (days: number, now: Date = NOW) => new Date(now.getTime() - days * DAY_MS);
export const minutesAgo = (minutes: number, now: Date = NOW) =>
  new Date(now.getTime() - minutes * 60_000);

export const CATEGORY = {
  cameras: "cat-cameras",
  food: "cat-food-drinks",
  home: "cat-home-kitchen",
  books: "cat-books",
  electronics: "cat-electronics",
  health: "cat-drugstore-health",
} as const;

const CATEGORY_NAMES: Record<string, LocalizedName> = {
  [CATEGORY.cameras]: { de: "Kameras & Foto", en: "Cameras & Photo" },
  [CATEGORY.food]: { de: "Lebensmittel & Getränke", en: "Food & Drinks" },
  [CATEGORY.home]: { de: "Wohnen & Küche", en: "Home & Kitchen" },
  [CATEGORY.books]: { de: "Bücher", en: "Books" },
  [CATEGORY.electronics]: { de: "Elektronik", en: "Electronics" },
  [CATEGORY.health]: { de: "Drogerie & Gesundheit", en: "Drugstore & Health" },
};

type Spec = {
  id: string;
  category: string;
  brand: string;
  name: [de: string, en: string];
  consumable?: boolean;
  available?: boolean;
  complements?: string[];
};

const SPECS: Spec[] = [
  {
    id: "lumix-g9-ii",
    category: CATEGORY.cameras,
    brand: "Panasonic",
    name: ["Lumix G9 II Gehäuse", "Lumix G9 II body"],
    complements: ["leica-12-60-lens", "sd-card-128gb", "kamerabuch-lumix"],
  },
  {
    id: "leica-12-60-lens",
    category: CATEGORY.cameras,
    brand: "Panasonic",
    name: ["Leica DG 12–60 mm Objektiv", "Leica DG 12–60 mm lens"],
    complements: ["lumix-g9-ii", "nd-filter-62mm"],
  },
  {
    id: "dmw-battery",
    category: CATEGORY.cameras,
    brand: "Panasonic",
    name: ["Akku DMW-BLK22", "DMW-BLK22 battery"],
  },
  {
    id: "mirako-z6",
    category: CATEGORY.cameras,
    brand: "Mirako",
    name: ["Mirako Z6 Gehäuse", "Mirako Z6 body"],
    complements: ["mirako-35mm-lens", "sd-card-128gb"],
  },
  {
    id: "mirako-35mm-lens",
    category: CATEGORY.cameras,
    brand: "Mirako",
    name: ["Mirako 35 mm F1,8 Objektiv", "Mirako 35 mm f/1.8 lens"],
  },
  {
    id: "nd-filter-62mm",
    category: CATEGORY.cameras,
    brand: "Lumora",
    name: ["ND-Filter 62 mm", "ND filter 62 mm"],
  },
  {
    id: "sd-card-128gb",
    category: CATEGORY.cameras,
    brand: "Vantaro",
    name: ["SDXC-Speicherkarte 128 GB V90", "SDXC memory card 128 GB V90"],
    consumable: true,
  },
  {
    id: "sd-card-64gb",
    category: CATEGORY.cameras,
    brand: "Vantaro",
    name: ["SDXC-Speicherkarte 64 GB V30", "SDXC memory card 64 GB V30"],
    consumable: true,
  },
  {
    id: "halden-instant",
    category: CATEGORY.cameras,
    brand: "Halden",
    name: ["Halden Sofortbildkamera", "Halden instant camera"],
    available: false,
  },
  {
    id: "espresso-beans",
    category: CATEGORY.food,
    brand: "Kaffeerösterei Elbe",
    name: ["Espresso Hafenblend, ganze Bohne", "Hafenblend espresso, whole beans"],
    consumable: true,
    complements: ["hand-grinder", "coffee-book"],
  },
  {
    id: "filter-coffee",
    category: CATEGORY.food,
    brand: "Kaffeerösterei Elbe",
    name: ["Filterkaffee Elbufer", "Elbufer filter coffee"],
    consumable: true,
  },
  {
    id: "green-tea",
    category: CATEGORY.food,
    brand: "Lindner",
    name: ["Sencha Grüntee", "Sencha green tea"],
    consumable: true,
  },
  {
    id: "dark-chocolate",
    category: CATEGORY.food,
    brand: "Kakaowerk",
    name: ["Zartbitterschokolade 72 %", "Dark chocolate 72 %"],
    consumable: true,
  },
  {
    id: "hand-grinder",
    category: CATEGORY.home,
    brand: "Brühwerk",
    name: ["Handmühle mit Kegelmahlwerk", "Hand grinder with conical burrs"],
    complements: ["espresso-beans"],
  },
  {
    id: "espresso-cups",
    category: CATEGORY.home,
    brand: "Tonwerk",
    name: ["Espressotassen, 2 Stück", "Espresso cups, set of 2"],
  },
  {
    id: "kamerabuch-lumix",
    category: CATEGORY.books,
    brand: "Lichtbild Verlag",
    name: ["Das Kamerabuch Lumix G9 II", "The Lumix G9 II camera book"],
  },
  {
    id: "photo-school",
    category: CATEGORY.books,
    brand: "Lichtbild Verlag",
    name: ["Kleine Schule der Fotografie", "A little school of photography"],
  },
  {
    id: "coffee-book",
    category: CATEGORY.books,
    brand: "Hafen Verlag",
    name: ["Kaffee – von der Bohne bis zur Tasse", "Coffee – from bean to cup"],
  },
  {
    id: "harbour-novel",
    category: CATEGORY.books,
    brand: "Hafen Verlag",
    name: ["Der stille Hafen", "The Quiet Harbour"],
  },
  {
    id: "sonaro-anc",
    category: CATEGORY.electronics,
    brand: "Sonaro",
    name: ["Sonaro ANC 700 Kopfhörer", "Sonaro ANC 700 headphones"],
  },
  {
    id: "usb-charger",
    category: CATEGORY.electronics,
    brand: "Voltkern",
    name: ["USB-C-Ladegerät 65 W", "USB-C charger 65 W"],
  },
  {
    id: "vitamin-d3",
    category: CATEGORY.health,
    brand: "Vitalkern",
    name: ["Vitamin D3 Tabletten", "Vitamin D3 tablets"],
    consumable: true,
    complements: ["magnesium", "green-tea"],
  },
  {
    id: "magnesium",
    category: CATEGORY.health,
    brand: "Vitalkern",
    name: ["Magnesium 400", "Magnesium 400"],
    consumable: true,
  },
  {
    id: "thermometer",
    category: CATEGORY.health,
    brand: "Heilbar",
    name: ["Digitales Fieberthermometer", "Digital clinical thermometer"],
  },
];

export const PRODUCT_IDS = SPECS.map((s) => s.id);
export const SENSITIVE_IDS = SPECS.filter((s) => s.category === CATEGORY.health).map((s) => s.id);

function item(spec: Spec): CatalogItem {
  return {
    productId: spec.id,
    categoryId: spec.category,
    brand: spec.brand,
    name: { de: spec.name[0], en: spec.name[1] },
    categoryName: CATEGORY_NAMES[spec.category] as LocalizedName,
    sensitive: spec.category === CATEGORY.health,
    consumable: spec.consumable ?? false,
    complements: spec.complements ?? [],
    available: spec.available ?? true,
  };
}

const pairs = (list: [string, number][]) =>
  list.map(([productId, orders]) => ({ productId, orders }));

/** A fresh context each call (the engine caches its index per context object). */
export function createShopContext(): ShopContext {
  return {
    catalog: new Map(SPECS.map((s) => [s.id, item(s)])),
    coPurchases: new Map([
      [
        "lumix-g9-ii",
        pairs([
          ["leica-12-60-lens", 40],
          ["sd-card-128gb", 35],
          ["kamerabuch-lumix", 12],
          ["dmw-battery", 9],
        ]),
      ],
      [
        "leica-12-60-lens",
        pairs([
          ["lumix-g9-ii", 40],
          ["nd-filter-62mm", 8],
        ]),
      ],
      [
        "mirako-z6",
        pairs([
          ["mirako-35mm-lens", 10],
          ["sd-card-128gb", 6],
        ]),
      ],
      [
        "sd-card-128gb",
        pairs([
          ["lumix-g9-ii", 35],
          ["mirako-z6", 6],
        ]),
      ],
      [
        "espresso-beans",
        pairs([
          ["hand-grinder", 15],
          ["filter-coffee", 9],
          ["espresso-cups", 5],
          ["vitamin-d3", 4],
          // Below the minimum of shared orders: never used.
          ["dark-chocolate", 2],
        ]),
      ],
      [
        "hand-grinder",
        pairs([
          ["espresso-beans", 15],
          ["espresso-cups", 6],
        ]),
      ],
      // Sensitive anchors: they must never drive anything.
      [
        "vitamin-d3",
        pairs([
          ["magnesium", 20],
          ["espresso-beans", 4],
          ["green-tea", 3],
        ]),
      ],
      ["thermometer", pairs([["usb-charger", 3]])],
      ["harbour-novel", pairs([["coffee-book", 3]])],
    ]),
    generic: [
      "espresso-beans",
      "sonaro-anc",
      "lumix-g9-ii",
      "vitamin-d3",
      "harbour-novel",
      "sd-card-128gb",
      "green-tea",
      "photo-school",
      "halden-instant",
      "usb-charger",
      "filter-coffee",
      "hand-grinder",
      "dark-chocolate",
      "mirako-z6",
      "espresso-cups",
    ],
  };
}

export function purchase(productId: string, days: number, quantity = 1): PurchaseSignal {
  return { productId, at: daysAgo(days), quantity };
}

export function view(productId: string, at: Date): ViewSignal {
  return { productId, at };
}

/** Signals with nothing in them, at the given level; override what the test needs. */
export function signalsOf(overrides: Partial<PersonalSignals> = {}): PersonalSignals {
  return {
    level: "full",
    purchases: [],
    views: [],
    interestCategoryIds: [],
    notInterested: { categoryIds: [], brands: [] },
    ...overrides,
  };
}

/**
 * A synthetic shop of `size` products (50 categories, 200 brands, complements and co-purchases
 * for each) and a customer with the given numbers of purchases and views, from a seed: the
 * scale the engine must stay fast at.
 */
export function largeShop(
  size: number,
  purchases: number,
  views: number,
  seed: number,
): { ctx: ShopContext; signals: PersonalSignals } {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const id = (i: number) => `product-${i.toString().padStart(5, "0")}`;
  const catalog = new Map<string, CatalogItem>();
  const coPurchases = new Map<string, { productId: string; orders: number }[]>();
  for (let i = 0; i < size; i++) {
    const category = `category-${i % 50}`;
    catalog.set(id(i), {
      productId: id(i),
      categoryId: category,
      brand: `Brand ${i % 200}`,
      name: { de: `Produkt ${i}`, en: `Product ${i}` },
      categoryName: { de: `Kategorie ${i % 50}`, en: `Category ${i % 50}` },
      sensitive: i % 50 === 49,
      consumable: i % 7 === 0,
      complements: Array.from({ length: 3 }, () => id(int(size))),
      available: i % 31 !== 0,
    });
    coPurchases.set(
      id(i),
      Array.from({ length: 10 }, () => ({ productId: id(int(size)), orders: 1 + int(50) })).sort(
        (a, b) => b.orders - a.orders,
      ),
    );
  }
  const generic = Array.from({ length: 200 }, () => id(int(size)));
  return {
    ctx: { catalog, coPurchases, generic },
    signals: signalsOf({
      purchases: Array.from({ length: purchases }, () =>
        purchase(id(int(size)), int(365), 1 + int(3)),
      ),
      views: Array.from({ length: views }, () => view(id(int(size)), daysAgo(random() * 180))).sort(
        (a, b) => b.at.getTime() - a.at.getTime(),
      ),
      interestCategoryIds: ["category-3"],
    }),
  };
}

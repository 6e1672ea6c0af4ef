/** Shapes of the hand-written demo catalogue; the seed turns them into rows. */

export type Localized = { de: string; en: string };

/** VAT in basis points: 1900 = 19 %, 700 = 7 % (reduced rate: food, books). */
export type VatRate = 1900 | 700;

/** Motifs the generated product art knows how to draw (lib/catalog/product-art.ts). */
export type ArtMotif =
  | "camera"
  | "lens"
  | "phone"
  | "headphones"
  | "laptop"
  | "speaker"
  | "watch"
  | "tshirt"
  | "sweater"
  | "jacket"
  | "dress"
  | "trousers"
  | "sneaker"
  | "bag"
  | "coffee"
  | "tea"
  | "chocolate"
  | "pasta"
  | "oil"
  | "honey"
  | "book"
  | "vitamins"
  | "cream"
  | "toothbrush"
  | "plaster"
  | "lamp"
  | "mug"
  | "pan"
  | "plant"
  | "ball";

export type SeedCategory = {
  slug: string;
  name: Localized;
  description: Localized;
  /** Default VAT rate of the goods in this category. */
  vatRate: VatRate;
  /** Health, pharmacy and similar goods (GDPR Art. 9): never used for personalization. */
  sensitive: boolean;
  /** Hue (0-360) of the category's colour in the generated art. */
  hue: number;
};

/** Content of a product sold by quantity, for the unit price (PAngV §4): per kg, l or m. */
export type UnitContent = { amount: number; unit: "g" | "ml" | "cm" };

export type SeedVariant = {
  /** Appended to the product slug to make the SKU, e.g. "m-navy". */
  key: string;
  /** Clothing size ("S", "M", "42") or null. */
  size: string | null;
  /** Colour code from COLOURS in lib/catalog/colours.ts, or null. */
  colour: string | null;
  /** Difference to the product price in cents (usually 0). */
  priceDeltaCents?: number;
};

export type SeedProduct = {
  slug: string;
  category: string;
  brand: string;
  name: Localized;
  description: Localized;
  /** Current gross price in cents, VAT included. */
  priceCents: number;
  vatRate: VatRate;
  unit?: UnitContent;
  /** Filterable attributes shown in a spec table; values localized. Keys are stable codes. */
  attributes: Record<string, Localized>;
  /** Omit for products without variants: the seed creates one default variant. */
  variants?: SeedVariant[];
  /**
   * On sale: the prices before the current one, oldest first, with how many days ago each
   * started. The current price started `saleStartedDaysAgo` days ago.
   */
  sale?: { earlierPrices: { priceCents: number; daysAgo: number }[]; saleStartedDaysAgo: number };
  /** Days since launch (for "new" and for P5's "lowest price since launch"). */
  launchedDaysAgo: number;
  featured?: boolean;
  /** Consumed and bought again (coffee, vitamins): replenishment reminders. */
  consumable?: boolean;
  /** Slugs of products that complement this one (a lens for a camera). */
  complements?: string[];
  art: { motif: ArtMotif; hue: number };
};

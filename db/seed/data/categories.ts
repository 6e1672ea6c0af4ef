import type { SeedCategory } from "./types";

/** The demo shop's categories, in display order. */
export const CATEGORIES: SeedCategory[] = [
  {
    slug: "cameras",
    name: { de: "Kameras & Foto", en: "Cameras & Photo" },
    description: {
      de: "Systemkameras, Objektive und das Zubehör, das unterwegs wirklich gebraucht wird.",
      en: "Mirrorless cameras, lenses and the accessories you actually need on the go.",
    },
    vatRate: 1900,
    sensitive: false,
    hue: 215,
  },
  {
    slug: "electronics",
    name: { de: "Elektronik", en: "Electronics" },
    description: {
      de: "Smartphones, Kopfhörer, Lautsprecher, Laptops und Uhren samt passendem Zubehör.",
      en: "Phones, headphones, speakers, laptops and watches, along with the right accessories.",
    },
    vatRate: 1900,
    sensitive: false,
    hue: 252,
  },
  {
    slug: "fashion-women",
    name: { de: "Damenmode", en: "Women's Fashion" },
    description: {
      de: "Langlebige Basics, Strick und Jacken für Damen aus sorgfältig ausgewählten Materialien.",
      en: "Durable basics, knitwear and jackets for women, made from carefully chosen materials.",
    },
    vatRate: 1900,
    sensitive: false,
    hue: 325,
  },
  {
    slug: "fashion-men",
    name: { de: "Herrenmode", en: "Men's Fashion" },
    description: {
      de: "Hemden, Hosen, Pullover und Jacken für Herren, die viele Saisons mitmachen.",
      en: "Shirts, trousers, jumpers and jackets for men that last for many seasons.",
    },
    vatRate: 1900,
    sensitive: false,
    hue: 185,
  },
  {
    slug: "shoes-bags",
    name: { de: "Schuhe & Taschen", en: "Shoes & Bags" },
    description: {
      de: "Sneaker, Stiefel und Taschen aus Leder und robusten Stoffen für Alltag und Reise.",
      en: "Sneakers, boots and bags in leather and sturdy fabrics for everyday life and travel.",
    },
    vatRate: 1900,
    sensitive: false,
    hue: 80,
  },
  {
    slug: "home-kitchen",
    name: { de: "Wohnen & Küche", en: "Home & Kitchen" },
    description: {
      de: "Pfannen, Geschirr, Leuchten und Pflanzen für eine Wohnung, in der man gern kocht.",
      en: "Pans, tableware, lamps and plants for a home where cooking is a pleasure.",
    },
    vatRate: 1900,
    sensitive: false,
    hue: 8,
  },
  {
    slug: "food-drinks",
    name: { de: "Lebensmittel & Getränke", en: "Food & Drinks" },
    description: {
      de: "Kaffee, Tee, Schokolade, Pasta und Öl von kleinen Röstereien und Erzeugern.",
      en: "Coffee, tea, chocolate, pasta and oil from small roasters and producers.",
    },
    vatRate: 700,
    sensitive: false,
    hue: 40,
  },
  {
    slug: "books",
    name: { de: "Bücher", en: "Books" },
    description: {
      de: "Romane, Sachbücher und Ratgeber zum gebundenen Ladenpreis.",
      en: "Novels, non-fiction and guides at the fixed retail price for books.",
    },
    vatRate: 700,
    sensitive: false,
    hue: 285,
  },
  {
    slug: "drugstore-health",
    name: { de: "Drogerie & Gesundheit", en: "Drugstore & Health" },
    description: {
      de: "Pflege, Zahnpflege, Nahrungsergänzung und Erste Hilfe für den Alltag.",
      en: "Personal care, dental care, supplements and first aid for everyday life.",
    },
    vatRate: 1900,
    sensitive: true,
    hue: 145,
  },
];

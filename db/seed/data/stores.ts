import type { OpeningHours } from "@/db/schema";

const weekdays = (opens: string, closes: string, saturday?: [string, string]): OpeningHours => [
  ...[1, 2, 3, 4, 5].map((day) => ({ day, opens, closes })),
  ...(saturday ? [{ day: 6, opens: saturday[0], closes: saturday[1] }] : []),
];

export type SeedStore = {
  slug: string;
  kind: "store" | "warehouse";
  name: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: number;
  longitude: number;
  openingHours: OpeningHours;
  phone: string | null;
};

export const STORES: SeedStore[] = [
  {
    slug: "online",
    kind: "warehouse",
    name: "Vitrine Versandlager",
    street: "Lagerweg 4",
    postalCode: "14979",
    city: "Großbeeren",
    latitude: 52.3547,
    longitude: 13.3092,
    openingHours: [],
    phone: null,
  },
  {
    slug: "berlin-mitte",
    kind: "store",
    name: "Vitrine Berlin Mitte",
    street: "Rosenthaler Straße 40",
    postalCode: "10178",
    city: "Berlin",
    latitude: 52.5259,
    longitude: 13.4017,
    openingHours: weekdays("10:00", "20:00", ["10:00", "18:00"]),
    phone: "+49 30 0000001",
  },
  {
    slug: "hamburg-altona",
    kind: "store",
    name: "Vitrine Hamburg Altona",
    street: "Ottenser Hauptstraße 12",
    postalCode: "22765",
    city: "Hamburg",
    latitude: 53.5523,
    longitude: 9.9305,
    openingHours: weekdays("10:00", "19:00", ["10:00", "18:00"]),
    phone: "+49 40 0000002",
  },
  {
    slug: "muenchen-maxvorstadt",
    kind: "store",
    name: "Vitrine München Maxvorstadt",
    street: "Türkenstraße 55",
    postalCode: "80799",
    city: "München",
    latitude: 48.1516,
    longitude: 11.5781,
    openingHours: weekdays("09:30", "20:00", ["09:30", "18:00"]),
    phone: "+49 89 0000003",
  },
  {
    slug: "koeln-ehrenfeld",
    kind: "store",
    name: "Vitrine Köln Ehrenfeld",
    street: "Venloer Straße 310",
    postalCode: "50823",
    city: "Köln",
    latitude: 50.9489,
    longitude: 6.9186,
    openingHours: weekdays("10:00", "19:00", ["10:00", "16:00"]),
    phone: "+49 221 0000004",
  },
];

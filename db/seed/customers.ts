import { eq, like } from "drizzle-orm";
import {
  addresses,
  behaviourEvents,
  categories,
  consentEvents,
  invoices,
  newsletterSubscriptions,
  orderItems,
  orders,
  payments,
  personalizationSettings,
  productVariants,
  products,
  staffMfa,
  statedInterests,
  users,
  type PostalAddress,
  type PurposeStates,
} from "@/db/schema";
import type { Database } from "@/db/engine/open";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { hashPassword } from "@/lib/auth/password-hash";
import { CONSENT_NOTICE_VERSION } from "@/lib/consent/notice";
import { pick, secureRandom, seededRandom, type RandomSource } from "@/lib/random/random";
import { createHash } from "node:crypto";
import { DAY_MS, daysBefore, insertInBatches } from "./batch";
import { CITIES, FIRST_NAMES, LAST_NAMES, STREETS } from "./data/people";
import { buildSeedOrder, type CatalogEntry, type SeedOrderRows } from "./orders";

export const SYNTHETIC_DOMAIN = "kunden.example";

const ALL: PurposeStates = {
  preferences: true,
  analytics: true,
  personalization: true,
  marketing: true,
};
const NONE: PurposeStates = {
  preferences: false,
  analytics: false,
  personalization: false,
  marketing: false,
};

/** Anna's pattern (contract.md): a camera, then its lens and card, coffee every few weeks. */
const ANNA_PATTERN = {
  camera: "lumix-g9-ii",
  followUps: ["leica-12-60-lens", "sd-card-128gb-v90"],
  consumable: "elbe-espresso-beans-1kg",
};

type Buffers = {
  users: (typeof users.$inferInsert)[];
  addresses: (typeof addresses.$inferInsert)[];
  consent: (typeof consentEvents.$inferInsert)[];
  settings: (typeof personalizationSettings.$inferInsert)[];
  interests: (typeof statedInterests.$inferInsert)[];
  events: (typeof behaviourEvents.$inferInsert)[];
};

async function loadCatalog(db: Database): Promise<CatalogEntry[]> {
  return db
    .select({
      productId: products.id,
      variantId: productVariants.id,
      slug: products.slug,
      sku: productVariants.sku,
      nameDe: products.nameDe,
      priceCents: productVariants.priceCents,
      vatRate: products.vatRate,
      categorySlug: categories.slug,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId));
}

function seasonWeight(date: Date): number {
  const month = date.getUTCMonth();
  return month === 10 || month === 11 ? 1.6 : month === 0 || month === 1 ? 0.8 : 1;
}

/** A day in the last `days` days, more likely in the Christmas season. */
function orderDate(now: Date, random: RandomSource, days = 365, minDays = 0): Date {
  for (;;) {
    const d = daysBefore(now, minDays + random() * (days - minDays));
    if (random() * 1.6 < seasonWeight(d)) return d;
  }
}

function addressFor(name: string, random: RandomSource): PostalAddress {
  const place = pick(CITIES, random);
  return {
    fullName: name,
    street: `${pick(STREETS, random)} ${1 + Math.floor(random() * 120)}`,
    postalCode: place.postalCode,
    city: place.city,
    country: "DE",
  };
}

function entriesBySlug(catalog: CatalogEntry[]): Map<string, CatalogEntry[]> {
  const map = new Map<string, CatalogEntry[]>();
  for (const e of catalog) map.set(e.slug, [...(map.get(e.slug) ?? []), e]);
  return map;
}

function consentEvent(
  userId: string,
  purposes: PurposeStates,
  recordedAt: Date,
  random: RandomSource,
): typeof consentEvents.$inferInsert {
  return {
    subjectId: `s_${crypto.randomUUID().replaceAll("-", "").slice(0, 20)}`,
    userId,
    noticeVersion: CONSENT_NOTICE_VERSION,
    language: random() < 0.85 ? "de" : "en",
    purposes,
    method: "banner",
    gpc: false,
    jurisdiction: "DE",
    withdrawalMethod: "Footer link “Privacy settings” or /account/privacy",
    recordedAt,
  };
}

function viewEvents(
  userId: string,
  subjectId: string,
  picks: CatalogEntry[],
  now: Date,
  random: RandomSource,
  purpose: "analytics" | "personalization",
): (typeof behaviourEvents.$inferInsert)[] {
  return picks.map((entry) => ({
    userId,
    subjectId,
    type: "product_view" as const,
    purpose,
    productId: entry.productId,
    occurredAt: daysBefore(now, random() * 90),
  }));
}

/** Inserts historical orders; invoice numbers follow the order of issue, so they go in by date. */
export async function insertSeedOrders(db: Database, pending: SeedOrderRows[]): Promise<void> {
  const sorted = [...pending].sort(
    (x, y) => x.order.placedAt!.getTime() - y.order.placedAt!.getTime(),
  );
  for (let i = 0; i < sorted.length; i += 2000) {
    const chunk = sorted.slice(i, i + 2000);
    await db.transaction(async (tx) => {
      await insertInBatches(
        tx,
        orders,
        chunk.map((o) => o.order),
        26,
      );
      await insertInBatches(
        tx,
        orderItems,
        chunk.flatMap((o) => o.items),
        11,
      );
      await insertInBatches(
        tx,
        payments,
        chunk.map((o) => o.payment),
        11,
      );
      await insertInBatches(
        tx,
        invoices,
        chunk.map((o) => o.invoice),
        5,
      );
    });
  }
}

async function flush(db: Database, b: Buffers): Promise<void> {
  await db.transaction(async (tx) => {
    await insertInBatches(tx, users, b.users, 14);
    await insertInBatches(tx, addresses, b.addresses, 14);
    await insertInBatches(tx, consentEvents, b.consent, 12);
    await insertInBatches(tx, personalizationSettings, b.settings, 3);
    await insertInBatches(tx, statedInterests, b.interests, 6);
    await insertInBatches(tx, behaviourEvents, b.events, 10);
  });
}

function emptyBuffers(): Buffers {
  return {
    users: [],
    addresses: [],
    consent: [],
    settings: [],
    interests: [],
    events: [],
  };
}

/**
 * Synthetic customers with 12 months of orders, a realistic spread of consent choices and
 * interests, and a cohort with Anna's buying pattern. Idempotent: skipped once present.
 */
export async function seedSyntheticCustomers(
  db: Database,
  now: Date,
  options: { count: number; cohort: number; offset?: number },
): Promise<SeedOrderRows[]> {
  const offset = options.offset ?? 0;
  if (offset === 0) {
    const existing = await db
      .select({ id: users.id })
      .from(users)
      .where(like(users.email, `%@${SYNTHETIC_DOMAIN}`))
      .limit(1);
    if (existing.length > 0) return [];
  }
  const random = seededRandom(4711 + offset);
  const catalog = await loadCatalog(db);
  const bySlug = entriesBySlug(catalog);
  const categorySlugs = [...new Set(catalog.map((e) => e.categorySlug))];
  const categoryRows = await db
    .select({ id: categories.id, slug: categories.slug, sensitive: categories.sensitive })
    .from(categories);
  const byCategory = new Map<string, CatalogEntry[]>();
  for (const e of catalog)
    byCategory.set(e.categorySlug, [...(byCategory.get(e.categorySlug) ?? []), e]);
  // Nobody can sign in as a synthetic customer: the shared hash is of a random, discarded password.
  const passwordHash = await hashPassword(crypto.randomUUID() + crypto.randomUUID());

  let buffers = emptyBuffers();
  const pendingOrders: SeedOrderRows[] = [];
  for (let n = 0; n < options.count; n++) {
    const index = offset + n;
    const inCohort = n < options.cohort;
    const first = pick(FIRST_NAMES, random);
    const last = pick(LAST_NAMES, random);
    const name = `${first} ${last}`;
    const userId = crypto.randomUUID();
    const createdAt = daysBefore(now, 30 + random() * 700);
    const email = `${first}.${last}.${index}@${SYNTHETIC_DOMAIN}`
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ß/g, "ss")
      .replace(/ı/g, "i");
    buffers.users.push({
      id: userId,
      email,
      emailVerifiedAt: createdAt,
      passwordHash,
      name,
      role: "customer",
      confirmedAdultAt: inCohort || random() < 0.96 ? createdAt : null,
      locale: random() < 0.85 ? "de" : "en",
      createdAt,
      updatedAt: createdAt,
    });
    const address = addressFor(name, random);
    buffers.addresses.push({
      userId,
      ...address,
      isDefaultShipping: true,
      isDefaultBilling: true,
      createdAt,
    });

    const roll = random();
    const purposes: PurposeStates = inCohort
      ? ALL
      : roll < 0.35
        ? ALL
        : roll < 0.75
          ? NONE
          : {
              preferences: random() < 0.7,
              analytics: random() < 0.5,
              personalization: random() < 0.5,
              marketing: random() < 0.3,
            };
    const consent = consentEvent(userId, purposes, createdAt, random);
    buffers.consent.push(consent);
    if (purposes.personalization) {
      buffers.settings.push({
        userId,
        level: random() < 0.8 || inCohort ? "full" : "session",
        updatedAt: createdAt,
      });
      const viewed = Array.from({ length: 3 + Math.floor(random() * 8) }, () =>
        pick(catalog, random),
      );
      buffers.events.push(
        ...viewEvents(userId, consent.subjectId, viewed, now, random, "personalization"),
      );
    }
    const favourites = inCohort
      ? ["cameras", "food-drinks"]
      : Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(categorySlugs, random));
    if (inCohort || random() < 0.3) {
      for (const slug of new Set(favourites)) {
        const category = categoryRows.find((c) => c.slug === slug);
        if (category && !category.sensitive)
          buffers.interests.push({ userId, categoryId: category.id, createdAt });
      }
    }

    const lines = (entries: CatalogEntry[]) => entries.map((entry) => ({ entry, quantity: 1 }));
    if (inCohort) {
      const camera = bySlug.get(ANNA_PATTERN.camera) ?? [
        pick(byCategory.get("cameras") ?? catalog, random),
      ];
      const boughtAt = orderDate(now, random, 330, 120);
      pendingOrders.push(
        buildSeedOrder({
          userId,
          email,
          address,
          lines: lines([pick(camera, random)]),
          placedAt: boughtAt,
          now,
          random,
        }),
      );
      const followUps = ANNA_PATTERN.followUps.flatMap((slug) => bySlug.get(slug) ?? []);
      if (followUps.length > 0 && random() < 0.85) {
        const followAt = new Date(boughtAt.getTime() + (10 + random() * 60) * DAY_MS);
        const chosen = followUps.filter(() => random() < 0.7);
        if (chosen.length > 0 && followAt < now) {
          pendingOrders.push(
            buildSeedOrder({
              userId,
              email,
              address,
              lines: lines(chosen),
              placedAt: followAt,
              now,
              random,
            }),
          );
        }
      }
      const coffee = bySlug.get(ANNA_PATTERN.consumable) ?? [];
      for (let d = 20 + random() * 30; d < 330 && coffee.length > 0; d += 28 + random() * 21) {
        pendingOrders.push(
          buildSeedOrder({
            userId,
            email,
            address,
            lines: [{ entry: pick(coffee, random), quantity: 1 + Math.floor(random() * 2) }],
            placedAt: daysBefore(now, d),
            now,
            random,
          }),
        );
      }
    } else {
      const orderCount = random() < 0.25 ? 0 : Math.floor(-Math.log(1 - random()) * 4);
      for (let o = 0; o < orderCount; o++) {
        const size = 1 + Math.floor(random() * random() * 4);
        const chosen = Array.from({ length: size }, () => {
          const pool =
            random() < 0.75 ? (byCategory.get(pick(favourites, random)) ?? catalog) : catalog;
          return pick(pool, random);
        });
        const unique = [...new Map(chosen.map((e) => [e.variantId, e])).values()];
        pendingOrders.push(
          buildSeedOrder({
            userId,
            email,
            address,
            lines: unique.map((entry) => ({ entry, quantity: random() < 0.85 ? 1 : 2 })),
            placedAt: orderDate(now, random),
            now,
            random,
          }),
        );
      }
    }
    if (buffers.users.length >= 250) {
      await flush(db, buffers);
      buffers = emptyBuffers();
    }
  }
  await flush(db, buffers);
  return pendingOrders;
}

function demoHistory(
  email: string,
  catalog: CatalogEntry[],
): { slugs: string[]; daysAgo: number }[] {
  if (email === "anna@example.com") {
    return [
      { slugs: ["lumix-g9-ii"], daysAgo: 209 },
      { slugs: ["leica-12-60-lens", "sd-card-128gb-v90"], daysAgo: 171 },
      { slugs: ["elbe-espresso-beans-1kg"], daysAgo: 120 },
      { slugs: ["elbe-espresso-beans-1kg"], daysAgo: 84 },
      { slugs: ["elbe-espresso-beans-1kg"], daysAgo: 47 },
      { slugs: [catalog.find((e) => e.categorySlug === "books")?.slug ?? ""], daysAgo: 33 },
      { slugs: ["elbe-espresso-beans-1kg"], daysAgo: 12 },
    ];
  }
  const fashion = catalog.filter((e) => e.categorySlug === "fashion-men").map((e) => e.slug);
  const books = catalog.filter((e) => e.categorySlug === "books").map((e) => e.slug);
  return [
    { slugs: [fashion[0] ?? "", books[1] ?? ""], daysAgo: 150 },
    { slugs: [fashion[3] ?? ""], daysAgo: 62 },
    { slugs: [books[2] ?? ""], daysAgo: 9 },
  ];
}

/** The demo accounts of contract.md: Anna (all consents, history), Ben (refused all), staff. */
export async function seedDemoAccounts(db: Database, now: Date): Promise<SeedOrderRows[]> {
  const existing = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, "anna@example.com"))
    .limit(1);
  if (existing.length > 0) return [];
  const random = seededRandom(1234);
  const pendingOrders: SeedOrderRows[] = [];
  const catalog = await loadCatalog(db);
  const bySlug = entriesBySlug(catalog);
  const categoryRows = await db
    .select({ id: categories.id, slug: categories.slug })
    .from(categories);
  const buffers = emptyBuffers();
  const mfa: (typeof staffMfa.$inferInsert)[] = [];
  const newsletter: (typeof newsletterSubscriptions.$inferInsert)[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const userId = crypto.randomUUID();
    const createdAt = daysBefore(now, 400);
    buffers.users.push({
      id: userId,
      email: account.email,
      emailVerifiedAt: createdAt,
      passwordHash: await hashPassword(account.password),
      name: account.name,
      role: account.role,
      confirmedAdultAt: createdAt,
      locale: "de",
      createdAt,
      updatedAt: createdAt,
    });
    if (account.totpSecret)
      mfa.push({ userId, totpSecret: account.totpSecret, enabledAt: createdAt });
    if (account.role !== "customer") continue;
    const address = addressFor(account.name, random);
    buffers.addresses.push({
      userId,
      ...address,
      isDefaultShipping: true,
      isDefaultBilling: true,
      createdAt,
    });
    const isAnna = account.email === "anna@example.com";
    const consent = consentEvent(userId, isAnna ? ALL : NONE, createdAt, random);
    buffers.consent.push({ ...consent, language: "de" });
    if (isAnna) {
      buffers.settings.push({ userId, level: "full", updatedAt: createdAt });
      for (const slug of ["cameras", "food-drinks"]) {
        const category = categoryRows.find((c) => c.slug === slug);
        if (category) buffers.interests.push({ userId, categoryId: category.id, createdAt });
      }
      const viewed = ["leica-12-60-lens", "lumix-g9-ii", "elbe-espresso-beans-1kg"].flatMap(
        (s) => bySlug.get(s)?.slice(0, 1) ?? [],
      );
      buffers.events.push(
        ...viewEvents(userId, consent.subjectId, viewed, now, random, "personalization"),
      );
      newsletter.push({
        userId,
        email: account.email,
        status: "confirmed",
        tokenHash: createHash("sha256").update(crypto.randomUUID()).digest("hex"),
        requestedAt: createdAt,
        confirmedAt: createdAt,
      });
    }
    for (const step of demoHistory(account.email, catalog)) {
      const entries = step.slugs.flatMap((s) => bySlug.get(s)?.slice(0, 1) ?? []);
      if (entries.length === 0) continue;
      pendingOrders.push(
        buildSeedOrder({
          userId,
          email: account.email,
          address,
          lines: entries.map((entry) => ({ entry, quantity: 1 })),
          placedAt: daysBefore(now, step.daysAgo),
          now,
          random: secureRandom,
        }),
      );
    }
  }
  await flush(db, buffers);
  await db.insert(staffMfa).values(mfa);
  if (newsletter.length > 0) await db.insert(newsletterSubscriptions).values(newsletter);
  return pendingOrders;
}

import { and, asc, desc, eq, gt, inArray, isNull, lte, notExists, or, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import {
  categories,
  mailOutbox,
  newsletterSubscriptions,
  offers,
  productVariants,
  products,
  users,
} from "@/db/schema";
import { enqueueMail } from "@/lib/mail/outbox";
import type { MailLocale, NewsletterIssueMail } from "@/lib/mail/templates";
import { explainReason, recommend } from "@/lib/personalization/engine";
import { loadShopContext, loadSignalsForUser } from "@/lib/personalization/load";
import { logDecision } from "@/lib/personalization/offers";
import type { Reason, ShopContext } from "@/lib/personalization/types";
import { ISSUE_HEADER, isoWeekKey, listUnsubscribeHeaders, unsubscribeLinks } from "./links";
import { mayReceiveMarketing } from "./subscriptions";

const NEW_ARRIVALS = 6;
const PERSONAL_PICKS = 4;
/** Subscribers handled per query page; each gets its own short transaction. */
const PAGE_SIZE = 200;

type Localized<T> = Record<MailLocale, T>;

/** The part of an issue that is the same for every subscriber of a language. */
export type IssueCommon = {
  key: string;
  items: Localized<NewsletterIssueMail["items"]>;
  offers: Localized<NewsletterIssueMail["offers"]>;
};

const productLink = (baseUrl: string, slug: string) =>
  new URL(`/products/${encodeURIComponent(slug)}`, `${baseUrl.replace(/\/$/, "")}/`).toString();

/** Cheapest active variant per product: the "from" price the shop shows. */
async function productFacts(db: Database, productIds: readonly string[]) {
  if (productIds.length === 0) return new Map<string, { slug: string; priceCents: number }>();
  const rows = await db
    .select({
      productId: products.id,
      slug: products.slug,
      priceCents: sql<number>`min(${productVariants.priceCents})::int`,
    })
    .from(products)
    .innerJoin(productVariants, eq(productVariants.productId, products.id))
    .where(
      and(
        inArray(products.id, [...productIds]),
        eq(products.status, "active"),
        eq(productVariants.active, true),
      ),
    )
    .groupBy(products.id, products.slug);
  return new Map(
    rows.map((r) => [r.productId, { slug: r.slug, priceCents: Number(r.priceCents) }]),
  );
}

/**
 * This week's content for everyone: the newest active products (sensitive categories left out,
 * as in the generic ranking, P6) and the live offers for everyone. No personal data.
 */
export async function loadIssueCommon(
  db: Database,
  now: Date,
  baseUrl: string,
): Promise<IssueCommon> {
  const [arrivals, live] = await Promise.all([
    db
      .select({
        id: products.id,
        slug: products.slug,
        nameDe: products.nameDe,
        nameEn: products.nameEn,
        priceCents: sql<number>`min(${productVariants.priceCents})::int`,
      })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .innerJoin(productVariants, eq(productVariants.productId, products.id))
      .where(
        and(
          eq(products.status, "active"),
          eq(categories.sensitive, false),
          eq(productVariants.active, true),
          lte(products.launchedAt, now),
        ),
      )
      .groupBy(products.id)
      .orderBy(desc(products.launchedAt), asc(products.id))
      .limit(NEW_ARRIVALS),
    db
      .select({
        nameDe: offers.nameDe,
        nameEn: offers.nameEn,
        descriptionDe: offers.descriptionDe,
        descriptionEn: offers.descriptionEn,
        code: offers.voucherCode,
      })
      .from(offers)
      .where(
        and(
          eq(offers.target, "everyone"),
          eq(offers.status, "active"),
          lte(offers.startsAt, now),
          gt(offers.endsAt, now),
          or(isNull(offers.budgetCents), sql`${offers.spentCents} < ${offers.budgetCents}`),
        ),
      )
      .orderBy(asc(offers.endsAt), asc(offers.id)),
  ]);
  const items = (locale: MailLocale) =>
    arrivals.map((p) => ({
      name: locale === "de" ? p.nameDe : p.nameEn,
      link: productLink(baseUrl, p.slug),
      priceCents: Number(p.priceCents),
    }));
  const offerList = (locale: MailLocale) =>
    live.map((o) => ({
      name: locale === "de" ? o.nameDe : o.nameEn,
      description: locale === "de" ? o.descriptionDe : o.descriptionEn,
      code: o.code,
    }));
  return {
    key: isoWeekKey(now),
    items: { de: items("de"), en: items("en") },
    offers: { de: offerList("de"), en: offerList("en") },
  };
}

function dateFormatter(locale: MailLocale) {
  const format = new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    day: "numeric",
    month: "long",
    timeZone: "Europe/Berlin",
  });
  return (iso: string) => format.format(new Date(iso));
}

/**
 * Picks for one account, only when its personalization is allowed now (consent, level, no
 * restriction or objection: loadSignalsForUser answers null otherwise, P1). Each pick says why in
 * one line, from its strongest reason (P2); the decision is logged for the customer (P7).
 */
async function personalPicks(
  db: Database,
  input: { userId: string; ctx: ShopContext; locale: MailLocale; now: Date; baseUrl: string },
): Promise<NewsletterIssueMail["personalPicks"]> {
  const signals = await loadSignalsForUser(db, input.userId, input.now);
  if (!signals) return [];
  const result = recommend(
    input.ctx,
    signals,
    { surface: "home" },
    { now: input.now, limit: PERSONAL_PICKS },
  );
  const chosen = result.items.filter((item) => item.reasons.some((r) => r.basis !== "context"));
  if (!result.personalized || chosen.length === 0) return [];
  const facts = await productFacts(
    db,
    chosen.map((item) => item.productId),
  );
  const formatDate = dateFormatter(input.locale);
  const shown: { productId: string; reasons: Reason[] }[] = [];
  const picks = chosen.flatMap((item) => {
    const fact = facts.get(item.productId);
    const product = input.ctx.catalog.get(item.productId);
    const [strongest] = item.reasons;
    if (!fact || !product || !strongest) return [];
    shown.push(item);
    return [
      {
        name: product.name[input.locale],
        link: productLink(input.baseUrl, fact.slug),
        priceCents: fact.priceCents,
        why: explainReason(strongest, input.locale, formatDate),
      },
    ];
  });
  if (shown.length > 0) {
    await logDecision(db, {
      userId: input.userId,
      surface: "newsletter",
      productIds: shown.map((s) => s.productId),
      reasons: shown.flatMap((s) => s.reasons),
      now: input.now,
    });
  }
  return picks;
}

/** The outbox holds this issue for the address (enqueued with the normalized address). */
const notYetSent = (key: string) =>
  notExists(
    sql`(select 1 from ${mailOutbox} where ${mailOutbox.template} = 'newsletter-issue'
      and ${mailOutbox.toEmail} = ${newsletterSubscriptions.email}
      and ${mailOutbox.headers} ->> ${ISSUE_HEADER} = ${key})`,
  );

export type SendContext = {
  now: Date;
  /** Absolute base URL of the shop for the links in the mail. */
  baseUrl: string;
  /** The server secret the unsubscribe links are signed with (lib/server/secrets.ts). */
  secret: string;
};

/**
 * Sends this week's issue to one subscription, deciding at send time (L6, R5): only when it is
 * confirmed, no objection or restriction for marketing applies, and it has not had this issue yet.
 * The row is locked, so an unsubscribe that races the send either wins or comes after.
 */
export async function sendIssueToSubscription(
  db: Database,
  input: SendContext & { subscriptionId: string; common: IssueCommon; ctx?: ShopContext },
): Promise<"sent" | "skipped"> {
  let ctx = input.ctx;
  if (!ctx) {
    // Loaded outside the transaction: PGlite runs one transaction at a time on its connection.
    const [owner] = await db
      .select({ userId: newsletterSubscriptions.userId })
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.id, input.subscriptionId))
      .limit(1);
    if (owner?.userId) ctx = await loadShopContext(db, input.now);
  }
  return db.transaction(async (tx) => {
    const [sub] = await tx
      .select()
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.id, input.subscriptionId))
      .for("update")
      .limit(1);
    if (!sub || !(await mayReceiveMarketing(tx, sub))) return "skipped";
    // Checked after the lock, in its own statement, so that a run that waited sees the other's mail.
    const [fresh] = await tx
      .select({ id: newsletterSubscriptions.id })
      .from(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.id, sub.id), notYetSent(input.common.key)));
    if (!fresh) return "skipped";
    const locale = sub.locale;
    let name: string | null = null;
    let picks: NewsletterIssueMail["personalPicks"] = [];
    if (sub.userId) {
      const [account] = await tx
        .select({ name: users.name })
        .from(users)
        .where(eq(users.id, sub.userId))
        .limit(1);
      name = account?.name ?? null;
      if (ctx) {
        picks = await personalPicks(tx, {
          userId: sub.userId,
          ctx,
          locale,
          now: input.now,
          baseUrl: input.baseUrl,
        });
      }
    }
    const links = unsubscribeLinks(input.baseUrl, input.secret, sub.id);
    await enqueueMail(tx, {
      to: sub.email,
      userId: sub.userId,
      locale,
      content: {
        template: "newsletter-issue",
        name,
        unsubscribeLink: links.page,
        items: input.common.items[locale],
        offers: input.common.offers[locale],
        personalPicks: picks,
      },
      headers: { ...listUnsubscribeHeaders(links.oneClick), [ISSUE_HEADER]: input.common.key },
    });
    return "sent";
  });
}

/**
 * The weekly issue (job "newsletter-issue"): once per confirmed subscriber and ISO week. Running it
 * again in the same week sends nothing twice. `emails` limits the run to some addresses (tests).
 */
export async function sendNewsletterIssue(
  db: Database,
  input: SendContext & { emails?: readonly string[] },
): Promise<{ sent: number; skipped: number }> {
  const common = await loadIssueCommon(db, input.now, input.baseUrl);
  const result = { sent: 0, skipped: 0 };
  let ctx: ShopContext | undefined;
  let after = "";
  for (;;) {
    const page = await db
      .select({ id: newsletterSubscriptions.id, userId: newsletterSubscriptions.userId })
      .from(newsletterSubscriptions)
      .where(
        and(
          eq(newsletterSubscriptions.status, "confirmed"),
          gt(sql`${newsletterSubscriptions.id}::text`, after),
          input.emails
            ? inArray(
                newsletterSubscriptions.email,
                input.emails.map((e) => e.trim().toLowerCase()),
              )
            : undefined,
          notYetSent(common.key),
        ),
      )
      .orderBy(sql`${newsletterSubscriptions.id}::text`)
      .limit(PAGE_SIZE);
    for (const sub of page) {
      if (sub.userId && !ctx) ctx = await loadShopContext(db, input.now);
      const outcome = await sendIssueToSubscription(db, {
        ...input,
        subscriptionId: sub.id,
        common,
        ctx,
      });
      result[outcome] += 1;
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE_SIZE) break;
    after = last.id;
  }
  return result;
}

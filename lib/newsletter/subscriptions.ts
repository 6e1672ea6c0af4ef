import { and, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db/engine/open";
import { newsletterSubscriptions, processingLimits, users } from "@/db/schema";
import { enqueueMail } from "@/lib/mail/outbox";
import type { MailLocale } from "@/lib/mail/templates";
import {
  confirmationLink,
  confirmationState,
  hashToken,
  isValidUnsubscribeToken,
  newConfirmationToken,
  normalizeEmail,
  type ConfirmationState,
} from "./links";

export type NewsletterSubscription = typeof newsletterSubscriptions.$inferSelect;

export type SubscribeInput = {
  email: string;
  /** The signed-in customer, only when the address is their account's own (checked by the caller). */
  userId: string | null;
  locale: MailLocale;
  /** The consent statement exactly as the form showed it (UWG §7 proof). */
  consentText: string;
  now: Date;
  baseUrl: string;
};

/**
 * What happened, for tests and logs only: the visitor always gets the same answer ("check your
 * inbox"), so that the form does not tell who subscribes (enumeration-safe).
 */
export type SubscribeOutcome = "confirmation-sent" | "already-confirmed";

/**
 * Starts the double opt-in (UWG §7): a new or renewed pending subscription and a confirmation mail,
 * in one transaction. An address that is already confirmed gets no mail at all: a second
 * confirmation would be pointless, and a notice would let anyone send mail to a stranger's inbox.
 * Only a signed-in owner of that address may link it to their account. An unsubscribed address
 * starts a new opt-in from scratch.
 */
export async function requestSubscription(
  db: Database,
  input: SubscribeInput,
): Promise<SubscribeOutcome> {
  const email = normalizeEmail(input.email);
  const { token, hash } = newConfirmationToken();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.email, email))
      .for("update")
      .limit(1);
    if (existing?.status === "confirmed") {
      if (input.userId && !existing.userId) {
        await tx
          .update(newsletterSubscriptions)
          .set({ userId: input.userId })
          .where(eq(newsletterSubscriptions.id, existing.id));
      }
      return "already-confirmed";
    }
    const fresh = {
      status: "pending" as const,
      tokenHash: hash,
      locale: input.locale,
      consentText: input.consentText,
      requestedAt: input.now,
      confirmedAt: null,
      unsubscribedAt: null,
    };
    if (existing) {
      await tx
        .update(newsletterSubscriptions)
        .set({ ...fresh, userId: input.userId ?? existing.userId })
        .where(eq(newsletterSubscriptions.id, existing.id));
    } else {
      // Two requests for a new address at once: the second waits for the unique index, then renews.
      await tx
        .insert(newsletterSubscriptions)
        .values({ ...fresh, email, userId: input.userId })
        .onConflictDoUpdate({
          target: newsletterSubscriptions.email,
          set: fresh,
          setWhere: ne(newsletterSubscriptions.status, "confirmed"),
        });
    }
    await enqueueMail(tx, {
      to: email,
      userId: input.userId,
      locale: input.locale,
      content: { template: "newsletter-confirm", link: confirmationLink(input.baseUrl, token) },
    });
    return "confirmation-sent";
  });
}

async function findByToken(db: Database, token: string) {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({
      id: newsletterSubscriptions.id,
      status: newsletterSubscriptions.status,
      requestedAt: newsletterSubscriptions.requestedAt,
    })
    .from(newsletterSubscriptions)
    .where(eq(newsletterSubscriptions.tokenHash, hashToken(token)))
    .limit(1);
  return row ?? null;
}

/** What the confirmation page offers for this link, without changing anything (GET is safe). */
export async function confirmationStateOf(
  db: Database,
  token: string,
  now: Date,
): Promise<ConfirmationState> {
  return confirmationState(await findByToken(db, token), now);
}

export type ConfirmOutcome = "confirmed" | Exclude<ConfirmationState, "valid">;

/**
 * The second step of the double opt-in. The confirmed row (consent text, requested_at,
 * confirmed_at) is the record of the marketing consent. The update is conditional, so two clicks
 * at once confirm once and the second sees "already confirmed".
 */
export async function confirmSubscription(
  db: Database,
  input: { token: string; now: Date },
): Promise<ConfirmOutcome> {
  const row = await findByToken(db, input.token);
  const state = confirmationState(row, input.now);
  if (state !== "valid" || !row) return state === "valid" ? "invalid" : state;
  const [updated] = await db
    .update(newsletterSubscriptions)
    .set({ status: "confirmed", confirmedAt: input.now })
    .where(
      and(
        eq(newsletterSubscriptions.id, row.id),
        eq(newsletterSubscriptions.status, "pending"),
        eq(newsletterSubscriptions.tokenHash, hashToken(input.token)),
      ),
    )
    .returning({ id: newsletterSubscriptions.id });
  if (updated) return "confirmed";
  return confirmationState(await findByToken(db, input.token), input.now) === "already-confirmed"
    ? "already-confirmed"
    : "invalid";
}

/**
 * One-click unsubscribe (L6): the link's HMAC is the proof. Idempotent: an unknown (erased) or
 * already ended subscription answers "unsubscribed" too, because the person's wish holds either
 * way. Cancels a pending opt-in as well.
 */
export async function unsubscribe(
  db: Database,
  input: { subscriptionId: unknown; token: unknown; secret: string; now: Date },
): Promise<"unsubscribed" | "invalid-token"> {
  if (!isValidUnsubscribeToken(input.secret, input.subscriptionId, input.token)) {
    return "invalid-token";
  }
  await db
    .update(newsletterSubscriptions)
    .set({ status: "unsubscribed", unsubscribedAt: input.now })
    .where(
      and(
        eq(newsletterSubscriptions.id, input.subscriptionId),
        ne(newsletterSubscriptions.status, "unsubscribed"),
      ),
    );
  return "unsubscribed";
}

/** The account's own address, in the form subscriptions store it. */
function accountEmail(userId: string) {
  return sql`(select lower(${users.email}) from ${users} where ${users.id} = ${userId})`;
}

/**
 * Ends every subscription of a customer at once (objection to marketing, Art. 21(2) and (3)): the
 * ones linked to the account and the one of the account's address, pending ones included, so that
 * an old confirmation link cannot start it again. Safe inside the caller's transaction.
 */
export async function endNewsletterForUser(db: Database, userId: string, now: Date): Promise<void> {
  await db
    .update(newsletterSubscriptions)
    .set({ status: "unsubscribed", unsubscribedAt: now })
    .where(
      and(
        or(
          eq(newsletterSubscriptions.userId, userId),
          eq(newsletterSubscriptions.email, accountEmail(userId)),
        ),
        ne(newsletterSubscriptions.status, "unsubscribed"),
      ),
    );
}

/**
 * Withdrawal of the marketing consent in the privacy settings also ends the newsletter, but only
 * subscriptions requested before the account's latest consent decision: a carried-over older
 * decision (lib/consent/carry.ts) must not end a newsletter the customer signed up for later.
 */
export async function endNewsletterAfterWithdrawal(
  db: Database,
  userId: string,
  decidedAt: Date,
  now: Date,
): Promise<number> {
  const ended = await db
    .update(newsletterSubscriptions)
    .set({ status: "unsubscribed", unsubscribedAt: now })
    .where(
      and(
        or(
          eq(newsletterSubscriptions.userId, userId),
          eq(newsletterSubscriptions.email, accountEmail(userId)),
        ),
        ne(newsletterSubscriptions.status, "unsubscribed"),
        sql`${newsletterSubscriptions.requestedAt} <= ${decidedAt.toISOString()}`,
      ),
    )
    .returning({ id: newsletterSubscriptions.id });
  return ended.length;
}

/**
 * Whether marketing mail may go to this subscription now (L6, R5): confirmed, and no objection or
 * restriction for marketing of the linked account or of the account that owns the address.
 */
export async function mayReceiveMarketing(
  db: Database,
  subscription: Pick<NewsletterSubscription, "status" | "userId" | "email">,
): Promise<boolean> {
  if (subscription.status !== "confirmed") return false;
  const owners = await db
    .select({ id: users.id })
    .from(users)
    .where(
      or(
        subscription.userId ? eq(users.id, subscription.userId) : undefined,
        eq(sql`lower(${users.email})`, normalizeEmail(subscription.email)),
      ),
    );
  if (owners.length === 0) return true;
  const [limit] = await db
    .select({ id: processingLimits.id })
    .from(processingLimits)
    .where(
      and(
        inArray(
          processingLimits.userId,
          owners.map((o) => o.id),
        ),
        eq(processingLimits.purpose, "marketing"),
        isNull(processingLimits.liftedAt),
      ),
    )
    .limit(1);
  return limit === undefined;
}

/** The subscription of an address, for the sign-up page of a signed-in customer. */
export async function getSubscriptionForUser(
  db: Database,
  input: { userId: string; email: string },
): Promise<Pick<NewsletterSubscription, "id" | "status" | "confirmedAt"> | null> {
  const [row] = await db
    .select({
      id: newsletterSubscriptions.id,
      status: newsletterSubscriptions.status,
      confirmedAt: newsletterSubscriptions.confirmedAt,
    })
    .from(newsletterSubscriptions)
    .where(
      or(
        eq(newsletterSubscriptions.userId, input.userId),
        eq(newsletterSubscriptions.email, normalizeEmail(input.email)),
      ),
    )
    // The account's own address first, then one linked to the account.
    .orderBy(sql`${newsletterSubscriptions.email} = ${normalizeEmail(input.email)} desc`)
    .limit(1);
  return row ?? null;
}

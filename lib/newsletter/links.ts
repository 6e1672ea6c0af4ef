import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { hashToken } from "@/lib/auth/tokens";
import { MAIL_LINK_TTL_MS } from "@/lib/mail/templates";

/** The double opt-in link works this long (the confirmation mail states the same figure). */
export const CONFIRM_TTL_MS = MAIL_LINK_TTL_MS["newsletter-confirm"];

/** The header that names the issue a newsletter mail belongs to (idempotency of the weekly job). */
export const ISSUE_HEADER = "X-Vitrine-Issue";

/** A fresh confirmation token: the token travels in the mail, only its hash is stored. */
export function newConfirmationToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export { hashToken };

/*
 * The unsubscribe token must work for as long as mails are out there, without being stored in
 * clear: an HMAC of the subscription id under the server secret. The label keeps it apart from
 * every other use of the same secret (rate-limit keys, session signing).
 */
const UNSUBSCRIBE_LABEL = "vitrine:newsletter-unsubscribe:v1:";

export function unsubscribeToken(secret: string, subscriptionId: string): string {
  return createHmac("sha256", secret)
    .update(UNSUBSCRIBE_LABEL + subscriptionId)
    .digest("base64url");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `token` was issued for this subscription id; constant time. */
export function isValidUnsubscribeToken(
  secret: string,
  subscriptionId: unknown,
  token: unknown,
): subscriptionId is string {
  if (typeof subscriptionId !== "string" || typeof token !== "string") return false;
  if (!UUID.test(subscriptionId) || token.length === 0 || token.length > 100) return false;
  const expected = Buffer.from(unsubscribeToken(secret, subscriptionId.toLowerCase()));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function withQuery(baseUrl: string, path: string, query: Record<string, string>): string {
  const url = new URL(path, `${baseUrl.replace(/\/$/, "")}/`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}

export function confirmationLink(baseUrl: string, token: string): string {
  return withQuery(baseUrl, "/newsletter/confirm", { token });
}

/**
 * The two unsubscribe addresses of a subscription: `page` is the visible link in the mail (a page
 * with one button: opening it changes nothing), `oneClick` the RFC 8058 endpoint of the header.
 */
export function unsubscribeLinks(
  baseUrl: string,
  secret: string,
  subscriptionId: string,
): { page: string; oneClick: string } {
  const query = { s: subscriptionId, t: unsubscribeToken(secret, subscriptionId) };
  return {
    page: withQuery(baseUrl, "/newsletter/unsubscribe", query),
    oneClick: withQuery(baseUrl, "/api/newsletter/unsubscribe", query),
  };
}

/**
 * The headers every marketing mail carries (L6, RFC 2369 and RFC 8058). No `mailto:` address:
 * nothing in the shop reads such a mailbox, and an unsubscribe route that does not work is worse
 * than none.
 */
export function listUnsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  if (!/^https?:\/\//.test(oneClickUrl)) throw new Error("List-Unsubscribe needs an http(s) URL");
  return {
    "List-Unsubscribe": `<${oneClickUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

const BERLIN_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The ISO week of `now` in Berlin, e.g. "2026-W48": the key of that week's issue. */
export function isoWeekKey(now: Date): string {
  const [year, month, day] = BERLIN_DATE.format(now).split("-").map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  // ISO 8601: the week belongs to the year of its Thursday.
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const firstDay = Date.UTC(weekYear, 0, 1);
  const week = Math.ceil(((date.getTime() - firstDay) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, "0")}`;
}

export type ConfirmationState = "valid" | "expired" | "already-confirmed" | "invalid";

/** What a confirmation link can still do, from the row its token found (or none). */
export function confirmationState(
  row: { status: "pending" | "confirmed" | "unsubscribed"; requestedAt: Date } | null,
  now: Date,
): ConfirmationState {
  if (!row) return "invalid";
  if (row.status === "confirmed") return "already-confirmed";
  // An unsubscribed row's old link must never subscribe again: a new sign-up is a new opt-in.
  if (row.status === "unsubscribed") return "invalid";
  return now.getTime() - row.requestedAt.getTime() < CONFIRM_TTL_MS ? "valid" : "expired";
}

/** Addresses are compared without case and surrounding spaces (one subscription per address). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

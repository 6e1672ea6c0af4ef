import { describe, expect, it } from "vitest";
import { renderMail } from "@/lib/mail/templates";
import {
  CONFIRM_TTL_MS,
  confirmationLink,
  confirmationState,
  hashToken,
  isoWeekKey,
  isValidUnsubscribeToken,
  listUnsubscribeHeaders,
  newConfirmationToken,
  normalizeEmail,
  unsubscribeLinks,
  unsubscribeToken,
} from "./links";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const ID = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b";

describe("unsubscribe tokens", () => {
  it("are an HMAC of the subscription id: stable, per id and per secret", () => {
    const token = unsubscribeToken(SECRET, ID);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(unsubscribeToken(SECRET, ID)).toBe(token);
    expect(unsubscribeToken(SECRET, "00000000-0000-4000-8000-000000000000")).not.toBe(token);
    expect(unsubscribeToken(`${SECRET}x`, ID)).not.toBe(token);
    // Not the bare id hashed: without the secret nobody can make one.
    expect(token).not.toContain(ID);
  });

  it("accept only the token of that id under that secret", () => {
    const token = unsubscribeToken(SECRET, ID);
    expect(isValidUnsubscribeToken(SECRET, ID, token)).toBe(true);
    expect(isValidUnsubscribeToken(SECRET, ID.toUpperCase(), token)).toBe(true);
    expect(isValidUnsubscribeToken("another-secret-of-enough-length-0000000000", ID, token)).toBe(
      false,
    );
    expect(isValidUnsubscribeToken(SECRET, "00000000-0000-4000-8000-000000000000", token)).toBe(
      false,
    );
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(isValidUnsubscribeToken(SECRET, ID, tampered)).toBe(false);
    expect(isValidUnsubscribeToken(SECRET, ID, "")).toBe(false);
    expect(isValidUnsubscribeToken(SECRET, ID, null)).toBe(false);
    expect(isValidUnsubscribeToken(SECRET, "not-a-uuid", token)).toBe(false);
    expect(isValidUnsubscribeToken(SECRET, ID, "x".repeat(500))).toBe(false);
  });

  it("build the visible page link and the one-click endpoint with the same parameters", () => {
    const links = unsubscribeLinks("https://shop.example/", SECRET, ID);
    const page = new URL(links.page);
    const oneClick = new URL(links.oneClick);
    expect(page.origin + page.pathname).toBe("https://shop.example/newsletter/unsubscribe");
    expect(oneClick.origin + oneClick.pathname).toBe(
      "https://shop.example/api/newsletter/unsubscribe",
    );
    for (const url of [page, oneClick]) {
      expect(url.searchParams.get("s")).toBe(ID);
      expect(isValidUnsubscribeToken(SECRET, ID, url.searchParams.get("t"))).toBe(true);
    }
  });
});

describe("List-Unsubscribe headers (RFC 2369, RFC 8058)", () => {
  it("name the one-click URL in angle brackets and announce one-click POST", () => {
    const { oneClick } = unsubscribeLinks("https://shop.example", SECRET, ID);
    const headers = listUnsubscribeHeaders(oneClick);
    expect(headers["List-Unsubscribe"]).toBe(`<${oneClick}>`);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(() => listUnsubscribeHeaders("javascript:alert(1)")).toThrow();
  });

  it("go with a newsletter mail whose body carries the visible unsubscribe link", () => {
    const links = unsubscribeLinks("https://shop.example", SECRET, ID);
    const mail = renderMail(
      {
        template: "newsletter-issue",
        name: null,
        unsubscribeLink: links.page,
        items: [],
        offers: [],
        personalPicks: [],
      },
      "de",
    );
    expect(mail.text.split("\n")).toContain(links.page);
    expect(mail.html).toContain(links.page.replaceAll("&", "&amp;"));
  });
});

describe("confirmation tokens", () => {
  it("are random and stored only as their hash", () => {
    const a = newConfirmationToken();
    const b = newConfirmationToken();
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(
      new URL(confirmationLink("https://shop.example", a.token)).searchParams.get("token"),
    ).toBe(a.token);
  });

  it("are valid for 48 hours while pending, and never for an unsubscribed row", () => {
    const requestedAt = new Date("2026-11-26T09:00:00Z");
    const at = (ms: number) => new Date(requestedAt.getTime() + ms);
    expect(CONFIRM_TTL_MS).toBe(48 * 3600_000);
    const pending = { status: "pending" as const, requestedAt };
    expect(confirmationState(pending, at(0))).toBe("valid");
    expect(confirmationState(pending, at(CONFIRM_TTL_MS - 1))).toBe("valid");
    expect(confirmationState(pending, at(CONFIRM_TTL_MS))).toBe("expired");
    expect(confirmationState({ status: "confirmed", requestedAt }, at(1))).toBe(
      "already-confirmed",
    );
    expect(confirmationState({ status: "unsubscribed", requestedAt }, at(1))).toBe("invalid");
    expect(confirmationState(null, at(1))).toBe("invalid");
  });
});

describe("isoWeekKey", () => {
  it("names the ISO week in Berlin time", () => {
    expect(isoWeekKey(new Date("2026-11-26T08:00:00Z"))).toBe("2026-W48");
    // Monday 00:30 in Berlin is still Sunday 23:30 UTC: Berlin's week counts.
    expect(isoWeekKey(new Date("2026-11-29T23:30:00Z"))).toBe("2026-W49");
    expect(isoWeekKey(new Date("2026-11-29T22:30:00Z"))).toBe("2026-W48");
    // Years whose first days belong to the previous ISO year, and a 53-week year.
    expect(isoWeekKey(new Date("2027-01-01T12:00:00Z"))).toBe("2026-W53");
    expect(isoWeekKey(new Date("2024-12-30T12:00:00Z"))).toBe("2025-W01");
    expect(isoWeekKey(new Date("2026-01-05T12:00:00Z"))).toBe("2026-W02");
  });
});

describe("normalizeEmail", () => {
  it("ignores case and surrounding spaces", () => {
    expect(normalizeEmail("  Erika.Muster@Example.COM ")).toBe("erika.muster@example.com");
  });
});

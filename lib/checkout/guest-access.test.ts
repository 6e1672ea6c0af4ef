import { describe, expect, it } from "vitest";
import {
  GUEST_ORDER_TTL_SECONDS,
  signGuestOrderToken,
  verifyGuestOrderToken,
} from "./guest-access";

const secret = "a-test-secret-of-at-least-32-characters!";
const now = new Date("2026-06-15T10:00:00Z");

describe("guest order token", () => {
  it("proves the order number until it expires", () => {
    const token = signGuestOrderToken("V-ABCDE2345", now, secret);
    expect(verifyGuestOrderToken(token, now, secret)).toBe("V-ABCDE2345");
    const later = new Date(now.getTime() + GUEST_ORDER_TTL_SECONDS * 1000 - 1000);
    expect(verifyGuestOrderToken(token, later, secret)).toBe("V-ABCDE2345");
    const expired = new Date(now.getTime() + GUEST_ORDER_TTL_SECONDS * 1000);
    expect(verifyGuestOrderToken(token, expired, secret)).toBeNull();
  });

  it("refuses forged, altered and malformed tokens", () => {
    const token = signGuestOrderToken("V-ABCDE2345", now, secret);
    const [, expires, sig] = token.split(".");
    expect(verifyGuestOrderToken(`V-ZZZZZ2345.${expires}.${sig}`, now, secret)).toBeNull();
    expect(
      verifyGuestOrderToken(`V-ABCDE2345.${Number(expires) + 3600}.${sig}`, now, secret),
    ).toBeNull();
    expect(verifyGuestOrderToken(token, now, "another-secret-of-at-least-32-chars!!")).toBeNull();
    expect(verifyGuestOrderToken("V-ABCDE2345", now, secret)).toBeNull();
    expect(verifyGuestOrderToken(undefined, now, secret)).toBeNull();
    expect(verifyGuestOrderToken("x.y.z", now, secret)).toBeNull();
  });
});

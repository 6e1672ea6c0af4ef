import { describe, expect, it } from "vitest";
import {
  decodeConsentCookie,
  effectiveConsent,
  encodeConsentCookie,
  NO_CONSENT,
  type Decision,
} from "./consent-cookie";

const SECRET = "a-secret-that-is-long-enough-for-tests";
const ALL = { preferences: true, analytics: true, personalization: true, marketing: true };

describe("consent cookie", () => {
  it("round-trips and refuses tampering", () => {
    const value = {
      subjectId: "s_abc",
      noticeVersion: "v1",
      purposes: ALL,
      eventId: "e1",
      decidedAt: "2026-11-28T10:00:00Z",
    };
    const raw = encodeConsentCookie(value, SECRET);
    expect(decodeConsentCookie(raw, SECRET)).toEqual(value);
    const [payload] = raw.split(".");
    const forged = `${Buffer.from(JSON.stringify({ ...value, subjectId: "s_other" })).toString("base64url")}.${raw.split(".")[1]}`;
    expect(decodeConsentCookie(forged, SECRET)).toBeNull();
    expect(decodeConsentCookie(`${payload}.x`, SECRET)).toBeNull();
    expect(decodeConsentCookie(raw, "another-secret-that-is-long-enough")).toBeNull();
    expect(decodeConsentCookie("garbage", SECRET)).toBeNull();
  });
});

describe("effectiveConsent", () => {
  const at = (
    iso: string,
    purposes = ALL,
    method: Decision["method"] = "banner",
    version = "v1",
  ): Decision => ({
    purposes,
    decidedAt: new Date(iso),
    eventId: iso,
    noticeVersion: version,
    method,
  });

  it("is undecided and refuses everything without a decision", () => {
    expect(
      effectiveConsent({ browser: null, account: null, gpc: false, currentVersion: "v1" }),
    ).toEqual({
      decided: false,
      purposes: NO_CONSENT,
      decision: null,
    });
  });

  it("lets the latest explicit decision of browser or account win (C11)", () => {
    const older = at("2026-11-01T00:00:00Z", ALL);
    const newer = at("2026-11-20T00:00:00Z", NO_CONSENT);
    expect(
      effectiveConsent({ browser: older, account: newer, gpc: false, currentVersion: "v1" })
        .purposes,
    ).toEqual(NO_CONSENT);
    expect(
      effectiveConsent({ browser: newer, account: older, gpc: false, currentVersion: "v1" })
        .purposes,
    ).toEqual(NO_CONSENT);
  });

  it("asks again after a new notice version (C9)", () => {
    expect(
      effectiveConsent({
        browser: at("2026-11-01T00:00:00Z", ALL, "banner", "v0"),
        account: null,
        gpc: false,
        currentVersion: "v1",
      }).decided,
    ).toBe(false);
  });

  it("honours GPC unless the person explicitly opted in (C10)", () => {
    const carried = at("2026-11-01T00:00:00Z", ALL, "sign_in_carry");
    expect(
      effectiveConsent({ browser: carried, account: null, gpc: true, currentVersion: "v1" })
        .purposes,
    ).toEqual({
      ...NO_CONSENT,
      preferences: true,
    });
    const explicit = at("2026-11-01T00:00:00Z", ALL, "settings");
    expect(
      effectiveConsent({ browser: explicit, account: null, gpc: true, currentVersion: "v1" })
        .purposes,
    ).toEqual(ALL);
  });
});

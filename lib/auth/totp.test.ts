import { describe, expect, it } from "vitest";
import {
  currentTotp,
  generateTotpSecret,
  totpSecondsRemaining,
  totpStep,
  totpUri,
  verifyTotp,
} from "./totp";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const at = (seconds: number) => new Date(seconds * 1000);

describe("RFC 6238 test vectors (SHA-1, last 6 of 8 digits)", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1111111111, "050471"],
    [1234567890, "005924"],
    [2000000000, "279037"],
    [20000000000, "353130"],
  ])("T = %i s → %s", (seconds, code) => {
    expect(currentTotp(RFC_SECRET, at(seconds))).toBe(code);
  });

  it("the base32 secret is the ASCII seed", () => {
    expect(Buffer.from("12345678901234567890").toString("hex")).toBe(
      "3132333435363738393031323334353637383930",
    );
  });
});

describe("generateTotpSecret", () => {
  it("returns 20 random bytes as base32 (32 characters, no padding)", () => {
    const a = generateTotpSecret();
    const b = generateTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(a).not.toBe(b);
    expect(currentTotp(a, new Date())).toMatch(/^\d{6}$/);
  });
});

describe("totpUri", () => {
  it("names the issuer Vitrine and the account, with SHA-1, 6 digits, 30 s", () => {
    expect(totpUri({ secret: RFC_SECRET, email: "admin@example.com" })).toBe(
      "otpauth://totp/Vitrine:admin%40example.com?issuer=Vitrine" +
        `&secret=${RFC_SECRET}&algorithm=SHA1&digits=6&period=30`,
    );
  });
});

describe("totpStep and totpSecondsRemaining", () => {
  it("counts 30 s steps from the epoch", () => {
    expect(totpStep(at(59))).toBe(1);
    expect(totpStep(at(60))).toBe(2);
    expect(totpSecondsRemaining(at(60))).toBe(30);
    expect(totpSecondsRemaining(at(59))).toBe(1);
    expect(totpSecondsRemaining(new Date(59_500))).toBe(1);
    expect(totpSecondsRemaining(at(45))).toBe(15);
  });
});

describe("verifyTotp", () => {
  const now = at(1234567890); // step 41152263
  const step = totpStep(now);
  const codeAt = (s: number) => currentTotp(RFC_SECRET, at(s * 30));

  it("accepts the current code and returns its step", () => {
    expect(verifyTotp({ secret: RFC_SECRET, code: "005924", now, lastUsedStep: null })).toEqual({
      ok: true,
      step,
    });
  });

  it("accepts one step of clock drift either way, not two", () => {
    for (const delta of [-1, 1]) {
      const code = codeAt(step + delta);
      expect(verifyTotp({ secret: RFC_SECRET, code, now, lastUsedStep: null })).toEqual({
        ok: true,
        step: step + delta,
      });
    }
    for (const delta of [-2, 2]) {
      const code = codeAt(step + delta);
      expect(verifyTotp({ secret: RFC_SECRET, code, now, lastUsedStep: null })).toEqual({
        ok: false,
      });
    }
  });

  it("ignores spaces in the code", () => {
    expect(verifyTotp({ secret: RFC_SECRET, code: " 005 924 ", now, lastUsedStep: null })).toEqual({
      ok: true,
      step,
    });
  });

  it("refuses a replay of the same step", () => {
    const first = verifyTotp({ secret: RFC_SECRET, code: "005924", now, lastUsedStep: null });
    expect(first.ok).toBe(true);
    const lastUsedStep = first.ok ? first.step : null;
    expect(verifyTotp({ secret: RFC_SECRET, code: "005924", now, lastUsedStep })).toEqual({
      ok: false,
    });
    // Still refused a few seconds later, within the same step and within the drift window after.
    expect(
      verifyTotp({ secret: RFC_SECRET, code: "005924", now: at(1234567890 + 35), lastUsedStep }),
    ).toEqual({ ok: false });
  });

  it("refuses an older step once a newer one was used", () => {
    const older = codeAt(step - 1);
    expect(verifyTotp({ secret: RFC_SECRET, code: older, now, lastUsedStep: step })).toEqual({
      ok: false,
    });
    expect(verifyTotp({ secret: RFC_SECRET, code: "005924", now, lastUsedStep: step + 1 })).toEqual(
      { ok: false },
    );
  });

  it("accepts the next step after the last used one", () => {
    const next = codeAt(step + 1);
    expect(verifyTotp({ secret: RFC_SECRET, code: next, now, lastUsedStep: step })).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it.each([
    "",
    "00592",
    "0059245",
    "00592a",
    "abcdef",
    "005-924",
    "００５９２４",
    "+05924",
    "5924.0",
  ])("refuses garbage %j", (code) => {
    expect(verifyTotp({ secret: RFC_SECRET, code, now, lastUsedStep: null })).toEqual({
      ok: false,
    });
  });

  it("refuses a wrong code", () => {
    const wrong = String((Number("005924") + 1) % 1_000_000).padStart(6, "0");
    expect(verifyTotp({ secret: RFC_SECRET, code: wrong, now, lastUsedStep: null })).toEqual({
      ok: false,
    });
  });

  it("refuses an invalid date", () => {
    const result = verifyTotp({
      secret: RFC_SECRET,
      code: "005924",
      now: new Date(Number.NaN),
      lastUsedStep: null,
    });
    expect(result).toEqual({ ok: false });
  });

  it("round-trips with a generated secret", () => {
    const secret = generateTotpSecret();
    const t = new Date();
    const code = currentTotp(secret, t);
    expect(verifyTotp({ secret, code, now: t, lastUsedStep: null })).toEqual({
      ok: true,
      step: totpStep(t),
    });
  });
});

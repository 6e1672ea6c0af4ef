import { dictionary } from "@zxcvbn-ts/language-common";
import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, checkPassword } from "./password-policy";

const common = dictionary["passwords-common"];

describe("checkPassword: length (S1)", () => {
  it("exports the limits", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it("refuses 11 characters and accepts 12", () => {
    expect(checkPassword("kvt8wz-hrmq")).toEqual({ ok: false, reason: "too_short" });
    expect(checkPassword("kvt8wz-hrmqx")).toEqual({ ok: true });
  });

  it("counts code points, so umlauts and emoji count once", () => {
    const eleven = "Grüße🙂🙂Zöll"; // 11 code points, 13 UTF-16 units, 20 UTF-8 bytes
    expect(Array.from(eleven)).toHaveLength(11);
    expect(eleven.length).toBe(13);
    expect(checkPassword(eleven)).toEqual({ ok: false, reason: "too_short" });
    expect(checkPassword(`${eleven}e`)).toEqual({ ok: true });
    expect(checkPassword("äöüäöüäöüäö")).toEqual({ ok: false, reason: "too_short" });
    expect(checkPassword("äöüäöüäöüäöß")).toEqual({ ok: true });
  });

  it("counts after NFKC normalization (decomposed umlauts are one character)", () => {
    const decomposed = "Ma\u0308rchenwa\u0308ld"; // "Märchenwäld": 11 code points composed
    expect(Array.from(decomposed)).toHaveLength(13);
    expect(checkPassword(decomposed)).toEqual({ ok: false, reason: "too_short" });
  });

  it("accepts 128 and refuses 129 characters", () => {
    const base = "Lorem ipsum dolor sit amet, consectetur adipiscing elit ";
    const long = base.repeat(3);
    expect(checkPassword(long.slice(0, 128))).toEqual({ ok: true });
    expect(checkPassword(long.slice(0, 129))).toEqual({ ok: false, reason: "too_long" });
    expect(checkPassword("ü".repeat(64) + "x".repeat(65)).ok).toBe(false);
  });

  it("has no composition rules: all lowercase letters or a passphrase with spaces is fine", () => {
    expect(checkPassword("blaue kaffeetasse im regen")).toEqual({ ok: true });
    expect(checkPassword("zimtschnecken")).toEqual({ ok: true });
  });
});

describe("checkPassword: common passwords", () => {
  it("uses the zxcvbn list, which holds the examples below", () => {
    expect(common.length).toBeGreaterThan(40_000);
    for (const p of [
      "passwordpassword",
      "qwertyuiop123",
      "qwerty123456",
      "123456789012",
      "password",
    ]) {
      expect(common).toContain(p);
    }
  });

  it.each(["passwordpassword", "qwertyuiop123", "qwerty123456", "123456789012", "1qaz2wsx3edc"])(
    "refuses %s, which is on the list",
    (p) => {
      expect(checkPassword(p)).toEqual({ ok: false, reason: "common" });
    },
  );

  it("compares case-insensitively", () => {
    expect(checkPassword("PasswordPassword")).toEqual({ ok: false, reason: "common" });
    expect(checkPassword("QWERTYUIOP123")).toEqual({ ok: false, reason: "common" });
  });

  it.each([
    "Password2024!",
    "passwordpassword1",
    "PasswortPasswort!!",
    "qwertyuiop!!!",
    "sunshine12345",
  ])("refuses %s: a common password (repeated) with digits or symbols at the end", (p) => {
    expect(checkPassword(p)).toEqual({ ok: false, reason: "common" });
  });

  it.each(["123456123456", "abc123abc123abc123", "dragondragondragon"])(
    "refuses %s: a common password repeated",
    (p) => {
      expect(checkPassword(p)).toEqual({ ok: false, reason: "common" });
    },
  );

  it.each(["aaaaaaaaaaaa", "............", "ßßßßßßßßßßßßßß", "777777777777"])(
    "refuses %s: one character repeated",
    (p) => {
      expect(checkPassword(p)).toEqual({ ok: false, reason: "common" });
    },
  );

  it("accepts a long password that merely starts with a common word", () => {
    expect(checkPassword("password is not my thing at all")).toEqual({ ok: true });
    expect(checkPassword("dragonfly-kettle-87")).toEqual({ ok: true });
  });
});

describe("checkPassword: personal data", () => {
  it("refuses a password containing the e-mail local part (≥ 4 characters)", () => {
    const context = { email: "Mara.Keller@example.com" };
    expect(checkPassword("ich-bin-mara.keller-2025", context)).toEqual({
      ok: false,
      reason: "contains_personal",
    });
    expect(checkPassword("MARA.KELLERist-da", context)).toEqual({
      ok: false,
      reason: "contains_personal",
    });
    expect(checkPassword("xx-annas-tresor-xx", { email: "anna@example.com" })).toEqual({
      ok: false,
      reason: "contains_personal",
    });
  });

  it("ignores a local part shorter than 4 characters", () => {
    expect(checkPassword("bob-baut-einen-turm", { email: "bob@example.com" })).toEqual({
      ok: true,
    });
  });

  it("refuses the name itself, ignoring case and spaces", () => {
    const context = { name: "Annabelle Schneider" };
    expect(checkPassword("Annabelle Schneider", context)).toEqual({
      ok: false,
      reason: "contains_personal",
    });
    expect(checkPassword("annabelleschneider", context)).toEqual({
      ok: false,
      reason: "contains_personal",
    });
    expect(checkPassword("Annabelle Schneider backt", context)).toEqual({ ok: true });
  });

  it("accepts an unrelated password with context", () => {
    expect(
      checkPassword("grüne Tomaten am Fenster", { email: "anna@example.com", name: "Anna S" }),
    ).toEqual({ ok: true });
  });

  it("checks length and the common list before personal data", () => {
    expect(checkPassword("anna", { email: "anna@example.com" })).toEqual({
      ok: false,
      reason: "too_short",
    });
  });
});

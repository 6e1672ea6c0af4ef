import { describe, expect, it } from "vitest";
import {
  RECOVERY_CODE_ALPHABET,
  generateRecoveryCodes,
  hashRecoveryCode,
  normalizeRecoveryCode,
} from "./recovery-codes";

describe("generateRecoveryCodes", () => {
  it("returns ten codes by default, in the XXXX-XXXX-XXXX format", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){2}$/);
  });

  it("uses an unambiguous 32-symbol alphabet, so 12 symbols carry 60 bits", () => {
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(32);
    for (const c of "01IO") expect(RECOVERY_CODE_ALPHABET).not.toContain(c);
    expect(12 * Math.log2(RECOVERY_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(60);
  });

  it("returns distinct codes, also across calls", () => {
    const codes = [...generateRecoveryCodes(50), ...generateRecoveryCodes(50)];
    expect(new Set(codes).size).toBe(100);
  });

  it("uses every symbol of the alphabet over many codes", () => {
    const seen = new Set(generateRecoveryCodes(200).join("").replaceAll("-", ""));
    expect(seen.size).toBe(32);
  });

  it("honours count and refuses a nonsensical one", () => {
    expect(generateRecoveryCodes(3)).toHaveLength(3);
    expect(generateRecoveryCodes(0)).toEqual([]);
    expect(() => generateRecoveryCodes(-1)).toThrow(RangeError);
    expect(() => generateRecoveryCodes(1.5)).toThrow(RangeError);
  });
});

describe("normalizeRecoveryCode and hashRecoveryCode", () => {
  it("uppercases and strips spaces and dashes", () => {
    expect(normalizeRecoveryCode(" k7qm-4tzp 9xwa\n")).toBe("K7QM4TZP9XWA");
    expect(normalizeRecoveryCode("K7QM–4TZP—9XWA")).toBe("K7QM4TZP9XWA");
  });

  it("is stable under formatting", () => {
    const hash = hashRecoveryCode("K7QM-4TZP-9XWA");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    for (const typed of ["k7qm-4tzp-9xwa", "K7QM4TZP9XWA", " K7QM 4TZP 9XWA ", "k7qm‐4tzp‐9xwa"]) {
      expect(hashRecoveryCode(typed)).toBe(hash);
    }
  });

  it("is the SHA-256 of the normalized code and differs between codes", () => {
    // echo -n K7QM4TZP9XWA | sha256sum
    expect(hashRecoveryCode("K7QM-4TZP-9XWA")).toBe(
      "cb2279832a97df8bbc25144f72fa32ad57216b3731cdebd8412962933870f734",
    );
    const [a, b] = generateRecoveryCodes(2);
    expect(hashRecoveryCode(a!)).not.toBe(hashRecoveryCode(b!));
  });
});

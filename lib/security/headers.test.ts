import { describe, expect, it } from "vitest";
import { buildCsp, isPersonalPath, isSameOriginPost } from "./headers";

describe("security headers", () => {
  it("builds a CSP with the nonce and the directives S7 requires", () => {
    const csp = buildCsp("abc123", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("marks personal paths", () => {
    expect(isPersonalPath("/account")).toBe(true);
    expect(isPersonalPath("/account/security")).toBe(true);
    expect(isPersonalPath("/api/account/export")).toBe(true);
    expect(isPersonalPath("/accounting")).toBe(false);
    expect(isPersonalPath("/products")).toBe(false);
  });

  it("accepts only same-origin posts", () => {
    expect(isSameOriginPost("http://127.0.0.1:3100", "127.0.0.1:3100", [])).toBe(true);
    expect(isSameOriginPost("https://evil.example", "127.0.0.1:3100", [])).toBe(false);
    expect(isSameOriginPost("null", "127.0.0.1:3100", [])).toBe(false);
    expect(isSameOriginPost(null, "127.0.0.1:3100", [])).toBe(false);
    expect(isSameOriginPost("not a url", "127.0.0.1:3100", [])).toBe(false);
    expect(
      isSameOriginPost("https://shop.example", "internal:3000", ["https://shop.example"]),
    ).toBe(true);
  });
});

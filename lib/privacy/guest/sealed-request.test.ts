import { describe, expect, it } from "vitest";
import { openGuestRequest, sealGuestRequest, type GuestRequestPayload } from "./sealed-request";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const TOKEN = "t".repeat(43);
const PAYLOAD: GuestRequestPayload = {
  kind: "rectification",
  details: "Meine Straße heißt Heidestraße, nicht Heidestrasse.",
  language: "de",
};

describe("the request sealed into a guest's link (R7)", () => {
  it("opens with the same token and secret, and reveals nothing in clear", () => {
    const sealed = sealGuestRequest(PAYLOAD, TOKEN, SECRET);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("Heidestra");
    expect(openGuestRequest(sealed, TOKEN, SECRET)).toEqual(PAYLOAD);
  });

  it("differs each time, so two requests cannot be compared", () => {
    expect(sealGuestRequest(PAYLOAD, TOKEN, SECRET)).not.toBe(
      sealGuestRequest(PAYLOAD, TOKEN, SECRET),
    );
  });

  it("refuses another link's token, another secret, an altered or a malformed seal", () => {
    const sealed = sealGuestRequest(PAYLOAD, TOKEN, SECRET);
    expect(openGuestRequest(sealed, "u".repeat(43), SECRET)).toBeNull();
    expect(openGuestRequest(sealed, TOKEN, `${SECRET}x`)).toBeNull();
    const bytes = Buffer.from(sealed, "base64url");
    const at = bytes.length - 20;
    bytes[at] = bytes[at]! ^ 1;
    expect(openGuestRequest(bytes.toString("base64url"), TOKEN, SECRET)).toBeNull();
    for (const bad of [undefined, null, 42, "", "abc", "not base64!", "A".repeat(12_001)]) {
      expect(openGuestRequest(bad, TOKEN, SECRET)).toBeNull();
    }
  });

  it("refuses a seal whose content is not a request", () => {
    const forged = sealGuestRequest(
      {
        kind: "delete-everything",
        details: null,
        language: "de",
      } as unknown as GuestRequestPayload,
      TOKEN,
      SECRET,
    );
    expect(openGuestRequest(forged, TOKEN, SECRET)).toBeNull();
  });

  it("opens the longest details a guest may give, whatever characters they use", () => {
    const longest = { ...PAYLOAD, details: '\u0001"ä€'.repeat(250) };
    const sealed = sealGuestRequest(longest, TOKEN, SECRET);
    expect(openGuestRequest(sealed, TOKEN, SECRET)).toEqual(longest);
  });
});

import { describe, expect, it } from "vitest";
import { limitStates } from "./limits";

describe("limitStates", () => {
  it("gives, per purpose and kind, since when a limit is in force", () => {
    const since = new Date("2026-05-03T08:00:00Z");
    const later = new Date("2026-05-04T08:00:00Z");
    expect(
      limitStates([
        { kind: "restriction", purpose: "analytics", since },
        { kind: "objection", purpose: "marketing", since },
        { kind: "objection", purpose: "marketing", since: later },
        // Not a purpose of the page: ignored.
        { kind: "objection", purpose: "preferences", since },
      ]),
    ).toEqual({
      personalization: { restriction: null, objection: null },
      marketing: { restriction: null, objection: since },
      analytics: { restriction: since, objection: null },
    });
  });
});

import { describe, expect, it } from "vitest";
import { addBusinessDays, deliveryWindow } from "./delivery";

describe("delivery", () => {
  it("skips weekends", () => {
    const friday = new Date("2026-11-27T10:00:00Z");
    expect(addBusinessDays(friday, 1).toISOString().slice(0, 10)).toBe("2026-11-30");
    const w = deliveryWindow(friday);
    expect(w.earliest.toISOString().slice(0, 10)).toBe("2026-12-01");
    expect(w.latest.toISOString().slice(0, 10)).toBe("2026-12-02");
  });
});

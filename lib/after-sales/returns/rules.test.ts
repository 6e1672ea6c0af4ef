import { describe, expect, it } from "vitest";
import {
  canTransition,
  checkRequestedLines,
  lineRefundCents,
  returnWindow,
  returnableQuantities,
  vatLinesFor,
} from "./rules";

const DAY = 24 * 60 * 60 * 1000;
const delivered = new Date("2026-06-01T10:00:00Z");

describe("returnWindow", () => {
  it("is the withdrawal period for 14 days, goodwill until 30, then closed", () => {
    expect(returnWindow(null, delivered).kind).toBe("closed");
    expect(returnWindow(delivered, new Date(delivered.getTime() + 14 * DAY)).kind).toBe(
      "withdrawal",
    );
    expect(returnWindow(delivered, new Date(delivered.getTime() + 15 * DAY)).kind).toBe("goodwill");
    expect(returnWindow(delivered, new Date(delivered.getTime() + 31 * DAY)).kind).toBe("closed");
  });
});

describe("quantities", () => {
  it("subtracts what was already returned and rejects more", () => {
    const left = returnableQuantities(
      [{ id: "a", quantity: 3 }],
      [{ orderItemId: "a", quantity: 2 }],
    );
    expect(left.get("a")).toBe(1);
    expect(checkRequestedLines([{ orderItemId: "a", quantity: 1 }], left)).toBeNull();
    expect(checkRequestedLines([{ orderItemId: "a", quantity: 2 }], left)).toBe("too_many");
    expect(checkRequestedLines([{ orderItemId: "b", quantity: 1 }], left)).toBe("too_many");
    expect(checkRequestedLines([], left)).toBe("empty");
  });

  it("refunds in proportion to the line total and splits VAT", () => {
    expect(lineRefundCents({ quantity: 3, totalCents: 2999 }, 1)).toBe(1000);
    expect(vatLinesFor(new Map([[19, 1190]]))).toEqual([
      { rate: 19, grossCents: 1190, netCents: 1000, vatCents: 190 },
    ]);
  });
});

describe("canTransition", () => {
  it("allows only the queue's order of steps", () => {
    expect(canTransition("return", "requested", "receive")).toBe(true);
    expect(canTransition("return", "requested", "refund")).toBe(false);
    expect(canTransition("return", "received", "refund")).toBe(true);
    expect(canTransition("return", "received", "exchange")).toBe(false);
    expect(canTransition("exchange", "received", "exchange")).toBe(true);
    expect(canTransition("exchange", "exchanged", "refuse")).toBe(false);
  });
});

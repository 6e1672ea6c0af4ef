import { describe, expect, it } from "vitest";
import { MAX_PER_LINE, capLineQuantity, exceedsStock, isUuid } from "./limits";

describe("capLineQuantity", () => {
  it("allows what the stock and the line limit allow", () => {
    expect(capLineQuantity({ requested: 3, current: 1, available: 5 })).toEqual({
      quantity: 3,
      cappedBy: null,
    });
  });

  it("stops an increase at the online stock", () => {
    expect(capLineQuantity({ requested: 4, current: 1, available: 2 })).toEqual({
      quantity: 2,
      cappedBy: "stock",
    });
  });

  it("stops an increase at the line limit", () => {
    expect(capLineQuantity({ requested: 12, current: 8, available: 50 })).toEqual({
      quantity: MAX_PER_LINE,
      cappedBy: "line_limit",
    });
  });

  it("answers zero for a sold-out variant that is not in the cart yet", () => {
    expect(capLineQuantity({ requested: 1, current: 0, available: 0 })).toEqual({
      quantity: 0,
      cappedBy: "stock",
    });
  });

  it("always allows a decrease, and never cuts a line silently when asked for more", () => {
    expect(capLineQuantity({ requested: 3, current: 4, available: 1 })).toEqual({
      quantity: 3,
      cappedBy: null,
    });
    expect(capLineQuantity({ requested: 5, current: 4, available: 1 })).toEqual({
      quantity: 4,
      cappedBy: "stock",
    });
  });
});

describe("exceedsStock and isUuid", () => {
  it("flags lines above the online stock", () => {
    expect(exceedsStock({ quantity: 3, availableOnline: 2 })).toBe(true);
    expect(exceedsStock({ quantity: 2, availableOnline: 2 })).toBe(false);
  });

  it("accepts only well-formed uuids", () => {
    expect(isUuid("5f0c6f43-3c59-4b3e-9d54-0d9f7d8e2a11")).toBe(true);
    expect(isUuid("5f0c6f43-3c59-4b3e-9d54-0d9f7d8e2a1")).toBe(false);
    expect(isUuid("' or 1=1 --")).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});

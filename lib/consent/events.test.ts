import { describe, expect, it } from "vitest";
import { behaviourEventTypeEnum, type PurposeStates } from "@/db/schema";
import { NO_CONSENT } from "./consent-cookie";
import {
  EVENT_PURPOSES,
  MAX_QUERY_LENGTH,
  purposeForEvent,
  storableQuery,
  withoutLimitedPurposes,
} from "./events";

const ALL: PurposeStates = {
  preferences: true,
  analytics: true,
  personalization: true,
  marketing: true,
};

describe("purposeForEvent", () => {
  it("records nothing without consent (C1), whatever the event", () => {
    for (const type of behaviourEventTypeEnum.enumValues) {
      expect(purposeForEvent(type, NO_CONSENT)).toBeNull();
      expect(purposeForEvent(type, {})).toBeNull();
    }
  });

  it("knows every event type of the schema", () => {
    expect(Object.keys(EVENT_PURPOSES).sort()).toEqual(
      [...behaviourEventTypeEnum.enumValues].sort(),
    );
  });

  it("never lets preferences or marketing carry behaviour events", () => {
    const onlyOthers = { ...NO_CONSENT, preferences: true, marketing: true };
    for (const type of behaviourEventTypeEnum.enumValues) {
      expect(purposeForEvent(type, onlyOthers)).toBeNull();
    }
  });

  it("tags browsing events with personalization when given, else analytics", () => {
    expect(purposeForEvent("product_view", ALL)).toBe("personalization");
    expect(purposeForEvent("search", { ...NO_CONSENT, personalization: true })).toBe(
      "personalization",
    );
    expect(purposeForEvent("add_to_cart", { ...NO_CONSENT, analytics: true })).toBe("analytics");
    expect(purposeForEvent("category_view", { ...NO_CONSENT, analytics: true })).toBe("analytics");
  });

  it("records the checkout funnel only under analytics", () => {
    expect(purposeForEvent("checkout_started", ALL)).toBe("analytics");
    expect(purposeForEvent("purchase", ALL)).toBe("analytics");
    expect(purposeForEvent("purchase", { ...NO_CONSENT, personalization: true })).toBeNull();
    expect(
      purposeForEvent("checkout_started", { ...NO_CONSENT, personalization: true }),
    ).toBeNull();
  });
});

describe("withoutLimitedPurposes", () => {
  it("switches off restricted or objected purposes (R5)", () => {
    const limited = withoutLimitedPurposes(ALL, ["personalization"]);
    expect(limited.personalization).toBe(false);
    expect(limited.analytics).toBe(true);
    expect(purposeForEvent("product_view", limited)).toBe("analytics");
    expect(ALL.personalization).toBe(true);
  });
});

describe("storableQuery", () => {
  it("never keeps more than 100 characters", () => {
    const long = "ä".repeat(250);
    expect(storableQuery(long)).toHaveLength(MAX_QUERY_LENGTH);
    expect(storableQuery("x".repeat(100))).toHaveLength(100);
  });

  it("never cuts a character in half", () => {
    const stored = storableQuery("a" + "👟".repeat(150))!;
    expect(stored.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(stored).toBe("a" + "👟".repeat(49));
  });

  it("trims, collapses whitespace and drops empty queries", () => {
    expect(storableQuery("  rote   Schuhe \n")).toBe("rote Schuhe");
    expect(storableQuery("   ")).toBeNull();
    expect(storableQuery(undefined)).toBeNull();
    expect(storableQuery(null)).toBeNull();
  });
});

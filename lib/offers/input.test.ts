import { describe, expect, it } from "vitest";
import { parseBerlinDateTime, parseEuros, toBerlinInput } from "./input";
import { availableCommands, nextOfferStatus } from "./status";

describe("parseEuros", () => {
  it("reads German and English amounts as cents", () => {
    expect(parseEuros("12,50")).toBe(1250);
    expect(parseEuros("12.5")).toBe(1250);
    expect(parseEuros("1.234,50 €")).toBe(123450);
    expect(parseEuros("7")).toBe(700);
    expect(parseEuros("")).toBeNull();
    expect(parseEuros("-3")).toBeNull();
    expect(parseEuros("1,234")).toBeNull();
  });
});

describe("Berlin time", () => {
  it("reads form times in Berlin time, in winter and in summer", () => {
    expect(parseBerlinDateTime("2026-01-15T10:00")?.toISOString()).toBe("2026-01-15T09:00:00.000Z");
    expect(parseBerlinDateTime("2026-07-15T10:00")?.toISOString()).toBe("2026-07-15T08:00:00.000Z");
    expect(parseBerlinDateTime("2026-07-15")?.toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(parseBerlinDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseBerlinDateTime("tomorrow")).toBeNull();
    expect(toBerlinInput(new Date("2026-07-15T08:00:00Z"))).toBe("2026-07-15T10:00");
  });
});

describe("nextOfferStatus", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  const offer = (status: "draft" | "active" | "paused" | "ended", startDays = -1, endDays = 5) => ({
    status,
    startsAt: new Date(now.getTime() + startDays * 86_400_000),
    endsAt: new Date(now.getTime() + endDays * 86_400_000),
  });
  it("activates, schedules, pauses and ends", () => {
    expect(nextOfferStatus(offer("draft"), "activate", now)).toEqual({
      ok: true,
      status: "active",
    });
    expect(nextOfferStatus(offer("draft", 2), "activate", now)).toEqual({
      ok: true,
      status: "scheduled",
    });
    expect(nextOfferStatus(offer("draft", -9, -1), "activate", now)).toEqual({
      ok: false,
      reason: "already_over",
    });
    expect(nextOfferStatus(offer("active"), "pause", now)).toEqual({ ok: true, status: "paused" });
    expect(nextOfferStatus(offer("draft"), "pause", now).ok).toBe(false);
    expect(nextOfferStatus(offer("ended"), "end", now).ok).toBe(false);
    expect(availableCommands("ended")).toEqual([]);
    expect(availableCommands("paused")).toEqual(["activate", "end"]);
  });
});

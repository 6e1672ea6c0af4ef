import { describe, expect, it } from "vitest";
import type { OpeningHours } from "@/db/schema";
import { berlinClock, openingStatus } from "./opening-hours";

// Monday to Friday 10–20, Saturday 10–18, Sunday closed (the Berlin store).
const HOURS: OpeningHours = [
  ...[1, 2, 3, 4, 5].map((day) => ({ day, opens: "10:00", closes: "20:00" })),
  { day: 6, opens: "10:00", closes: "18:00" },
];

describe("berlinClock", () => {
  it("reads the wall clock in Europe/Berlin in winter and summer time", () => {
    // Wednesday 7 January 2026, 08:59 UTC is 09:59 CET.
    expect(berlinClock(new Date("2026-01-07T08:59:00Z"))).toEqual({ day: 3, time: "09:59" });
    // Wednesday 8 July 2026, 08:59 UTC is 10:59 CEST.
    expect(berlinClock(new Date("2026-07-08T08:59:00Z"))).toEqual({ day: 3, time: "10:59" });
    // Sunday 23:30 UTC is already Monday in Berlin.
    expect(berlinClock(new Date("2026-01-11T23:30:00Z"))).toEqual({ day: 1, time: "00:30" });
  });
});

describe("openingStatus", () => {
  it("is open between opening and closing, local time", () => {
    const status = openingStatus(HOURS, new Date("2026-01-07T09:00:00Z")); // Wed 10:00 CET
    expect(status).toEqual({
      today: [{ opens: "10:00", closes: "20:00" }],
      openNow: true,
      closesAt: "20:00",
      next: null,
    });
  });

  it("uses summer time: the same UTC moment is an hour later on the wall in July", () => {
    // 08:30 UTC: 09:30 CET in January (closed), 10:30 CEST in July (open).
    expect(openingStatus(HOURS, new Date("2026-01-07T08:30:00Z")).openNow).toBe(false);
    expect(openingStatus(HOURS, new Date("2026-07-08T08:30:00Z")).openNow).toBe(true);
  });

  it("closes at the closing minute and names the next opening", () => {
    const atClose = openingStatus(HOURS, new Date("2026-01-07T19:00:00Z")); // Wed 20:00 CET
    expect(atClose.openNow).toBe(false);
    expect(atClose.next).toEqual({ day: 4, opens: "10:00", today: false });
    const early = openingStatus(HOURS, new Date("2026-01-07T07:00:00Z")); // Wed 08:00 CET
    expect(early.next).toEqual({ day: 3, opens: "10:00", today: true });
  });

  it("on a closed day shows no hours today and the next open day", () => {
    const sunday = openingStatus(HOURS, new Date("2026-01-11T12:00:00Z"));
    expect(sunday).toEqual({
      today: [],
      openNow: false,
      closesAt: null,
      next: { day: 1, opens: "10:00", today: false },
    });
    // Saturday after closing: Sunday is skipped.
    const saturday = openingStatus(HOURS, new Date("2026-01-10T18:00:00Z")); // Sat 19:00
    expect(saturday.next).toEqual({ day: 1, opens: "10:00", today: false });
  });

  it("is right on the days the clocks change", () => {
    // Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST. Monday 30 March, 08:30 UTC = 10:30 CEST.
    expect(berlinClock(new Date("2026-03-29T00:59:00Z")).time).toBe("01:59");
    expect(berlinClock(new Date("2026-03-29T01:00:00Z")).time).toBe("03:00");
    expect(openingStatus(HOURS, new Date("2026-03-30T08:30:00Z")).openNow).toBe(true);
    expect(openingStatus(HOURS, new Date("2026-03-27T08:30:00Z")).openNow).toBe(false); // Fri 09:30 CET
    // Saturday 24 October 2026 is still summer time: 16:30 UTC = 18:30 CEST, closed.
    expect(openingStatus(HOURS, new Date("2026-10-24T16:30:00Z")).openNow).toBe(false);
    // Saturday 31 October 2026 is winter time: 16:30 UTC = 17:30 CET, open until 18:00.
    expect(openingStatus(HOURS, new Date("2026-10-31T16:30:00Z"))).toMatchObject({
      openNow: true,
      closesAt: "18:00",
    });
  });

  it("handles split hours and stores without any hours", () => {
    const split: OpeningHours = [
      { day: 3, opens: "14:00", closes: "18:00" },
      { day: 3, opens: "09:00", closes: "12:30" },
    ];
    const lunch = openingStatus(split, new Date("2026-01-07T12:00:00Z")); // Wed 13:00 CET
    expect(lunch.today).toEqual([
      { opens: "09:00", closes: "12:30" },
      { opens: "14:00", closes: "18:00" },
    ]);
    expect(lunch.openNow).toBe(false);
    expect(lunch.next).toEqual({ day: 3, opens: "14:00", today: true });
    expect(openingStatus([], new Date("2026-01-07T12:00:00Z"))).toEqual({
      today: [],
      openNow: false,
      closesAt: null,
      next: null,
    });
  });
});

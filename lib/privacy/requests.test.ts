import { describe, expect, it } from "vitest";
import { addCalendarMonths, daysLeft, dueDate, extendedDueDate } from "./requests";

describe("request deadlines (Art. 12(3))", () => {
  it("adds calendar months and clamps to the month's last day", () => {
    expect(dueDate(new Date("2026-03-15T10:00:00Z")).toISOString()).toBe(
      "2026-04-15T10:00:00.000Z",
    );
    expect(dueDate(new Date("2026-01-31T10:00:00Z")).toISOString()).toBe(
      "2026-02-28T10:00:00.000Z",
    );
    expect(dueDate(new Date("2028-01-31T10:00:00Z")).toISOString()).toBe(
      "2028-02-29T10:00:00.000Z",
    );
    expect(addCalendarMonths(new Date("2026-12-10T00:00:00Z"), 1).toISOString()).toBe(
      "2027-01-10T00:00:00.000Z",
    );
  });

  it("extends to three months after receipt at the most", () => {
    expect(extendedDueDate(new Date("2026-11-30T08:00:00Z")).toISOString()).toBe(
      "2027-02-28T08:00:00.000Z",
    );
  });

  it("counts whole days left, negative when overdue", () => {
    const now = new Date("2026-11-01T12:00:00Z");
    expect(daysLeft(new Date("2026-11-11T12:00:00Z"), now)).toBe(10);
    expect(daysLeft(new Date("2026-10-30T12:00:00Z"), now)).toBe(-2);
  });
});

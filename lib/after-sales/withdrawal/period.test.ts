import { describe, expect, it } from "vitest";
import { canWithdraw, withdrawalPeriod, withdrawalState } from "./period";

const ends = (iso: string, instructed = true) =>
  withdrawalPeriod({ deliveries: [new Date(iso)], instructed }).endsAt.toISOString();

describe("withdrawalPeriod", () => {
  it("ends at Berlin midnight 14 days after receipt, across a month end", () => {
    // 31 Jan (winter, UTC+1) → 14 Feb 23:59:59.999 Berlin = 22:59:59.999 UTC.
    expect(ends("2026-01-31T10:00:00Z")).toBe("2026-02-14T22:59:59.999Z");
    // Received at 23:30 Berlin on 31 Jan, which is still 31 Jan in Berlin.
    expect(ends("2026-01-31T22:30:00Z")).toBe("2026-02-14T22:59:59.999Z");
    // 00:30 Berlin on 1 Feb is 31 Jan in UTC: Berlin's day counts.
    expect(ends("2026-01-31T23:30:00Z")).toBe("2026-02-15T22:59:59.999Z");
  });

  it("ends at Berlin midnight across the DST changes", () => {
    // Delivered 20 Mar (UTC+1), ends 3 Apr in summer time (UTC+2).
    expect(ends("2026-03-20T09:00:00Z")).toBe("2026-04-03T21:59:59.999Z");
    // Delivered on the last Sunday of March itself (29 Mar 2026).
    expect(ends("2026-03-29T12:00:00Z")).toBe("2026-04-12T21:59:59.999Z");
    // Delivered 20 Oct (UTC+2), ends 3 Nov in winter time (UTC+1); 25 Oct 2026 is the change.
    expect(ends("2026-10-20T09:00:00Z")).toBe("2026-11-03T22:59:59.999Z");
    expect(ends("2026-10-11T09:00:00Z")).toBe("2026-10-25T22:59:59.999Z");
  });

  it("counts the last of several shipments", () => {
    const period = withdrawalPeriod({
      deliveries: [new Date("2026-05-20T10:00:00Z"), new Date("2026-05-02T10:00:00Z")],
      instructed: true,
    });
    expect(period.endsAt.toISOString()).toBe("2026-06-03T21:59:59.999Z");
    expect(period.status).toBe("instructed");
  });

  it("lasts 12 months and 14 days without instructions", () => {
    const period = withdrawalPeriod({
      deliveries: [new Date("2026-01-31T10:00:00Z")],
      instructed: false,
    });
    expect(period.endsAt.toISOString()).toBe("2027-02-14T22:59:59.999Z");
    expect(period.status).toBe("not_instructed");
  });

  it("refuses an empty list of deliveries", () => {
    expect(() => withdrawalPeriod({ deliveries: [], instructed: true })).toThrow();
  });
});

describe("withdrawalState", () => {
  const deliveredAt = new Date("2026-05-01T10:00:00Z");
  const endsAt = new Date("2026-05-15T21:59:59.999Z");

  it("is open up to and including the last millisecond, closed one millisecond later", () => {
    const order = { status: "delivered", deliveredAt };
    expect(withdrawalState(order, endsAt)).toEqual({ state: "open", endsAt });
    expect(withdrawalState(order, new Date(endsAt.getTime() + 1))).toEqual({
      state: "closed_expired",
      endsAt,
    });
    expect(canWithdraw(withdrawalState(order, endsAt))).toBe(true);
    expect(canWithdraw(withdrawalState(order, new Date(endsAt.getTime() + 1)))).toBe(false);
  });

  it("is open before delivery, with the period starting at delivery", () => {
    const state = withdrawalState({ status: "paid", deliveredAt: null }, deliveredAt);
    expect(state).toEqual({ state: "not_delivered_yet", periodStartsAtDelivery: true });
    expect(canWithdraw(state)).toBe(true);
  });

  it("is closed for cancelled and already withdrawn orders", () => {
    expect(withdrawalState({ status: "cancelled", deliveredAt: null }, deliveredAt).state).toBe(
      "cancelled",
    );
    const withdrawn = withdrawalState(
      { status: "delivered", deliveredAt, withdrawnAt: deliveredAt },
      deliveredAt,
    );
    expect(withdrawn.state).toBe("already_withdrawn");
    expect(canWithdraw(withdrawn)).toBe(false);
  });
});

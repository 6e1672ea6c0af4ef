/*
 * The withdrawal period (§§355, 356 BGB, L2): 14 days after the consumer received the last goods,
 * 12 months and 14 days when they were not properly instructed (§356(3)), each ending at the end of
 * the last day in Berlin time. Pure: the caller passes `now` and the order's dates.
 */

const BERLIN = "Europe/Berlin";
const parts = new Intl.DateTimeFormat("en-US", {
  timeZone: BERLIN,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

type CalendarDay = { year: number; month: number; day: number };

function berlinFields(date: Date) {
  const out: Record<string, number> = {};
  for (const part of parts.formatToParts(date)) {
    if (part.type !== "literal") out[part.type] = Number(part.value);
  }
  return out as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
}

/** The UTC instant of 00:00 Berlin time on a calendar day (the offset is +1 or +2 hours). */
function berlinMidnight({ year, month, day }: CalendarDay): Date {
  const guess = Date.UTC(year, month - 1, day);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(guess - offsetHours * 3_600_000);
    const f = berlinFields(candidate);
    if (f.year === year && f.month === month && f.day === day && f.hour === 0 && f.minute === 0) {
      return candidate;
    }
  }
  // Berlin never changes its clocks at midnight, so one of the two offsets fits.
  throw new Error(`No Berlin midnight found for ${year}-${month}-${day}`);
}

/** Calendar arithmetic on a Berlin day (Date.UTC normalises overflowing days and months). */
function addCalendar(day: CalendarDay, add: { months?: number; days?: number }): CalendarDay {
  const d = new Date(
    Date.UTC(day.year, day.month - 1 + (add.months ?? 0), day.day + (add.days ?? 0)),
  );
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export const WITHDRAWAL_DAYS = 14;

export type WithdrawalPeriod = {
  /** The last moment of the period: 23:59:59.999 Berlin time on its last day. */
  endsAt: Date;
  status: "instructed" | "not_instructed";
};

/**
 * The period after receipt of the goods; with several shipments the last receipt counts. Without
 * instructions it is extended by 12 months (§356(3) sentence 2 BGB).
 */
export function withdrawalPeriod(input: {
  deliveries: Date[];
  instructed: boolean;
}): WithdrawalPeriod {
  if (input.deliveries.length === 0)
    throw new Error("withdrawalPeriod needs at least one delivery");
  const last = new Date(Math.max(...input.deliveries.map((d) => d.getTime())));
  const f = berlinFields(last);
  const received: CalendarDay = { year: f.year, month: f.month, day: f.day };
  const lastDay = addCalendar(received, {
    months: input.instructed ? 0 : 12,
    days: WITHDRAWAL_DAYS,
  });
  const endsAt = new Date(berlinMidnight(addCalendar(lastDay, { days: 1 })).getTime() - 1);
  return { endsAt, status: input.instructed ? "instructed" : "not_instructed" };
}

export type WithdrawalOrder = {
  status: string;
  deliveredAt: Date | null;
  /** Set when a withdrawal for the order has been declared. */
  withdrawnAt?: Date | null;
};

export type WithdrawalState =
  | { state: "open"; endsAt: Date }
  /** Open before delivery too: a consumer may withdraw once the contract is concluded. */
  | { state: "not_delivered_yet"; periodStartsAtDelivery: true }
  | { state: "closed_expired"; endsAt: Date }
  | { state: "already_withdrawn"; withdrawnAt: Date }
  | { state: "cancelled" };

/** Whether the withdrawal function is offered for an order at `now`. */
export function withdrawalState(order: WithdrawalOrder, now: Date): WithdrawalState {
  if (order.withdrawnAt) return { state: "already_withdrawn", withdrawnAt: order.withdrawnAt };
  if (order.status === "cancelled") return { state: "cancelled" };
  if (!order.deliveredAt) return { state: "not_delivered_yet", periodStartsAtDelivery: true };
  // Orders of this shop carry the instructions in the confirmation mail (§312f BGB).
  const { endsAt } = withdrawalPeriod({ deliveries: [order.deliveredAt], instructed: true });
  return now.getTime() <= endsAt.getTime()
    ? { state: "open", endsAt }
    : { state: "closed_expired", endsAt };
}

/** Whether the state lets the customer declare a withdrawal now. */
export function canWithdraw(state: WithdrawalState): boolean {
  return state.state === "open" || state.state === "not_delivered_yet";
}

import type { OpeningHours } from "@/db/schema";

/** Store hours are kept and shown in the stores' own time zone, whatever the server's is. */
const ZONE = "Europe/Berlin";
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const clock = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The ISO weekday (1 = Monday) and "HH:MM" of a moment in Europe/Berlin. */
export function berlinClock(now: Date): { day: number; time: string } {
  const parts = Object.fromEntries(clock.formatToParts(now).map((p) => [p.type, p.value]));
  const day = WEEKDAYS[parts.weekday ?? ""];
  if (!day) throw new Error(`Unexpected weekday from Intl: ${parts.weekday}`);
  return { day, time: `${parts.hour}:${parts.minute}` };
}

export type OpeningStatus = {
  /** Today's opening times in Europe/Berlin, earliest first; empty when closed all day. */
  today: { opens: string; closes: string }[];
  openNow: boolean;
  /** While open: when the current opening ends. */
  closesAt: string | null;
  /** While closed: the next opening within a week (ISO weekday and time; `today` if it is later today). */
  next: { day: number; opens: string; today: boolean } | null;
};

const byOpening = (a: { opens: string }, b: { opens: string }) => a.opens.localeCompare(b.opens);

/**
 * Whether a store is open at `now` and what its hours are today, in Europe/Berlin local time
 * (so that daylight saving time needs no care: the clock on the wall decides). Times are "HH:MM"
 * within one day; a store opens at `opens` and is closed from `closes` on.
 */
export function openingStatus(hours: OpeningHours, now: Date): OpeningStatus {
  const { day, time } = berlinClock(now);
  const on = (d: number) => hours.filter((h) => h.day === d && h.opens < h.closes).sort(byOpening);
  const today = on(day).map(({ opens, closes }) => ({ opens, closes }));
  const current = today.find((h) => h.opens <= time && time < h.closes);
  if (current) return { today, openNow: true, closesAt: current.closes, next: null };
  const later = today.find((h) => h.opens > time);
  if (later) {
    return {
      today,
      openNow: false,
      closesAt: null,
      next: { day, opens: later.opens, today: true },
    };
  }
  for (let step = 1; step <= 7; step++) {
    const d = ((day - 1 + step) % 7) + 1;
    const first = on(d)[0];
    if (first) {
      return {
        today,
        openNow: false,
        closesAt: null,
        next: { day: d, opens: first.opens, today: false },
      };
    }
  }
  return { today, openNow: false, closesAt: null, next: null };
}

import { addDays } from "@/lib/consent/reporting";

/** The periods the insights page offers, in days, ending today (Europe/Berlin). */
export const PERIOD_PRESETS = [7, 30, 90, 365] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_PRESET: PeriodPreset = 30;

export type InsightsPeriod = {
  days: PeriodPreset;
  /** First and last calendar day, inclusive, `YYYY-MM-DD` in Europe/Berlin. */
  from: string;
  to: string;
  /** Revenue per day up to 90 days, per week (Monday) beyond, so the chart stays readable. */
  bucket: "day" | "week";
};

/** `?period=30` → the last 30 days including today; anything else → the default. */
export function parseInsightsPeriod(raw: unknown, today: string): InsightsPeriod {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const days = PERIOD_PRESETS.find((preset) => String(preset) === value) ?? DEFAULT_PRESET;
  return {
    days,
    from: addDays(today, -(days - 1)),
    to: today,
    bucket: days > 90 ? "week" : "day",
  };
}

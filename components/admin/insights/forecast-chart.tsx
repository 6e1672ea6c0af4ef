"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

export type ForecastChartPoint = {
  label: string;
  actual: number | null;
  forecast: number | null;
  /** [low, high] of the 95 % band; null for weeks already observed. */
  band: [number, number] | null;
};

/**
 * Sold units of the last weeks as a line, the forecast as a dashed line and its band as an area.
 * One image for assistive technology, described by `summary`; the numbers are in a table beside it.
 */
export function ForecastChart({
  data,
  locale,
  summary,
  names,
}: {
  data: ForecastChartPoint[];
  locale: string;
  summary: string;
  names: { actual: string; forecast: string; band: string };
}) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const format = (value: unknown) =>
    Array.isArray(value)
      ? value.map((v) => (typeof v === "number" ? number.format(v) : "–")).join(" – ")
      : typeof value === "number"
        ? number.format(value)
        : "–";
  const tick = { fill: "#465066", fontSize: 12 };
  return (
    <div role="img" aria-label={summary} className="rounded-2xl border border-line bg-card p-3">
      <ComposedChart
        data={data}
        responsive
        accessibilityLayer={false}
        style={{ width: "100%", height: 260 }}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke="#e6e0d6" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={tick} minTickGap={12} />
        <YAxis tick={tick} width={48} allowDecimals={false} />
        <Tooltip formatter={format} />
        <Legend />
        <Area
          dataKey="band"
          name={names.band}
          stroke="none"
          fill="#1d5fd1"
          fillOpacity={0.18}
          isAnimationActive={false}
        />
        <Line
          dataKey="actual"
          name={names.actual}
          stroke="#1c2333"
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="forecast"
          name={names.forecast}
          stroke="#1d5fd1"
          strokeDasharray="6 4"
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
}

"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Purpose } from "@/db/schema";

export type ConsentRatePoint = { label: string } & Record<Purpose, number | null>;

export type ConsentRateSeries = { key: Purpose; name: string };

/** Colour and dash per purpose, so that the lines differ without relying on colour alone. */
const LINE_STYLE: Record<Purpose, { stroke: string; dash?: string }> = {
  preferences: { stroke: "#1c2333" },
  analytics: { stroke: "#1d5fd1", dash: "6 4" },
  personalization: { stroke: "#2f6b4f", dash: "2 3" },
  marketing: { stroke: "#9a6b1f", dash: "10 3 2 3" },
};

/**
 * Weekly consent rates per purpose as lines (0–100 %). The chart is one image for assistive
 * technology, described by `summary`; the same numbers are in the table below it.
 */
export function ConsentRateChart({
  data,
  series,
  locale,
  summary,
}: {
  data: ConsentRatePoint[];
  series: ConsentRateSeries[];
  locale: string;
  summary: string;
}) {
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const formatRate = (value: unknown) =>
    typeof value === "number" ? percent.format(value / 100) : "–";
  return (
    <div role="img" aria-label={summary} className="rounded-2xl border border-line bg-card p-3">
      <LineChart
        data={data}
        responsive
        accessibilityLayer={false}
        style={{ width: "100%", height: 340 }}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke="#e6e0d6" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={{ fill: "#465066", fontSize: 12 }} minTickGap={12} />
        <YAxis
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={formatRate}
          tick={{ fill: "#465066", fontSize: 12 }}
          width={52}
        />
        <Tooltip formatter={formatRate} />
        <Legend />
        {series.map(({ key, name }) => (
          <Line
            key={key}
            type="monotone"
            dataKey={key}
            name={name}
            stroke={LINE_STYLE[key].stroke}
            strokeDasharray={LINE_STYLE[key].dash}
            strokeWidth={2}
            dot={{ r: 3 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </div>
  );
}

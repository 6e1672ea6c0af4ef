"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";

export type BarPoint = { label: string; valueCents: number };

/**
 * Money per label as bars: over time (columns) or as a ranking (horizontal bars). One image for
 * assistive technology, described by `summary`; the same numbers are in a table beside it.
 */
export function InsightsBarChart({
  data,
  locale,
  summary,
  ranking = false,
}: {
  data: BarPoint[];
  locale: AppLocale;
  summary: string;
  ranking?: boolean;
}) {
  const money = (value: unknown) => (typeof value === "number" ? formatMoney(value, locale) : "–");
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const axisMoney = (value: unknown) =>
    typeof value === "number" ? `${compact.format(value / 100)} €` : "";
  const tick = { fill: "#465066", fontSize: 12 };
  return (
    <div role="img" aria-label={summary} className="rounded-2xl border border-line bg-card p-3">
      <BarChart
        data={data}
        layout={ranking ? "vertical" : "horizontal"}
        responsive
        accessibilityLayer={false}
        style={{ width: "100%", height: ranking ? Math.max(160, data.length * 32 + 40) : 300 }}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke="#e6e0d6" strokeDasharray="3 3" />
        {ranking ? (
          <>
            <XAxis type="number" tickFormatter={axisMoney} tick={tick} />
            <YAxis type="category" dataKey="label" width={150} tick={tick} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={tick} minTickGap={12} />
            <YAxis tickFormatter={axisMoney} tick={tick} width={64} />
          </>
        )}
        <Tooltip formatter={money} />
        <Bar dataKey="valueCents" fill="#1c2333" isAnimationActive={false} />
      </BarChart>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import type { Order } from "@/db/schema";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";
import { cn } from "@/lib/ui/cn";

type Timestamps = Pick<Order, "status" | "placedAt" | "shippedAt" | "deliveredAt" | "cancelledAt">;

export async function StatusBadge({ status }: { status: Order["status"] }) {
  const t = await getTranslations("orders.status");
  return (
    <span
      className={cn(
        "inline-block rounded-full px-3 py-1 text-xs font-semibold",
        status === "cancelled" ? "bg-card text-sale ring-1 ring-sale" : "bg-brass-soft text-ink",
      )}
    >
      {t(status)}
    </span>
  );
}

/** The status with the time of each step the order has taken. */
export async function OrderTimeline({ order, locale }: { order: Timestamps; locale: AppLocale }) {
  const t = await getTranslations("orders.timeline");
  const date = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: "Europe/Berlin",
    dateStyle: "medium",
  });
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: "Europe/Berlin",
    timeStyle: "short",
  });
  const steps = [
    { key: "placed", at: order.placedAt },
    { key: "shipped", at: order.shippedAt },
    { key: "delivered", at: order.deliveredAt },
    { key: "cancelled", at: order.cancelledAt },
  ].filter((step): step is { key: string; at: Date } => step.at !== null);
  return (
    <ol aria-label={t("label")} className="space-y-1 text-sm">
      {steps.map((step) => (
        <li key={step.key} className="flex flex-wrap gap-x-2">
          <span className="font-medium">{t(step.key)}:</span>
          <time dateTime={step.at.toISOString()}>
            {t("at", { date: date.format(step.at), time: time.format(step.at) })}
          </time>
        </li>
      ))}
    </ol>
  );
}

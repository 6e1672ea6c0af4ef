import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { QueueEntry } from "@/lib/privacy/requests";
import { cn } from "@/lib/ui/cn";

/** The privacy officer's queue (R6): open requests with days left, overdue ones first and marked. */
export async function RequestQueue({ entries }: { entries: readonly QueueEntry[] }) {
  const [t, tk, ts, format] = await Promise.all([
    getTranslations("privacyRequests.queue"),
    getTranslations("privacyRequests.kinds"),
    getTranslations("privacyRequests.statuses"),
    getFormatter(),
  ]);
  if (entries.length === 0)
    return <p className="rounded-2xl border border-line bg-card p-5">{t("empty")}</p>;
  const date = (value: Date) => (
    <time dateTime={value.toISOString()}>{format.dateTime(value, { dateStyle: "medium" })}</time>
  );
  return (
    <ScrollRegion label={t("caption")} className="rounded-2xl border border-line bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("reference")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("kind")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("from")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("received")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("due")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("daysLeft")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr
              key={entry.id}
              className={cn("border-t border-line align-top", entry.overdue && "bg-sale/10")}
            >
              <th scope="row" className="px-3 py-2 font-normal">
                <Link
                  href={`/admin/privacy/requests/${entry.id}`}
                  aria-label={t("open", { reference: entry.reference })}
                  className="font-mono font-semibold underline underline-offset-2"
                >
                  {entry.reference}
                </Link>
              </th>
              <td className="px-3 py-2">{tk(entry.kind)}</td>
              <td className="px-3 py-2">{entry.guest ? t("guest") : t("customer")}</td>
              <td className="px-3 py-2 whitespace-nowrap">{date(entry.receivedAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{date(entry.dueAt)}</td>
              <td
                className={cn(
                  "px-3 py-2 whitespace-nowrap",
                  entry.overdue
                    ? "font-semibold text-sale"
                    : entry.daysLeft <= 7 && "font-semibold",
                )}
              >
                {entry.overdue
                  ? t("overdue", { days: -entry.daysLeft })
                  : t("left", { days: entry.daysLeft })}
              </td>
              <td className="px-3 py-2">{ts(entry.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AppLocale } from "@/lib/i18n/locale";
import type { AccessTable } from "@/lib/privacy/access-view";
import type { NameLookups } from "@/lib/privacy/access-view-data";
import type { TableName } from "@/lib/privacy/data-map-types";
import { formatCell, formatDateTime } from "./format-value";

type Row = Record<string, unknown>;
type RowLink = { href: string; text: string; label: string; download?: boolean };

/**
 * One table of the customer's rows, the columns the data map exports, formatted for people.
 * Some rows lead on: a consent decision to its receipt (C8), an order to its page.
 */
export async function DataTable({
  table,
  rows,
  names,
  locale,
  userId,
}: {
  table: AccessTable;
  rows: Row[];
  names: NameLookups;
  locale: AppLocale;
  userId: string;
}) {
  const t = await getTranslations("privacyCenter.stored");
  const words = { yes: t("yes"), no: t("no"), empty: t("empty") };
  const linkOf = (row: Row): RowLink | null => rowLink(table.table, row, { userId, locale, t });
  const hasLinks = rows.some((row) => linkOf(row) !== null);
  return (
    <ScrollRegion
      label={t("tableLabel", { table: table.label })}
      className="print:overflow-visible"
    >
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.name} scope="col" className="py-2 pr-3 align-bottom font-semibold">
                {column.label}
              </th>
            ))}
            {hasLinks ? (
              <th scope="col" className="py-2 align-bottom font-semibold">
                {t("more")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const link = linkOf(row);
            return (
              <tr key={index} className="border-t border-line align-top">
                {table.columns.map((column) => {
                  const value = row[column.name];
                  const named =
                    column.names && typeof value === "string"
                      ? names[column.names].get(value)?.[locale]
                      : undefined;
                  return (
                    <td key={column.name} className="max-w-xs py-2 pr-3 break-words">
                      {named ?? formatCell(value, { locale, money: column.money, words }).text}
                    </td>
                  );
                })}
                {hasLinks ? (
                  <td className="py-2">
                    {link ? (
                      <a
                        href={link.href}
                        aria-label={link.label}
                        download={link.download ? "" : undefined}
                        className="underline underline-offset-2"
                      >
                        {link.text}
                      </a>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function rowLink(
  table: TableName,
  row: Row,
  context: {
    userId: string;
    locale: AppLocale;
    t: (key: string, values?: Record<string, string>) => string;
  },
): RowLink | null {
  const { userId, locale, t } = context;
  // Receipts and order pages answer only for the account's own rows (not guest rows found by address).
  if (row.user_id !== userId || typeof row.id !== "string") return null;
  if (table === "consent_events" && row.recorded_at instanceof Date) {
    return {
      href: `/api/account/consent/${row.id}/receipt`,
      text: t("receipt"),
      label: t("receiptLabel", { date: formatDateTime(row.recorded_at, locale) }),
      download: true,
    };
  }
  if (table === "orders" && typeof row.order_number === "string") {
    return {
      href: `/account/orders/${encodeURIComponent(row.order_number)}`,
      text: t("orderLink"),
      label: t("orderLinkLabel", { number: row.order_number }),
    };
  }
  return null;
}

import { getTranslations } from "next-intl/server";
import type { PersonalEntry, TableName } from "@/lib/privacy/data-map-types";
import { personalTables } from "@/lib/privacy/data-map";
import { governingRetention } from "@/lib/privacy/erasure/plan";
import { formatKeptUntil } from "./erasure-statement";

type Item = { table: TableName; entry: PersonalEntry; until: string | null };

/** Kept records described from the data map: what, why, under which law, until when if known. */
export async function KeptRecords({ items, locale }: { items: Item[]; locale: "de" | "en" }) {
  const t = await getTranslations("privacyErasure");
  const entries = personalTables();
  const rows = await Promise.all(
    items.map(async ({ table, entry, until }) => {
      const erasure = entry.erasure as { action: string; reason?: { de: string; en: string } };
      const { rule } = governingRetention(table, entries);
      return {
        table,
        label: entry.exportLabel[locale],
        why: erasure.reason?.[locale] ?? "",
        pseudonymized: erasure.action === "pseudonymize",
        law: rule.law ?? null,
        retention: entry.retention.text[locale],
        until: until ? { iso: until, label: await formatKeptUntil(until) } : null,
      };
    }),
  );
  return (
    <ul className="mt-4 space-y-3">
      {rows.map((row) => (
        <li key={row.table} className="rounded-2xl border border-line p-4">
          <h3 className="font-semibold">{row.label}</h3>
          <p className="mt-1 text-sm text-ink-soft">
            {row.pseudonymized ? t("pseudonymized") : t("restricted")}
          </p>
          <p className="mt-2 text-sm">{row.why}</p>
          <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {row.until ? (
              <>
                <dt className="font-medium">{t("keptUntil")}</dt>
                <dd>
                  <time dateTime={row.until.iso}>{row.until.label}</time>
                </dd>
              </>
            ) : (
              <>
                <dt className="font-medium">{t("goodbye.retention")}</dt>
                <dd>{row.retention}</dd>
              </>
            )}
            {row.law ? (
              <>
                <dt className="font-medium">{t("law")}</dt>
                <dd>{row.law}</dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

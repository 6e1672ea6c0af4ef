import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ACCESS_PAGE_SIZE } from "@/lib/privacy/access-view";
import type { TablePage } from "@/lib/privacy/access-view-data";

/** Paging of one table in the URL (?table=…&page=…), landing back at the table. */
export async function TablePager({
  table,
  label,
  page,
}: {
  table: string;
  label: string;
  page: TablePage;
}) {
  if (page.total <= ACCESS_PAGE_SIZE) return null;
  const t = await getTranslations("privacyCenter.pager");
  const from = (page.page - 1) * ACCESS_PAGE_SIZE + 1;
  const to = Math.min(page.page * ACCESS_PAGE_SIZE, page.total);
  const href = (n: number) => `/account/privacy?table=${table}&page=${n}#data-${table}`;
  const link =
    "rounded-full border border-line bg-card px-4 py-2 text-sm font-medium hover:border-ink";
  return (
    <nav aria-label={t("label", { table: label })} className="flex flex-wrap items-center gap-3">
      <p className="text-sm text-ink-soft">{t("range", { from, to, total: page.total })}</p>
      {page.page > 1 ? (
        <Link
          href={href(page.page - 1)}
          aria-label={t("previousLabel", { table: label })}
          className={link}
        >
          {t("previous")}
        </Link>
      ) : null}
      {page.page < page.pageCount ? (
        <Link
          href={href(page.page + 1)}
          aria-label={t("nextLabel", { table: label })}
          className={link}
        >
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

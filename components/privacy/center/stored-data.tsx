import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/locale";
import type { AccessCategory, AccessTable } from "@/lib/privacy/access-view";
import type { AccessPages, NameLookups, TablePage } from "@/lib/privacy/access-view-data";
import { DataTable } from "./data-table";
import { WORD_VIEWS } from "./derived-words";
import { TablePager } from "./table-pager";

type Props = {
  categories: AccessCategory[];
  pages: AccessPages;
  names: NameLookups;
  locale: AppLocale;
  userId: string;
};

/**
 * "What we store about you" (Art. 15, R1): every category of the data map with its purposes,
 * legal bases, recipients and sources, and under it the customer's own rows, table by table.
 */
export async function StoredData({ categories, pages, names, locale, userId }: Props) {
  const t = await getTranslations("privacyCenter.stored");
  return (
    <section aria-labelledby="stored-heading" className="space-y-6">
      <div>
        <h2 id="stored-heading" className="font-display text-2xl">
          {t("heading")}
        </h2>
        <p className="mt-2 text-ink-soft">{t("intro")}</p>
      </div>
      <nav aria-label={t("contents")}>
        <ul className="flex flex-wrap gap-2">
          {categories.map((category) => (
            <li key={category.category}>
              <a
                href={`#category-${category.category}`}
                className="inline-block rounded-full border border-line bg-card px-3 py-1.5 text-sm hover:border-ink"
              >
                {category.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {categories.map((category) => (
        <CategorySection
          key={category.category}
          category={category}
          pages={pages}
          names={names}
          locale={locale}
          userId={userId}
        />
      ))}
    </section>
  );
}

async function CategorySection({
  category,
  pages,
  names,
  locale,
  userId,
}: Omit<Props, "categories"> & { category: AccessCategory }) {
  const t = await getTranslations("privacyCenter.stored");
  const id = `category-${category.category}`;
  const facts: [string, string[]][] = [
    [t("purposes"), category.purposes],
    [t("legalBases"), category.legalBases],
    [t("recipients"), category.recipients.length > 0 ? category.recipients : [t("noRecipients")]],
    [t("sources"), category.sources],
  ];
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 rounded-3xl border border-line bg-card p-5 sm:p-8"
    >
      <h3 id={`${id}-heading`} className="font-display text-2xl">
        {category.label}
      </h3>
      <p className="mt-1 text-ink-soft">{category.description}</p>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2">
        {facts.map(([term, values]) => (
          <div key={term}>
            <dt className="text-sm font-semibold">{term}</dt>
            <dd>
              <ul className="list-disc pl-5 text-sm">
                {values.map((value) => (
                  <li key={value}>{value}</li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 space-y-8">
        {category.tables.map((table) => (
          <TableSection
            key={table.table}
            table={table}
            page={pages[table.table]}
            names={names}
            locale={locale}
            userId={userId}
          />
        ))}
      </div>
    </section>
  );
}

async function TableSection({
  table,
  page,
  names,
  locale,
  userId,
}: {
  table: AccessTable;
  page: TablePage;
  names: NameLookups;
  locale: AppLocale;
  userId: string;
}) {
  const t = await getTranslations("privacyCenter.stored");
  const id = `data-${table.table}`;
  const Words = WORD_VIEWS[table.table];
  const rawTable = (
    <DataTable table={table} rows={page.rows} names={names} locale={locale} userId={userId} />
  );
  return (
    // Not a landmark of its own: the category is the region, the table its scrollable part.
    <section id={id} className="scroll-mt-4 space-y-3">
      <div>
        <h4 className="text-lg font-semibold">{table.label}</h4>
        <p className="text-sm text-ink-soft">
          {page.total === 0 ? t("nothing") : t("entries", { count: page.total })}
        </p>
      </div>
      <dl className="space-y-1 text-sm">
        <div>
          <dt className="inline font-semibold">{t("retention")}:</dt>{" "}
          <dd className="inline">{table.retention}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t("onErasure")}:</dt>{" "}
          <dd className="inline">{table.onErasure}</dd>
        </div>
      </dl>
      {table.table === "consent_events" ? (
        <p className="text-sm">
          <Link href="/account/consent" className="underline underline-offset-2">
            {t("consentHistoryLink")}
          </Link>
        </p>
      ) : null}
      {page.total > 0 ? (
        Words ? (
          <>
            <Words rows={page.rows} names={names} locale={locale} />
            <details className="rounded-2xl border border-line p-3">
              <summary className="cursor-pointer text-sm font-medium">
                {t("asTable", { table: table.label })}
              </summary>
              <div className="mt-3">{rawTable}</div>
            </details>
          </>
        ) : (
          rawTable
        )
      ) : null}
      {page.total > 0 && table.downloadOnly.length > 0 ? (
        <p className="text-sm text-ink-soft">
          {t("downloadOnly", { columns: table.downloadOnly.join(", ") })}
        </p>
      ) : null}
      <TablePager table={table.table} label={table.label} page={page} />
    </section>
  );
}

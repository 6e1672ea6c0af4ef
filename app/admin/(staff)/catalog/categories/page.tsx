import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import {
  CategoryNamesForm,
  CategorySensitiveForm,
} from "@/components/admin/catalog/category-forms";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { listAdminCategories } from "@/lib/catalog/admin";
import { cn } from "@/lib/ui/cn";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog"))("categories.title") };
}

/** Categories with their names and the sensitive flag (GDPR Art. 9; P6). */
export default async function AdminCategoriesPage() {
  await requireRole(["marketer", "admin"], "/admin/catalog/categories");
  const [t, locale, categories] = await Promise.all([
    getTranslations("adminCatalog"),
    getLocale(),
    listAdminCategories(await getDb()),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <Link href="/admin/catalog" className="underline">
        {t("backToCatalog")}
      </Link>
      <header>
        <h1 className="font-display text-3xl">{t("categories.title")}</h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("categories.intro")}</p>
      </header>
      <ScrollRegion
        label={t("categories.caption")}
        className="rounded-2xl border border-line bg-card"
      >
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("categories.caption")}</caption>
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("categories.name")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("categories.sensitive")}
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => {
              const name = locale === "de" ? category.nameDe : category.nameEn;
              return (
                <tr key={category.id} className="border-t border-line align-top">
                  <th scope="row" className="px-3 py-3 font-normal">
                    <span className="mb-2 block font-semibold">{name}</span>
                    <CategoryNamesForm
                      categoryId={category.id}
                      name={name}
                      nameDe={category.nameDe}
                      nameEn={category.nameEn}
                    />
                  </th>
                  <td className="px-3 py-3">
                    <p
                      className={cn(
                        "mb-2 font-medium",
                        category.sensitive ? "text-sale" : "text-ink-soft",
                      )}
                    >
                      {category.sensitive
                        ? t("categories.sensitiveYes")
                        : t("categories.sensitiveNo")}
                    </p>
                    <CategorySensitiveForm
                      categoryId={category.id}
                      name={name}
                      sensitive={category.sensitive}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

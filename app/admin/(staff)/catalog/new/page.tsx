import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateProductForm } from "@/components/admin/catalog/create-product-form";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { listAdminCategories } from "@/lib/catalog/admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog"))("create.title") };
}

export default async function NewProductPage() {
  await requireRole(["marketer", "admin"], "/admin/catalog/new");
  const [t, locale, categories] = await Promise.all([
    getTranslations("adminCatalog"),
    getLocale(),
    listAdminCategories(await getDb()),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/catalog" className="underline">
        {t("backToCatalog")}
      </Link>
      <header>
        <h1 id="create-product-title" className="font-display text-3xl">
          {t("create.title")}
        </h1>
        <p className="mt-2 max-w-3xl text-ink-soft">{t("create.intro")}</p>
      </header>
      <div className="rounded-2xl border border-line bg-card p-4">
        <CreateProductForm
          categories={categories.map((c) => ({
            value: c.id,
            label: locale === "de" ? c.nameDe : c.nameEn,
          }))}
        />
      </div>
    </div>
  );
}

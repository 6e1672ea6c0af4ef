import { getTranslations } from "next-intl/server";
import type { ListingFacets } from "@/db/queries/catalog";
import { PRODUCT_SORTS } from "@/db/queries/catalog-types";
import type { ListingParams } from "@/lib/catalog/listing-params";
import { colourName } from "@/lib/catalog/colours";

const FIELD = "rounded-lg border border-line bg-paper px-2 py-2";

function Select({
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  anyLabel?: string;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={FIELD}>
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The listing's filters as a plain GET form: every choice ends up in the URL, shareable. */
export async function ListingFilters({
  params,
  brands,
  facets,
  locale,
}: {
  params: ListingParams;
  brands: string[];
  facets: ListingFacets | null;
  locale: "de" | "en";
}) {
  const [t, tp] = await Promise.all([getTranslations("catalog"), getTranslations("product")]);
  const any = t("any");
  return (
    <form
      method="get"
      action="/products"
      aria-label={t("filters")}
      className="grid grid-cols-2 gap-3 rounded-2xl border border-line bg-card p-4 sm:grid-cols-3 lg:grid-cols-5"
    >
      {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
      {params.category ? <input type="hidden" name="category" value={params.category} /> : null}
      <Select
        name="brand"
        label={t("brand")}
        value={params.brand}
        anyLabel={t("allBrands")}
        options={brands.map((b) => ({ value: b, label: b }))}
      />
      {(["min", "max"] as const).map((bound) => (
        <label key={bound} className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t(bound === "min" ? "minPrice" : "maxPrice")}</span>
          <input
            name={bound}
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            defaultValue={params[bound]}
            className={FIELD}
          />
        </label>
      ))}
      {facets && facets.sizes.length > 0 ? (
        <Select
          name="size"
          label={t("size")}
          value={params.size}
          anyLabel={any}
          options={facets.sizes.map((s) => ({ value: s, label: s }))}
        />
      ) : null}
      {facets && facets.colours.length > 0 ? (
        <Select
          name="colour"
          label={t("colour")}
          value={params.colour}
          anyLabel={any}
          options={facets.colours.map((c) => ({ value: c, label: colourName(c, locale) }))}
        />
      ) : null}
      {facets?.attributes.map((attribute) => (
        <Select
          key={attribute.key}
          name={`a.${attribute.key}`}
          label={
            tp.has(`attributes.${attribute.key}`)
              ? tp(`attributes.${attribute.key}`)
              : attribute.key
          }
          value={params.attributes?.[attribute.key]}
          anyLabel={any}
          options={attribute.values.map((v) => ({ value: v, label: v }))}
        />
      ))}
      <Select
        name="sort"
        label={t("sort")}
        value={params.sort}
        options={PRODUCT_SORTS.map((s) => ({ value: s, label: t(`sorts.${s}`) }))}
      />
      <label className="flex items-center gap-2 self-end py-2 text-sm">
        <input
          type="checkbox"
          name="instock"
          value="1"
          defaultChecked={params.inStock}
          className="h-4 w-4"
        />
        <span className="font-medium">{t("inStockOnly")}</span>
      </label>
      <button
        type="submit"
        className="col-span-2 self-end rounded-full bg-ink px-4 py-2 font-semibold text-white hover:bg-ink-soft sm:col-span-1"
      >
        {t("apply")}
      </button>
    </form>
  );
}

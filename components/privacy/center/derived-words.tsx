import { getFormatter, getTranslations } from "next-intl/server";
import { INTL_LOCALE, type AppLocale } from "@/lib/i18n/locale";
import { describeWeight, explainReason } from "@/lib/personalization/engine";
import type { Reason } from "@/lib/personalization/types";
import {
  decisionSources,
  parseSurface,
  rankAffinities,
  readReasons,
} from "@/lib/privacy/access-view";
import type { NameLookups } from "@/lib/privacy/access-view-data";
import type { TableName } from "@/lib/privacy/data-map-types";
import { formatDateTime } from "./format-value";

type Row = Record<string, unknown>;
type Props = { rows: Row[]; names: NameLookups; locale: AppLocale };

/** Tables of derived data that the privacy center also tells in words (R1, P7). */
export const WORD_VIEWS: Partial<Record<TableName, (props: Props) => Promise<React.ReactNode>>> = {
  personalization_log: DecisionLog,
  offer_assignments: OfferWords,
  segment_memberships: SegmentWords,
  customer_profiles: ProfileWords,
};

const dayMonth = (locale: AppLocale) => {
  const format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "long",
    timeZone: "Europe/Berlin",
  });
  return (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
};

const dateOf = (value: unknown, locale: AppLocale) =>
  value instanceof Date ? formatDateTime(value, locale) : "";

const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Each reason once, in words, with its weight: what "Why am I seeing this?" said at the time. */
async function ReasonList({ reasons, locale }: { reasons: Reason[]; locale: AppLocale }) {
  if (reasons.length === 0) return null;
  const t = await getTranslations("privacyCenter.words");
  const formatDate = dayMonth(locale);
  const strongest = new Map<string, number>();
  for (const reason of reasons) {
    const sentence = explainReason(reason, locale, formatDate);
    strongest.set(sentence, Math.max(strongest.get(sentence) ?? 0, reason.weight));
  }
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-ink-soft">
      {[...strongest].map(([sentence, weight]) => (
        <li key={sentence}>
          {sentence} {t("weight", { weight: describeWeight(weight, locale) })}
        </li>
      ))}
    </ul>
  );
}

/** The personalization log (P7): "On 3 May your purchase history chose these offers: …". */
async function DecisionLog({ rows, names, locale }: Props) {
  const [t, format] = await Promise.all([
    getTranslations("privacyCenter.words.log"),
    getFormatter(),
  ]);
  return (
    <ol className="space-y-3">
      {rows.map((row, index) => {
        const reasons = readReasons(row.reasons);
        const surface = parseSurface(typeof row.surface === "string" ? row.surface : "");
        const decision = (row.decision ?? {}) as { productIds?: unknown; offerIds?: unknown };
        const offerIds = idsIn(decision.offerIds);
        const offers = surface.offers || offerIds.length > 0;
        const ids = offers ? offerIds : idsIn(decision.productIds);
        const lookup = offers ? names.offers : names.products;
        const known = ids.flatMap((id) => {
          const name = lookup.get(id);
          return name ? [name[locale]] : [];
        });
        const gone = ids.length - known.length;
        const items = format.list(gone > 0 ? [...known, t("gone", { count: gone })] : known, {
          type: "conjunction",
        });
        const sources = decisionSources(reasons).map((s) => t(`sources.${s}`));
        const placeKey = `places.${surface.place}`;
        return (
          <li key={index} className="rounded-2xl border border-line p-3">
            <p>
              {t("entry", {
                date: dateOf(row.occurred_at, locale),
                sources:
                  sources.length > 0
                    ? format.list(sources, { type: "conjunction" })
                    : t("sources.unknown"),
                kind: offers ? "offers" : "products",
                place: t.has(placeKey) ? t(placeKey) : surface.place,
                items,
              })}
            </p>
            <ReasonList reasons={reasons} locale={locale} />
          </li>
        );
      })}
    </ol>
  );
}

async function OfferWords({ rows, names, locale }: Props) {
  const t = await getTranslations("privacyCenter.words.offers");
  return (
    <ul className="space-y-3">
      {rows.map((row, index) => {
        const name =
          typeof row.offer_id === "string" ? names.offers.get(row.offer_id)?.[locale] : undefined;
        return (
          <li key={index} className="rounded-2xl border border-line p-3">
            <p>
              {t("entry", {
                name: name ?? t("gone"),
                date: dateOf(row.assigned_at, locale),
                automated: row.automated === true ? "yes" : "no",
              })}
              {row.dismissed_at instanceof Date
                ? ` ${t("dismissed", { date: dateOf(row.dismissed_at, locale) })}`
                : ""}
              {row.redeemed_at instanceof Date
                ? ` ${t("redeemed", { date: dateOf(row.redeemed_at, locale) })}`
                : ""}
            </p>
            <ReasonList reasons={readReasons(row.reasons)} locale={locale} />
          </li>
        );
      })}
    </ul>
  );
}

async function SegmentWords({ rows, names, locale }: Props) {
  const t = await getTranslations("privacyCenter.words.segments");
  return (
    <ul className="list-disc space-y-1 pl-5">
      {rows.map((row, index) => {
        const name =
          typeof row.segment_id === "string"
            ? names.segments.get(row.segment_id)?.[locale]
            : undefined;
        return (
          <li key={index}>
            {t("entry", { name: name ?? t("gone"), date: dateOf(row.computed_at, locale) })}
          </li>
        );
      })}
    </ul>
  );
}

async function ProfileWords({ rows, names, locale }: Props) {
  const [t, format] = await Promise.all([
    getTranslations("privacyCenter.words.profile"),
    getFormatter(),
  ]);
  const scores = (list: { name: string; percent: number }[]) =>
    format.list(
      list.map((a) => t("score", { name: a.name, percent: a.percent })),
      { type: "conjunction" },
    );
  return (
    <div className="space-y-2">
      {rows.map((row, index) => {
        const categories = rankAffinities(
          row.category_affinities,
          (id) => names.categories.get(id)?.[locale] ?? t("unknownCategory"),
        );
        const brands = rankAffinities(row.brand_affinities, (brand) => brand);
        return (
          <div key={index}>
            <p>{t("computed", { date: dateOf(row.computed_at, locale) })}</p>
            <p>
              {categories.length > 0 ? t("categories", { list: scores(categories) }) : t("none")}
            </p>
            {brands.length > 0 ? <p>{t("brands", { list: scores(brands) })}</p> : null}
          </div>
        );
      })}
    </div>
  );
}

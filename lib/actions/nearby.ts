"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { isLocale, type AppLocale } from "@/lib/i18n/locale";
import type { Coordinates } from "@/lib/stores/distance";
import { findNearbyStores, type NearbyStore } from "@/lib/stores/nearby";
import type { NearbyState, NearbyStoreView } from "@/lib/stores/nearby-state";
import { GERMAN_POSTCODE, postcodeCentre } from "@/lib/stores/postcode-regions";

/*
 * "Nearby" is open to everyone and reads only stores and stock. The position (or postcode) is
 * used for this one answer: it is not stored, not logged and not sent back.
 */

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

const productSchema = z.uuid();
/** A decimal number as the browser sends it; an empty field is not 0. */
const coordinate = z
  .string()
  .trim()
  .regex(/^-?\d{1,3}(\.\d{1,8})?$/)
  .transform(Number);
const locationSchema = z.object({
  latitude: coordinate.pipe(z.number().min(-90).max(90)),
  longitude: coordinate.pipe(z.number().min(-180).max(180)),
});

/** English numbers with a decimal point: the app's "en-DE" prints German separators for plain numbers. */
const NUMBER_LOCALE: Record<AppLocale, string> = { de: "de-DE", en: "en-GB" };

function weekdayName(day: number, locale: AppLocale): string {
  // 1 January 2024 was a Monday: ISO weekday `day` is that date plus day - 1.
  return new Intl.DateTimeFormat(NUMBER_LOCALE[locale], {
    weekday: "long",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(2024, 0, day)));
}

async function storeViews(stores: NearbyStore[], locale: AppLocale): Promise<NearbyStoreView[]> {
  const t = await getTranslations("nearbyStores");
  const km = new Intl.NumberFormat(NUMBER_LOCALE[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return stores.map((store) => {
    const { hours } = store;
    const today =
      hours.today.length === 0
        ? t("closedToday")
        : t("today", { hours: hours.today.map((h) => `${h.opens}–${h.closes}`).join(", ") });
    const status = hours.openNow
      ? t("openNow", { time: hours.closesAt ?? "" })
      : hours.next?.today
        ? t("closedOpensToday", { time: hours.next.opens })
        : hours.next
          ? t("closedNow", { day: weekdayName(hours.next.day, locale), time: hours.next.opens })
          : t("closed");
    return {
      id: store.id,
      name: store.name,
      address: `${store.street}, ${store.postalCode} ${store.city}`,
      distance: t("distance", { distance: km.format(store.distanceKm) }),
      stock: store.stock,
      stockLabel: t(`stock.${store.stock}`),
      openNow: hours.openNow,
      status,
      today,
    };
  });
}

/**
 * The stores nearest to the visitor with this product's stock: from the browser's position
 * (`latitude`, `longitude`, asked only when they click) or from a German postcode.
 */
export async function findNearbyStoresAction(
  _prev: NearbyState,
  formData: FormData,
): Promise<NearbyState> {
  const [t, rawLocale] = await Promise.all([getTranslations("nearbyStores"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "de";
  const postalCode = text(formData, "postalCode").trim();
  const product = productSchema.safeParse(text(formData, "productId"));
  if (!product.success) return { status: "error", message: t("errors.failed"), postalCode };

  let origin: Coordinates;
  let source: "location" | "postcode";
  if (formData.has("postalCode")) {
    if (!GERMAN_POSTCODE.test(postalCode)) {
      return { status: "invalid", postalCode, error: t("errors.postalCodeInvalid") };
    }
    const centre = postcodeCentre(postalCode);
    if (!centre) return { status: "invalid", postalCode, error: t("errors.postalCodeUnknown") };
    origin = centre;
    source = "postcode";
  } else {
    const location = locationSchema.safeParse({
      latitude: text(formData, "latitude"),
      longitude: text(formData, "longitude"),
    });
    if (!location.success) {
      return { status: "error", message: t("errors.locationUnavailable"), postalCode: "" };
    }
    origin = location.data;
    source = "location";
  }

  const stores = await findNearbyStores(await getDb(), {
    productId: product.data,
    origin,
    now: new Date(),
  });
  const views = await storeViews(stores, locale);
  const withStock = stores.filter((s) => s.stock !== "none").length;
  const summary =
    views.length === 0
      ? t("noStores")
      : source === "postcode"
        ? t("summaryPostcode", { count: views.length, withStock, postalCode })
        : t("summaryLocation", { count: views.length, withStock });
  return {
    status: "ok",
    source,
    postalCode: source === "postcode" ? postalCode : "",
    summary,
    stores: views,
  };
}

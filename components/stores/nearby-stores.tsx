"use client";

import Link from "next/link";
import { useActionState, useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { findNearbyStoresAction } from "@/lib/actions/nearby";
import { NEARBY_IDLE } from "@/lib/stores/nearby-state";
import { cn } from "@/lib/ui/cn";

/** About 100 m: plenty for the distance to a store, and no more of the position than needed. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * "Nearby" on the product page: the browser's position is asked for only when the visitor clicks
 * (and used once, for this answer), or a postcode finds the stores; the postcode form works
 * without JavaScript and without the location permission.
 */
export function NearbyStores({ productId }: { productId: string }) {
  const t = useTranslations("nearbyStores");
  const tr = useTranslations("reservations");
  const [state, dispatch, searching] = useActionState(findNearbyStoresAction, NEARBY_IDLE);
  const [, startTransition] = useTransition();
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState<string | null>(null);
  const id = useId();
  const postalId = `${id}-postal`;
  const postalError = state.status === "invalid" ? state.error : undefined;
  const postalCode = state.status === "idle" ? "" : state.postalCode;

  function locate() {
    setLocationError(null);
    if (!("geolocation" in navigator)) {
      setLocationError(t("errors.unsupported"));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const data = new FormData();
        data.set("productId", productId);
        data.set("latitude", String(round(position.coords.latitude)));
        data.set("longitude", String(round(position.coords.longitude)));
        startTransition(() => dispatch(data));
      },
      (error) => {
        setLocating(false);
        setLocationError(
          error.code === error.PERMISSION_DENIED
            ? t("errors.locationDenied")
            : t("errors.locationUnavailable"),
        );
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 0 },
    );
  }

  const busy = locating || searching;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="space-y-4 rounded-2xl border border-line bg-card p-4"
    >
      <div>
        <h2 id={`${id}-heading`} className="font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-1 text-sm text-ink-soft">{t("intro")}</p>
      </div>
      <div className="space-y-1">
        <button
          type="button"
          onClick={locate}
          disabled={busy}
          aria-describedby={`${id}-location-note`}
          className="rounded-full bg-ink px-5 py-2.5 font-semibold text-white hover:bg-ink-soft disabled:opacity-60"
        >
          {locating ? t("locating") : t("locate")}
        </button>
        <p id={`${id}-location-note`} className="text-xs text-ink-soft">
          {t("locationNote")}
        </p>
      </div>
      <form action={dispatch} aria-label={t("postcodeForm")} className="space-y-1" noValidate>
        <input type="hidden" name="productId" value={productId} />
        <label htmlFor={postalId} className="text-sm font-medium">
          {t("postalCode")}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={postalId}
            name="postalCode"
            type="text"
            inputMode="numeric"
            autoComplete="postal-code"
            pattern="[0-9]{5}"
            maxLength={5}
            required
            defaultValue={postalCode}
            key={postalCode}
            aria-invalid={postalError ? true : undefined}
            aria-describedby={postalError ? `${postalId}-error` : `${postalId}-hint`}
            className={cn(
              "w-32 rounded-lg border bg-card px-3 py-2",
              postalError ? "border-sale" : "border-line",
            )}
          />
          <button
            type="submit"
            disabled={busy}
            className="rounded-full border border-line bg-card px-5 py-2.5 font-semibold hover:border-ink disabled:opacity-60"
          >
            {searching ? t("searching") : t("search")}
          </button>
        </div>
        <p id={`${postalId}-hint`} className="text-xs text-ink-soft">
          {t("postalCodeHint")}
        </p>
        <div aria-live="polite">
          {postalError ? (
            <p id={`${postalId}-error`} className="text-sm text-sale">
              {postalError}
            </p>
          ) : null}
        </div>
      </form>
      <div aria-live="polite" className="space-y-3">
        {locationError ? <p className="text-sm text-sale">{locationError}</p> : null}
        {state.status === "error" ? <p className="text-sm text-sale">{state.message}</p> : null}
        {state.status === "ok" ? (
          <>
            <p className="text-sm font-medium">{state.summary}</p>
            <ul className="divide-y divide-line" aria-label={t("resultsLabel")}>
              {state.stores.map((store) => (
                <li key={store.id} className="space-y-1 py-3 text-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 className="font-semibold">{store.name}</h3>
                    <span>{store.distance}</span>
                  </div>
                  <p className="text-ink-soft">{store.address}</p>
                  <p
                    className={cn(
                      "font-medium",
                      store.stock === "none" ? "text-ink-soft" : "text-moss",
                    )}
                  >
                    {store.stockLabel}
                  </p>
                  <p>
                    <span className={store.openNow ? "text-moss" : undefined}>{store.status}</span>
                    {" · "}
                    {store.today}
                  </p>
                  {store.stock === "none" ? null : (
                    <p>
                      <Link
                        href={`?reserveStore=${encodeURIComponent(store.id)}#reserve`}
                        className="font-semibold underline underline-offset-4 hover:text-ink-soft"
                      >
                        {tr("nearby.reserveHere")}
                        <span className="sr-only">: {store.name}</span>
                      </Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}

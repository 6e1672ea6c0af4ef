"use client";

import Image from "next/image";
import Link from "next/link";
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { removeItemAction, updateQuantityAction } from "@/lib/actions/cart";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { colourName } from "@/lib/catalog/colours";
import type { LineChange } from "@/lib/cart/line-change";
import { MAX_PER_LINE } from "@/lib/cart/limits";
import type { CartLine } from "@/lib/cart/types";
import { formatMoney } from "@/lib/format/money";
import type { AppLocale } from "@/lib/i18n/locale";
import { unitPriceCents } from "@/lib/pricing/vat";
import { cn } from "@/lib/ui/cn";

const UNIT_LABEL = { weight: "kg", volume: "l", length: "m" } as const;

const stepButton =
  "flex h-11 w-11 items-center justify-center rounded-full border border-line bg-card text-lg font-semibold hover:border-ink disabled:cursor-not-allowed disabled:opacity-40";

/** The clicked button's value: the quantity it stands for. */
function submittedQuantity(event: FormEvent<HTMLFormElement>): number | null {
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  if (!(submitter instanceof HTMLButtonElement)) return null;
  const value = Number(submitter.value);
  return Number.isInteger(value) ? value : null;
}

function LineMessage({ state }: { state: FormState }) {
  const message = state.status === "idle" ? undefined : state.message;
  return (
    <p role="status" className={cn("text-sm", state.status === "ok" ? "sr-only" : "text-sale")}>
      {message}
    </p>
  );
}

/**
 * One line. The −/+ and remove buttons are plain submit buttons of server-action forms, so they
 * work before JavaScript has loaded; with JavaScript the change shows at once (useOptimistic in
 * CartContents) and the server's answer replaces it.
 */
export function CartLineItem({
  line,
  locale,
  onChange,
}: {
  line: CartLine;
  locale: AppLocale;
  onChange: (change: LineChange) => void;
}) {
  const t = useTranslations("cart.lines");
  const tp = useTranslations("price");
  const [quantityState, updateQuantity] = useActionState(updateQuantityAction, IDLE);
  const [removeState, remove] = useActionState(removeItemAction, IDLE);
  const de = locale === "de";
  const name = de ? line.nameDe : line.nameEn;
  const variant = [line.size, line.colour ? colourName(line.colour, locale) : null]
    .filter(Boolean)
    .join(" · ");
  const increaseLimit = Math.min(MAX_PER_LINE, line.availableOnline);
  const optimistic = (quantity: number | null) => {
    if (quantity === null) return;
    startTransition(() => onChange({ itemId: line.itemId, quantity }));
  };
  const headingId = `line-${line.itemId}`;
  return (
    <li className="flex gap-3 py-4 sm:gap-4">
      {line.imageUrl ? (
        <Image
          src={line.imageUrl}
          alt={de ? line.imageAltDe : line.imageAltEn}
          width={96}
          height={96}
          unoptimized
          className="h-20 w-20 shrink-0 rounded-xl border border-line bg-card object-cover sm:h-24 sm:w-24"
        />
      ) : null}
      <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:justify-between">
        <div className="min-w-0 space-y-1">
          <h3 id={headingId} className="font-semibold leading-snug">
            <Link href={`/products/${line.slug}`} className="hover:underline">
              {name}
            </Link>
          </h3>
          {variant ? (
            <p className="text-sm text-ink-soft">{t("variant", { label: variant })}</p>
          ) : null}
          <p className="text-sm">
            {t("unitPrice")}: {formatMoney(line.unitPriceCents, locale)}
          </p>
          {line.unitKind && line.unitContent ? (
            <p className="text-xs text-ink-soft">
              {tp("unitPrice", {
                price: formatMoney(
                  unitPriceCents(line.unitPriceCents, {
                    kind: line.unitKind,
                    amount: line.unitContent,
                  }),
                  locale,
                ),
                unit: UNIT_LABEL[line.unitKind],
              })}
            </p>
          ) : null}
          {line.availableOnline === 0 ? (
            <p className="text-sm font-medium text-sale">{t("soldOutWarning")}</p>
          ) : line.quantity > line.availableOnline ? (
            <p className="text-sm font-medium text-sale">
              {t("stockWarning", { available: line.availableOnline })}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3 pt-1">
            <form
              action={updateQuantity}
              onSubmit={(event) => optimistic(submittedQuantity(event))}
              className="flex items-center gap-1"
            >
              <input type="hidden" name="itemId" value={line.itemId} />
              <button
                type="submit"
                name="quantity"
                value={line.quantity - 1}
                aria-label={t("decrease", { name })}
                className={stepButton}
              >
                <span aria-hidden="true">−</span>
              </button>
              <span className="min-w-8 text-center tabular-nums">
                <span className="sr-only">{t("quantity")}: </span>
                {line.quantity}
              </span>
              <button
                type="submit"
                name="quantity"
                value={line.quantity + 1}
                disabled={line.quantity >= increaseLimit}
                aria-label={t("increase", { name })}
                className={stepButton}
              >
                <span aria-hidden="true">+</span>
              </button>
            </form>
            <form action={remove} onSubmit={() => optimistic(0)}>
              <input type="hidden" name="itemId" value={line.itemId} />
              <button
                type="submit"
                aria-label={t("removeLabel", { name })}
                className="min-h-11 rounded-full px-3 text-sm underline underline-offset-2 hover:text-sale"
              >
                {t("remove")}
              </button>
            </form>
          </div>
          <LineMessage state={quantityState} />
          <LineMessage state={removeState} />
        </div>
        <p className="shrink-0 font-semibold sm:text-right">
          <span className="sr-only">{t("lineTotal")}: </span>
          {formatMoney(line.unitPriceCents * line.quantity, locale)}
        </p>
      </div>
    </li>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listReturnsForOrder } from "@/lib/after-sales/returns/request";
import { requireUser } from "@/lib/auth/authorize";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";

type Props = { params: Promise<{ orderNumber: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("returns");
  return { title: t("label.title") };
}

/** A bar per character of the code: wide or narrow by its value, so it looks scannable. */
function Bars({ code }: { code: string }) {
  const bars = [...code].flatMap((ch) => {
    const v = ch.charCodeAt(0);
    return [1 + (v % 3), 1 + ((v >> 2) % 2)];
  });
  let x = 0;
  const rects = bars.map((w, i) => {
    const rect = i % 2 === 0 ? <rect key={i} x={x} y={0} width={w} height={40} /> : null;
    x += w + 1;
    return rect;
  });
  return (
    <svg viewBox={`0 0 ${x} 40`} className="h-20 w-full max-w-md" aria-hidden="true">
      {rects}
    </svg>
  );
}

/** The printable return label of one of the customer's returns. */
export default async function ReturnLabelPage({ params }: Props) {
  const { orderNumber, id } = await params;
  const { user } = await requireUser(`/account/orders/${encodeURIComponent(orderNumber)}`);
  if (!ORDER_NUMBER_PATTERN.test(orderNumber)) notFound();
  const t = await getTranslations("returns");
  const list = await listReturnsForOrder(await getDb(), { orderNumber, userId: user.id });
  const ret = list.find((r) => r.id === id && r.method === "label");
  if (!ret) notFound();
  return (
    <main className="mx-auto max-w-xl space-y-4 p-6">
      <h1 className="font-display text-3xl">{t("label.title")}</h1>
      <p>{t("label.order", { orderNumber })}</p>
      <div className="rounded-2xl border border-line bg-card p-5">
        <Bars code={ret.labelCode} />
        <p className="font-mono text-lg tracking-widest" data-testid="label-code">
          {ret.labelCode}
        </p>
      </div>
      <p className="text-sm text-ink-soft">{t("label.hint")}</p>
      <Link href={`/account/orders/${orderNumber}#returns`} className="underline">
        {t("label.back")}
      </Link>
    </main>
  );
}

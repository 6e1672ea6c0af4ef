import { getTranslations } from "next-intl/server";
import { getInvoiceForAccess } from "@/db/queries/orders";
import { currentOrderAccess } from "@/lib/checkout/guest-cookie";
import { renderInvoicePdf } from "@/lib/orders/invoice-pdf";
import { ORDER_NUMBER_PATTERN } from "@/lib/orders/order-number";

type Context = { params: Promise<{ orderNumber: string }> };

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * The invoice PDF, for the customer whose order it is or the guest who has just placed it (the
 * signed confirmation cookie); everyone else gets a 404 (S5). Personal: never cached (S7).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { orderNumber } = await params;
  if (!ORDER_NUMBER_PATTERN.test(orderNumber)) return notFound();
  const found = await getInvoiceForAccess({ orderNumber, access: await currentOrderAccess() });
  if (!found) return notFound();
  // In the language of the order, like the confirmation that goes with it.
  const t = await getTranslations({ locale: found.locale, namespace: "orders.invoicePdf" });
  const pdf = await renderInvoicePdf({
    number: found.invoice.number,
    issuedAt: found.invoice.issuedAt,
    snapshot: found.invoice.snapshot,
    orderNumber: found.orderNumber,
    placedAt: found.placedAt,
    paymentMethod: found.paymentMethod,
    locale: found.locale,
    t: (key, values) => t(key, values),
  });
  const fileName = t("fileName", { number: found.invoice.number });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

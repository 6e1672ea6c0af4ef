import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/form";
import { buyAgainAction } from "@/lib/actions/orders";

/** Puts the order's still available items into the cart and opens the cart. */
export async function BuyAgainForm({ orderNumber }: { orderNumber: string }) {
  const t = await getTranslations("orders");
  return (
    <form action={buyAgainAction}>
      <input type="hidden" name="orderNumber" value={orderNumber} />
      <SubmitButton variant="secondary" pendingLabel={t("buyingAgain")}>
        {t("buyAgain")}
        <span className="sr-only"> ({orderNumber})</span>
      </SubmitButton>
    </form>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffAccount } from "@/db/queries/staff";
import { cn } from "@/lib/ui/cn";
import { StaffRoleForm } from "./staff-role-form";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The staff accounts with their role (changeable, except one's own), second factor and last sign-in. */
export async function StaffTable({
  accounts,
  currentUserId,
}: {
  accounts: StaffAccount[];
  currentUserId: string;
}) {
  const [t, ta, format] = await Promise.all([
    getTranslations("staff"),
    getTranslations("admin"),
    getFormatter(),
  ]);
  return (
    <ScrollRegion label={t("listCaption")} className="rounded-2xl border border-line bg-card">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("listCaption")}</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("columns.person")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.role")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.secondFactor")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("columns.lastSignIn")}
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const self = account.id === currentUserId;
            return (
              <tr key={account.id} className="border-t border-line align-top">
                <th scope="row" className="px-3 py-3 font-normal">
                  <span className="block font-semibold text-ink">
                    {account.name}
                    {self ? <span className="font-normal text-ink-soft"> {t("you")}</span> : null}
                  </span>
                  <span className="block break-all text-ink-soft">{account.email}</span>
                </th>
                <td className="px-3 py-3">
                  {self ? (
                    <>
                      <span className="font-medium">{ta(`roles.${account.role}`)}</span>
                      <span className="mt-1 block max-w-56 text-xs text-ink-soft">
                        {t("ownRoleHint")}
                      </span>
                    </>
                  ) : (
                    <StaffRoleForm userId={account.id} name={account.name} role={account.role} />
                  )}
                </td>
                <td
                  className={cn(
                    "px-3 py-3 font-medium",
                    account.hasSecondFactor ? "text-moss" : "text-sale",
                  )}
                >
                  {account.hasSecondFactor ? t("secondFactorYes") : t("secondFactorNo")}
                </td>
                <td className="px-3 py-3 whitespace-nowrap text-ink-soft">
                  {account.lastSignInAt ? (
                    <time dateTime={account.lastSignInAt.toISOString()}>
                      {format.dateTime(account.lastSignInAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                      })}
                    </time>
                  ) : account.invitePending ? (
                    t("invitePending")
                  ) : (
                    t("never")
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

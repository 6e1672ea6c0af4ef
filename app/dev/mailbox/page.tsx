import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MailboxView } from "@/components/mail/mailbox-view";
import { getMailboxMessage, listMailboxMessages } from "@/db/queries/mailbox";
import { recordStaffAccess } from "@/db/queries/staff";
import { isStaffRole } from "@/lib/accounts/sessions";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("mailbox"))("title"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

const BASE_PATH = "/dev/mailbox";
const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

/**
 * The development mailbox: for anyone on the embedded demo database (its mails go nowhere else,
 * and browser tests follow their links here), otherwise only for an admin who gave the second
 * factor. Everyone else gets a 404, so the page does not even appear to exist.
 */
export default async function MailboxPage({ searchParams }: Props) {
  const current = await currentUserOrNull();
  const isAdmin = current?.user.role === "admin";
  if (!env().embedded && !isAdmin) notFound();

  const params = await searchParams;
  const to = single(params.to)?.trim().slice(0, 254) || undefined;
  const offset = Math.max(Number.parseInt(single(params.offset) ?? "0", 10) || 0, 0);
  const id = single(params.id);
  const [t, messages, selected] = await Promise.all([
    getTranslations("mailboxPage"),
    listMailboxMessages({ limit: PAGE_SIZE, offset, to }),
    id ? getMailboxMessage(id) : Promise.resolve(null),
  ]);
  // S9: a member of staff reading a mail sees its recipient's personal data.
  if (selected && current && isStaffRole(current.user.role)) {
    await recordStaffAccess({
      actorId: current.user.id,
      actorRole: current.user.role,
      action: "mail.viewed",
      entity: "mail_outbox",
      entityId: selected.id,
      subjectUserId: selected.userId,
      details: { template: selected.template },
    });
  }

  return (
    <div className="flex flex-col gap-4">
      {current && isStaffRole(current.user.role) ? (
        <p className="text-sm">
          <Link href="/admin" className="underline underline-offset-2 hover:text-brass">
            {t("backToAdmin")}
          </Link>
        </p>
      ) : null}
      <MailboxView
        messages={messages}
        selected={selected}
        basePath={BASE_PATH}
        to={to}
        offset={offset}
        limit={PAGE_SIZE}
      />
    </div>
  );
}

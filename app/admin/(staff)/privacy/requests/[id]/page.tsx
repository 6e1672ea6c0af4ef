import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { RequestDetail } from "@/components/admin/privacy/requests/request-detail";
import {
  CompleteRequestForm,
  ReasonedStepForm,
  StartRequestForm,
} from "@/components/admin/privacy/requests/request-steps";
import { getDb } from "@/db/client";
import { requireRole } from "@/lib/auth/authorize";
import { getRequestForStaff, isOpenStatus } from "@/lib/privacy/requests";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations("privacyRequests.queue"))("title"),
    robots: { index: false, follow: false },
  };
}

type Props = { params: Promise<{ id: string }> };

/**
 * One request with the requester's address (its view is audit-logged, S9) and the officer's
 * answers: start, complete (for erasure: erase), extend once with reasons, refuse with reasons.
 */
export default async function PrivacyRequestPage({ params }: Props) {
  const { id } = await params;
  const current = await requireRole(["privacy_officer", "admin"], `/admin/privacy/requests/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const view = await getRequestForStaff(await getDb(), {
    id,
    staff: { id: current.user.id, role: current.user.role },
    now: new Date(),
  });
  if (!view) notFound();
  const t = await getTranslations("privacyRequests.detail");
  const { request } = view;
  return (
    <div className="flex flex-col gap-6">
      <header>
        <p className="text-sm">
          <Link href="/admin/privacy/requests" className="underline underline-offset-2">
            {t("back")}
          </Link>
        </p>
        <h1 className="mt-2 font-display text-3xl">{t("title", { reference: view.reference })}</h1>
      </header>
      <RequestDetail view={view} />
      <section
        aria-labelledby="request-actions"
        className="flex flex-col gap-6 rounded-2xl border border-line bg-card p-5"
      >
        <h2 id="request-actions" className="text-lg font-semibold">
          {t("actions")}
        </h2>
        {isOpenStatus(request.status) ? (
          <>
            {request.status === "received" ? <StartRequestForm id={request.id} /> : null}
            <CompleteRequestForm id={request.id} kind={request.kind} />
            {view.canExtend ? <ReasonedStepForm id={request.id} step="extend" /> : null}
            <ReasonedStepForm id={request.id} step="refuse" />
          </>
        ) : (
          <p>{t("closed")}</p>
        )}
      </section>
    </div>
  );
}

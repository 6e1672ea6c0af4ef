import { getDb } from "@/db/client";
import { getCurrentSession } from "@/lib/auth/session";
import { PURPOSES } from "@/lib/consent/consent-cookie";
import { decisionOfUser } from "@/lib/consent/ledger";
import { isUuid } from "@/lib/cart/limits";

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });

/** A receipt of one consent decision with the ISO/IEC TS 27560 fields (C8); the owner only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await getCurrentSession();
  if (!session || !isUuid(id)) return notFound();
  const row = await decisionOfUser(await getDb(), { userId: session.user.id, eventId: id });
  if (!row) return notFound();
  const receipt = {
    schema: "vitrine-consent-receipt/1 (ISO/IEC TS 27560)",
    recordId: row.id,
    subject: { pseudonymousId: row.subjectId, customerId: row.userId },
    controller: "Vitrine Demo GmbH, Musterstraße 1, 10115 Berlin",
    noticeVersion: row.noticeVersion,
    language: row.language,
    purposes: PURPOSES.map((purpose) => ({
      purpose,
      state: row.purposes[purpose] ? "given" : "refused",
    })),
    necessary: "always on (not based on consent)",
    method: row.method,
    gpcSignal: row.gpc,
    time: row.recordedAt.toISOString(),
    jurisdiction: row.jurisdiction,
    withdrawalMethod: row.withdrawalMethod,
  };
  return new Response(JSON.stringify(receipt, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="consent-receipt-${row.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
}

import "server-only";
import { getDb } from "@/db/client";
import { currentUserOrNull } from "@/lib/auth/authorize";
import { appBaseUrl } from "@/lib/server/app-url";
import { recordCompletedRequest } from "../requests";
import { isRecentlyReauthenticated } from "../reauth";
import { collectSubjectData } from "./collect";
import { EXPORT_SCHEMA_PATH } from "./document";
import { exportFileName, exportJson, exportZip } from "./zip";

export const EXPORT_PAGE = "/account/privacy/export";

const NO_STORE = { "Cache-Control": "no-store" };

/** A browser following a link is sent where it can act; a script gets the status code. */
function refuse(request: Request, status: 401 | 403, error: string, browserTarget: string) {
  if (request.headers.get("sec-fetch-mode") === "navigate") {
    return new Response(null, { status: 303, headers: { ...NO_STORE, Location: browserTarget } });
  }
  return Response.json({ error }, { status, headers: NO_STORE });
}

/**
 * The signed-in customer's data as a download (R2, contract.md /api/account/export): only for the
 * owner's own session, only within ten minutes of confirming the password, never cached. Each
 * download is logged as a completed export request (R6).
 */
export async function exportDownload(request: Request, format: "json" | "zip"): Promise<Response> {
  // A download started by another site would still be logged as the customer's request.
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    return Response.json({ error: "cross_site" }, { status: 403, headers: NO_STORE });
  }
  const session = await currentUserOrNull();
  if (!session) {
    return refuse(
      request,
      401,
      "sign_in_required",
      `/sign-in?callbackUrl=${encodeURIComponent(EXPORT_PAGE)}`,
    );
  }
  const db = await getDb();
  const now = new Date();
  const owner = { sessionId: session.sessionId, userId: session.user.id, now };
  if (!(await isRecentlyReauthenticated(db, owner))) {
    return refuse(request, 403, "reauthentication_required", `${EXPORT_PAGE}?reauth=required`);
  }
  const document = await collectSubjectData(db, { userId: session.user.id }, now, {
    schemaUrl: `${await appBaseUrl()}${EXPORT_SCHEMA_PATH}`,
  });
  const body = format === "json" ? exportJson(document) : exportZip(document, now);
  await recordCompletedRequest(db, {
    userId: session.user.id,
    email: session.user.email,
    kind: "export",
    details: { format, selfService: true },
    now,
  });
  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": format === "json" ? "application/json; charset=utf-8" : "application/zip",
      "Content-Disposition": `attachment; filename="${exportFileName(now, format)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

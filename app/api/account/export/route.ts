import { exportDownload } from "@/lib/privacy/export/download";

/** The signed-in customer's data as JSON (R2; contract.md), after a recent password confirmation. */
export async function GET(request: Request) {
  return exportDownload(request, "json");
}

import { exportDownload } from "@/lib/privacy/export/download";

/** The same data as a ZIP with one CSV per category, the JSON and a README (R2). */
export async function GET(request: Request) {
  return exportDownload(request, "zip");
}

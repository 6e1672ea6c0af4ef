import { z } from "zod";
import { MAX_QUERY_LENGTH, MIN_SUGGEST_LENGTH } from "./query";

const schema = z.object({
  q: z.string().trim().min(MIN_SUGGEST_LENGTH).max(MAX_QUERY_LENGTH),
  locale: z.enum(["de", "en"]).catch("de"),
});

/**
 * The parameters of GET /api/search/suggest: `q` of 2 to 100 characters (after trimming) and the
 * language of the names (`de` unless `en`). Null when `q` is out of bounds: the answer is then an
 * empty list.
 */
export function parseSuggestParams(
  params: URLSearchParams,
): { q: string; locale: "de" | "en" } | null {
  const parsed = schema.safeParse({
    q: params.get("q") ?? "",
    locale: params.get("locale") ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}

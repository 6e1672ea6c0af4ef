import { suggestProducts } from "@/db/queries/search";
import { parseSuggestParams } from "@/lib/search/suggest-params";

const CACHE = { "Cache-Control": "public, max-age=60" };

/**
 * Suggestions for the search box: GET /api/search/suggest?q=kam&locale=de
 * -> {"suggestions":[{"slug","name","brand"}]}. Public catalogue data only, so shared caches may
 * keep it for a minute; the language is part of the URL (not taken from a cookie), so that a cached
 * answer is right for everyone asking the same URL. A q of fewer than 2 or more than 100
 * characters gets an empty list.
 */
export async function GET(request: Request) {
  const params = parseSuggestParams(new URL(request.url).searchParams);
  const suggestions = params ? await suggestProducts(params.q, params.locale) : [];
  return Response.json({ suggestions }, { headers: CACHE });
}

import { parseProductArtFile } from "@/lib/catalog/product-images";
import { renderProductArt } from "@/lib/catalog/product-art";

/** Generated product art: the URL describes the picture completely, so it is cached for a year. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const spec = parseProductArtFile((await params).file);
  if (!spec) return new Response("Not found", { status: 404 });
  return new Response(renderProductArt(spec), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

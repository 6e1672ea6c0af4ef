import type { ArtMotif } from "@/db/seed/data/types";
import { isArtMotif } from "./product-art";

export type ArtSpec = { motif: ArtMotif; hue: number; view: number };

/** Generated product art lives at a URL that fully describes it, so it needs no database. */
export function productArtUrl(spec: ArtSpec): string {
  return `/media/products/${spec.motif}-${spec.hue}-${spec.view}.svg`;
}

export function parseProductArtFile(file: string): ArtSpec | null {
  const match = /^([a-z]+)-(\d{1,3})-(\d)\.svg$/.exec(file);
  if (!match) return null;
  const [, motif = "", hue = "", view = ""] = match;
  const spec = { hue: Number(hue), view: Number(view) };
  if (!isArtMotif(motif) || spec.hue > 360 || spec.view > 3) return null;
  return { motif, ...spec };
}

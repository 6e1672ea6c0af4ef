import { describe, it, expect } from "vitest";

import { ART_MOTIFS, isArtMotif, renderProductArt } from "./product-art";
import type { ArtMotif } from "@/db/seed/data/types";

const VIEWS = [0, 1, 2, 3] as const;

/** Counts opening and closing tags (self-closing ones balance themselves). */
function tagBalance(svg: string): number {
  let depth = 0;
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (match[3] === "/") continue;
    depth += match[1] === "/" ? -1 : 1;
    if (depth < 0) return depth;
  }
  return depth;
}

describe("ART_MOTIFS", () => {
  it("lists 30 distinct motifs", () => {
    expect(ART_MOTIFS).toHaveLength(30);
    expect(new Set(ART_MOTIFS).size).toBe(30);
  });

  it("isArtMotif accepts motifs and rejects anything else", () => {
    for (const motif of ART_MOTIFS) expect(isArtMotif(motif)).toBe(true);
    expect(isArtMotif("spaceship")).toBe(false);
    expect(isArtMotif("")).toBe(false);
    expect(isArtMotif("Camera")).toBe(false);
    expect(isArtMotif("toString")).toBe(false);
  });
});

describe("renderProductArt", () => {
  it.each(ART_MOTIFS.flatMap((motif) => VIEWS.map((view) => [motif, view] as const)))(
    "renders %s in view %i as a well-formed square SVG",
    (motif, view) => {
      const svg = renderProductArt({ motif, hue: 215, view });
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('viewBox="0 0 800 800"');
      expect(svg).toContain('width="800" height="800"');
      expect(svg).toContain('role="img"');
      expect(svg.endsWith("</svg>")).toBe(true);
      expect(svg.match(/<svg[\s>]/g)).toHaveLength(1);
      expect(tagBalance(svg)).toBe(0);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect(svg.length).toBeLessThan(6 * 1024);
    },
  );

  it("declares every referenced id exactly once", () => {
    for (const motif of ART_MOTIFS) {
      for (const view of VIEWS) {
        const svg = renderProductArt({ motif, hue: 40, view });
        const declared = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
        expect(new Set(declared).size).toBe(declared.length);
        const referenced = [...svg.matchAll(/(?:url\(#|href="#)([^)"]+)/g)].map((m) => m[1]);
        for (const ref of referenced) expect(declared).toContain(ref);
      }
    }
  });

  it("draws a different picture for every motif", () => {
    for (const view of VIEWS) {
      const outputs = ART_MOTIFS.map((motif) =>
        // Strip the ids, which contain the motif name, so only the drawing is compared.
        renderProductArt({ motif, hue: 120, view }).replace(/pa-[a-z]+-/g, "pa-"),
      );
      expect(new Set(outputs).size).toBe(ART_MOTIFS.length);
    }
  });

  it("composes each view differently", () => {
    for (const motif of ART_MOTIFS) {
      const outputs = VIEWS.map((view) =>
        renderProductArt({ motif, hue: 300, view }).replace(/pa-[a-z]+-\d-/g, "pa-"),
      );
      expect(new Set(outputs).size).toBe(VIEWS.length);
    }
  });

  it("derives the palette from the hue and the accent hue", () => {
    const a = renderProductArt({ motif: "mug", hue: 10, view: 0 });
    const b = renderProductArt({ motif: "mug", hue: 200, view: 0 });
    const c = renderProductArt({ motif: "camera", hue: 10, view: 0, accentHue: 90 });
    const d = renderProductArt({ motif: "camera", hue: 10, view: 0 });
    expect(a).not.toBe(b);
    expect(d).not.toBe(c);
    expect(a).toContain("hsl(10 ");
    expect(b).toContain("hsl(200 ");
  });

  it("is deterministic", () => {
    for (const motif of ART_MOTIFS) {
      const spec = { motif, hue: 145, view: 2, accentHue: 30 };
      expect(renderProductArt(spec)).toBe(renderProductArt({ ...spec }));
    }
  });

  it("accepts the boundary values", () => {
    expect(() => renderProductArt({ motif: "ball", hue: 0, view: 0 })).not.toThrow();
    expect(() => renderProductArt({ motif: "ball", hue: 360, view: 3 })).not.toThrow();
    expect(() =>
      renderProductArt({ motif: "ball", hue: 12.5, view: 1, accentHue: 360 }),
    ).not.toThrow();
  });

  it("rejects invalid input with a RangeError", () => {
    const bad: Array<Parameters<typeof renderProductArt>[0]> = [
      { motif: "camera", hue: -1, view: 0 },
      { motif: "camera", hue: 361, view: 0 },
      { motif: "camera", hue: Number.NaN, view: 0 },
      { motif: "camera", hue: Number.POSITIVE_INFINITY, view: 0 },
      { motif: "camera", hue: 100, view: -1 },
      { motif: "camera", hue: 100, view: 4 },
      { motif: "camera", hue: 100, view: 1.5 },
      { motif: "camera", hue: 100, view: 0, accentHue: 400 },
      { motif: "spaceship" as ArtMotif, hue: 100, view: 0 },
    ];
    for (const spec of bad) expect(() => renderProductArt(spec)).toThrow(RangeError);
  });
});

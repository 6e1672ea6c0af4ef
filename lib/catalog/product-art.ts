/**
 * Generated product art: flat, deterministic SVG illustrations of the demo catalogue's goods.
 *
 * Each motif is drawn on an 800 x 800 canvas, standing on a floor line at y = 610 and roughly
 * centred on x = 400. The category hue yields the palette; `view` (0-3) frames the same object
 * in four compositions for a product gallery. Nothing here reads user input into the markup.
 */
import type { ArtMotif } from "@/db/seed/data/types";

export const ART_MOTIFS: readonly ArtMotif[] = [
  "camera",
  "lens",
  "phone",
  "headphones",
  "laptop",
  "speaker",
  "watch",
  "tshirt",
  "sweater",
  "jacket",
  "dress",
  "trousers",
  "sneaker",
  "bag",
  "coffee",
  "tea",
  "chocolate",
  "pasta",
  "oil",
  "honey",
  "book",
  "vitamins",
  "cream",
  "toothbrush",
  "plaster",
  "lamp",
  "mug",
  "pan",
  "plant",
  "ball",
];

const MOTIF_SET: ReadonlySet<string> = new Set(ART_MOTIFS);

export function isArtMotif(value: string): value is ArtMotif {
  return MOTIF_SET.has(value);
}

export type ProductArtSpec = {
  motif: ArtMotif;
  /** Category hue, 0-360. */
  hue: number;
  /** Gallery position, 0-3: each gives a different composition. */
  view: number;
  /** Hue of details (buttons, prints); defaults to a complementary-ish hue. */
  accentHue?: number;
};

/* ------------------------------------------------------------------------------------------ */
/* Drawing helpers                                                                             */

/** Rounds to one decimal so the output stays short and stable. */
const n = (x: number): number => Math.round(x * 10) / 10;
const hsl = (h: number, s: number, l: number): string => `hsl(${n(h)} ${s}% ${l}%)`;
const op = (o: number): string => ` opacity="${o}"`;

const R = (x: number, y: number, w: number, h: number, rx: number, fill: string, extra = "") =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}"${rx ? ` rx="${rx}"` : ""} fill="${fill}"${extra}/>`;
const C = (cx: number, cy: number, r: number, fill: string, extra = "") =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${r}" fill="${fill}"${extra}/>`;
const E = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = "") =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"${extra}/>`;
const P = (d: string, fill: string, extra = "") => `<path d="${d}" fill="${fill}"${extra}/>`;
/** Stroked path with round caps and joins. */
const S = (d: string, stroke: string, width: number, extra = "") =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${extra}/>`;
const G = (transform: string, body: string) => `<g transform="${transform}">${body}</g>`;

/** Fixed colours of things that have their own colour whatever the category. */
const BROWN = hsl(24, 45, 30);
const BROWN_DARK = hsl(20, 50, 18);
const CHOC = hsl(18, 45, 25);
const CHOC_LIGHT = hsl(18, 38, 35);
const GOLD = hsl(42, 88, 60);
const GOLD_DARK = hsl(36, 80, 46);
const HONEY = hsl(36, 92, 52);
const HONEY_DARK = hsl(28, 88, 42);
const OIL = hsl(50, 78, 50);
const LEAF = hsl(140, 42, 36);
const LEAF_LIGHT = hsl(120, 42, 48);
const OLIVE = hsl(80, 42, 34);
const SKIN = hsl(28, 55, 74);
const SKIN_LIGHT = hsl(32, 50, 88);
const WOOD = hsl(30, 50, 58);
const PAPER = hsl(45, 45, 95);
const TEA = hsl(28, 70, 42);
const YOLK = hsl(42, 95, 55);

type Ctx = {
  main: string;
  dark: string;
  deep: string;
  light: string;
  pale: string;
  accent: string;
  accentDark: string;
  ink: string;
  inkSoft: string;
  metal: string;
  white: string;
  /** Element ids, prefixed so they are unique within one document. */
  id: (name: string) => string;
  /** `url(#...)` of a shared gradient (only those referenced are emitted). */
  url: (name: "shadow" | "gloss" | "glass" | "metal" | "screen" | "glow") => string;
};

type MotifDef = {
  /** Half width of the floor shadow. */
  shadow: number;
  draw: (c: Ctx) => string;
};

/** Points on a circle, for ticks and the ball. */
function polar(cx: number, cy: number, r: number, deg: number): [number, number] {
  const a = (deg * Math.PI) / 180;
  return [n(cx + r * Math.cos(a)), n(cy + r * Math.sin(a))];
}

function polygon(cx: number, cy: number, r: number, sides: number, startDeg: number): string {
  const pts: string[] = [];
  for (let i = 0; i < sides; i++)
    pts.push(polar(cx, cy, r, startDeg + (360 / sides) * i).join(" "));
  return `M${pts.join(" L")}Z`;
}

/** A coffee bean, a farfalle, a capsule: small repeated things. */
const bean = (x: number, y: number, rot: number) =>
  G(
    `translate(${x} ${y}) rotate(${rot})`,
    E(0, 0, 20, 28, BROWN) + S("M0 -24 C-10 -8 10 8 0 24", BROWN_DARK, 4),
  );
const farfalle = (x: number, y: number, rot: number, s = 1) =>
  G(
    `translate(${x} ${y}) rotate(${rot}) scale(${s})`,
    P("M-42 -28 Q-20 -10 0 -8 Q20 -10 42 -28 L42 28 Q20 10 0 8 Q-20 10 -42 28Z", GOLD) +
      S("M-34 -16 V16 M34 -16 V16", GOLD_DARK, 3) +
      E(0, 0, 9, 12, GOLD_DARK),
  );
const capsule = (c: Ctx, x: number, y: number, rot: number) =>
  G(
    `translate(${x} ${y}) rotate(${rot})`,
    R(-40, -16, 80, 32, 16, c.accent) +
      P("M0 -16 H24 A16 16 0 0 1 24 16 H0Z", c.white) +
      R(-30, -10, 48, 6, 3, "#fff", op(0.5)),
  );

/* ------------------------------------------------------------------------------------------ */
/* Motifs                                                                                      */

const MOTIFS: Record<ArtMotif, MotifDef> = {
  camera: {
    shadow: 240,
    draw: (c) =>
      R(300, 236, 150, 80, 18, c.dark) +
      R(486, 258, 72, 44, 10, c.accent) +
      R(178, 290, 444, 320, 44, c.main) +
      R(178, 390, 444, 130, 0, c.dark) +
      R(198, 302, 404, 22, 11, "#fff", op(0.25)) +
      R(212, 318, 84, 50, 10, c.pale) +
      R(222, 327, 64, 32, 6, c.light) +
      C(548, 340, 12, c.ink) +
      C(400, 450, 132, c.deep) +
      C(400, 450, 112, c.ink) +
      C(400, 450, 90, c.inkSoft) +
      C(400, 450, 72, c.url("glass")) +
      C(400, 450, 30, c.ink, op(0.55)) +
      E(370, 420, 22, 12, "#fff", op(0.75) + ` transform="rotate(-40 370 420)"`) +
      C(432, 480, 8, "#fff", op(0.45)),
  },

  lens: {
    shadow: 170,
    draw: (c) => {
      const band = (y1: number, y2: number) =>
        `M268 ${y1} A132 38 0 0 0 532 ${y1} V${y2} A132 38 0 0 1 268 ${y2}Z`;
      let ribs = "";
      for (let x = 284; x <= 516; x += 16) {
        const off = 38 * Math.sqrt(Math.max(0, 1 - ((x - 400) / 132) ** 2));
        ribs += `M${x} ${n(378 + off)}V${n(452 + off)}`;
      }
      return (
        P("M268 252 V572 A132 38 0 0 0 532 572 V252Z", c.ink) +
        P(band(360, 470), c.inkSoft) +
        S(ribs, c.ink, 6, op(0.7)) +
        P(band(492, 504), c.accent) +
        P(band(540, 572), c.url("metal")) +
        R(290, 270, 20, 290, 10, "#fff", op(0.12)) +
        E(400, 252, 132, 38, c.inkSoft) +
        E(400, 252, 112, 30, c.ink) +
        E(400, 254, 90, 22, c.url("glass")) +
        E(372, 248, 28, 8, "#fff", op(0.7))
      );
    },
  },

  phone: {
    shadow: 150,
    draw: (c) => {
      let icons = "";
      for (let i = 0; i < 6; i++)
        icons += R(324 + (i % 3) * 56, 414 + Math.floor(i / 3) * 60, 40, 40, 11, "#fff", op(0.85));
      return G(
        "rotate(-8 400 610)",
        R(278, 160, 244, 450, 46, c.ink) +
          R(522, 270, 7, 60, 3, c.inkSoft) +
          R(294, 176, 212, 418, 34, c.url("screen")) +
          C(446, 300, 56, "#fff", op(0.16)) +
          C(352, 500, 52, "#fff", op(0.12)) +
          R(370, 190, 60, 18, 9, c.ink) +
          R(322, 248, 156, 70, 16, "#fff", op(0.3)) +
          R(338, 266, 80, 14, 7, "#fff", op(0.85)) +
          R(338, 290, 50, 10, 5, "#fff", op(0.6)) +
          icons +
          R(316, 548, 168, 30, 14, "#fff", op(0.3)),
      );
    },
  },

  headphones: {
    shadow: 220,
    draw: (c) => {
      const band = "M246 430 C246 178 554 178 554 430";
      return (
        S(band, c.deep, 40) +
        S(band, c.main, 26) +
        S("M270 330 C300 238 360 216 400 214", "#fff", 6, op(0.35)) +
        R(234, 380, 26, 60, 8, c.metal) +
        R(540, 380, 26, 60, 8, c.metal) +
        R(190, 410, 100, 196, 46, c.main) +
        R(510, 410, 100, 196, 46, c.main) +
        R(276, 426, 46, 164, 22, c.ink) +
        R(478, 426, 46, 164, 22, c.ink) +
        R(206, 432, 18, 130, 9, "#fff", op(0.3)) +
        R(526, 432, 18, 130, 9, "#fff", op(0.3)) +
        C(240, 508, 14, c.accent) +
        C(560, 508, 14, c.accent)
      );
    },
  },

  laptop: {
    shadow: 270,
    draw: (c) =>
      G(
        "translate(0 44)",
        R(206, 236, 388, 270, 20, c.ink) +
          R(224, 254, 352, 234, 6, c.url("screen")) +
          C(400, 245, 4, c.inkSoft) +
          R(250, 280, 210, 140, 10, "#fff", op(0.92)) +
          R(250, 280, 210, 24, 10, c.pale) +
          C(266, 292, 5, c.accent) +
          R(268, 322, 120, 12, 6, c.light) +
          R(268, 346, 170, 10, 5, c.pale) +
          R(268, 366, 150, 10, 5, c.pale) +
          R(268, 386, 90, 10, 5, c.pale) +
          R(410, 340, 140, 120, 10, "#fff", op(0.55)) +
          R(426, 362, 70, 70, 8, c.accent, op(0.8)) +
          P(
            "M150 512 H650 L634 556 C632 562 624 566 616 566 H184 C176 566 168 562 166 556 Z",
            c.url("metal"),
          ) +
          R(146, 500, 508, 18, 8, c.metal) +
          R(356, 500, 88, 9, 4, c.inkSoft, op(0.35)),
      ),
  },

  speaker: {
    shadow: 160,
    draw: (c) =>
      R(292, 586, 46, 24, 6, c.ink) +
      R(462, 586, 46, 24, 6, c.ink) +
      R(262, 170, 276, 422, 44, c.main) +
      R(282, 190, 236, 382, 30, c.dark) +
      R(282, 190, 40, 382, 20, "#fff", op(0.08)) +
      C(400, 286, 54, c.ink) +
      C(400, 286, 38, c.inkSoft) +
      C(400, 286, 14, c.metal) +
      C(400, 448, 104, c.ink) +
      C(400, 448, 84, c.inkSoft) +
      C(400, 448, 60, c.ink) +
      C(400, 448, 24, c.url("metal")) +
      S("M336 400 A84 84 0 0 1 400 364", "#fff", 5, op(0.25)) +
      C(400, 552, 6, c.accent),
  },

  watch: {
    shadow: 150,
    draw: (c) => {
      let ticks = "";
      for (let i = 0; i < 12; i++) {
        const [x1, y1] = polar(400, 400, i % 3 === 0 ? 70 : 78, i * 30);
        const [x2, y2] = polar(400, 400, 88, i * 30);
        ticks += `M${x1} ${y1}L${x2} ${y2}`;
      }
      return (
        R(340, 150, 120, 460, 34, c.dark) +
        S(
          "M356 176 V270 M444 176 V270 M356 530 V590 M444 530 V590",
          c.deep,
          3,
          ' stroke-dasharray="8 8"',
        ) +
        C(400, 560, 7, c.deep) +
        C(400, 588, 7, c.deep) +
        R(520, 384, 30, 32, 8, c.metal) +
        C(400, 400, 128, c.url("metal")) +
        C(400, 400, 112, c.ink) +
        C(400, 400, 98, c.pale) +
        S(ticks, c.ink, 5) +
        S("M400 400 L400 334", c.ink, 11) +
        S("M400 400 L456 428", c.ink, 8) +
        S("M418 382 L336 464", c.accent, 4) +
        C(400, 400, 10, c.accent) +
        P("M312 372 A92 92 0 0 1 470 330 A120 120 0 0 0 312 372Z", "#fff", op(0.5))
      );
    },
  },

  tshirt: {
    shadow: 200,
    draw: (c) =>
      P(
        "M300 196 L212 232 L148 338 L232 382 L266 338 V604 H534 V338 L568 382 L652 338 L588 232 L500 196 C474 250 326 250 300 196Z",
        c.main,
      ) +
      P("M300 196 L212 232 L148 338 L190 360 L266 230Z", "#fff", op(0.14)) +
      S("M300 196 C326 250 474 250 500 196", c.dark, 16) +
      S("M160 346 L228 382 M640 346 L572 382", c.dark, 8, op(0.5)) +
      R(266, 586, 268, 18, 0, c.dark, op(0.4)) +
      S("M330 430 C336 490 326 540 334 586", "#000", 5, op(0.08)) +
      C(400, 380, 56, c.accent) +
      P("M350 404 L384 360 L404 384 L420 366 L452 404Z", "#fff", op(0.9)) +
      C(424, 350, 9, "#fff", op(0.9)),
  },

  sweater: {
    shadow: 230,
    draw: (c) => {
      let ribs = "";
      for (let x = 280; x <= 520; x += 16) ribs += `M${x} 572v26`;
      let zig = "M272 400";
      for (let x = 286; x <= 530; x += 14) zig += `L${x} ${(x - 272) % 28 === 0 ? 400 : 384}`;
      return (
        P(
          "M302 200 L222 228 C182 246 172 300 166 360 L150 560 H224 L246 370 L266 346 V604 H534 V346 L554 370 L576 560 H650 L634 360 C628 300 618 246 578 228 L498 200 C470 246 330 246 302 200Z",
          c.main,
        ) +
        P(
          "M222 228 C182 246 172 300 166 360 L150 560 H180 L200 340 C206 290 214 250 240 232Z",
          "#fff",
          op(0.14),
        ) +
        R(262, 560, 276, 46, 12, c.dark) +
        R(146, 530, 80, 44, 12, c.dark) +
        R(574, 530, 80, 44, 12, c.dark) +
        S(ribs, c.deep, 4, op(0.45)) +
        S("M302 200 C330 246 470 246 498 200", c.dark, 20) +
        S(zig, c.pale, 9) +
        S("M272 432 H528", c.accent, 10, ' stroke-dasharray="2 22"') +
        S("M272 356 H528", c.accent, 10, ' stroke-dasharray="2 22"')
      );
    },
  },

  jacket: {
    shadow: 240,
    draw: (c) =>
      P(
        "M296 206 L224 232 C188 246 176 296 172 356 L158 584 H236 L250 380 L262 356 V606 H538 V356 L550 380 L564 584 H642 L628 356 C624 296 612 246 576 232 L504 206Z",
        c.main,
      ) +
      S("M266 296 H534 M266 376 H534 M266 456 H534 M266 536 H534", c.dark, 5, op(0.55)) +
      S(
        "M184 320 L242 330 M176 410 L246 416 M168 500 L240 502 M616 320 L558 330 M624 410 L554 416 M632 500 L560 502",
        c.dark,
        5,
        op(0.55),
      ) +
      S("M272 256 H528 M272 336 H528 M272 416 H528 M272 496 H528", "#fff", 10, op(0.18)) +
      P("M296 206 L334 168 H466 L504 206 L470 246 H330Z", c.dark) +
      P("M334 168 H466 L456 190 H344Z", c.deep) +
      S("M400 190 V604", c.metal, 7) +
      R(391, 240, 18, 36, 5, c.accent) +
      S("M296 482 L334 508 M504 482 L466 508", c.deep, 6) +
      R(262, 590, 276, 16, 0, c.deep, op(0.5)),
  },

  dress: {
    shadow: 200,
    draw: (c) =>
      S("M330 178 L400 146 L470 178", c.metal, 8) +
      S("M400 146 V128 C400 108 428 108 428 124", c.metal, 6) +
      S("M340 180 L340 214 M460 180 L460 214", c.dark, 9) +
      P(
        "M334 210 C356 244 444 244 466 210 L472 276 C474 306 462 326 456 344 L604 598 C500 632 300 632 196 598 L344 344 C338 326 326 306 328 276Z",
        c.main,
      ) +
      P("M344 344 L196 598 C230 610 262 616 296 620 L378 356Z", "#fff", op(0.14)) +
      P("M456 344 L604 598 C578 606 548 612 516 616 L430 356Z", "#000", op(0.08)) +
      S("M334 210 C356 244 444 244 466 210", c.dark, 8) +
      R(338, 330, 124, 26, 10, c.accent) +
      C(400, 343, 8, c.accentDark) +
      S("M206 592 C300 622 500 622 594 592", c.light, 8) +
      S("M380 370 L350 600 M420 370 L450 600", c.dark, 3, op(0.3)),
  },

  trousers: {
    shadow: 170,
    draw: (c) =>
      P("M278 186 H522 L550 612 H432 L400 320 L368 612 H250Z", c.main) +
      P("M278 186 H330 L300 612 H250Z", "#fff", op(0.12)) +
      R(274, 182, 252, 44, 8, c.dark) +
      R(300, 176, 12, 56, 4, c.deep) +
      R(356, 176, 12, 56, 4, c.deep) +
      R(432, 176, 12, 56, 4, c.deep) +
      R(488, 176, 12, 56, 4, c.deep) +
      C(400, 204, 8, c.metal) +
      S("M414 226 V290 C414 300 408 306 400 306", c.deep, 4, op(0.5)) +
      S("M286 228 C298 266 326 274 340 226 M514 228 C502 266 474 274 460 226", c.deep, 5, op(0.5)) +
      S("M316 280 L306 598 M484 280 L494 598", "#fff", 4, op(0.25)) +
      R(251, 590, 116, 22, 0, c.dark) +
      R(433, 590, 116, 22, 0, c.dark),
  },

  sneaker: {
    shadow: 250,
    draw: (c) => {
      let laces = "";
      for (let t = 0.18; t < 0.95; t += 0.2) {
        const x = n(394 + 162 * t);
        const y = n(310 + 108 * t);
        laces += `M${n(x + 5)} ${n(y - 7)}L${n(x - 24)} ${n(y + 36)}`;
      }
      return G(
        "translate(0 52)",
        P(
          "M200 496 C186 440 188 372 222 332 C258 350 300 350 330 330 L352 298 C368 290 386 294 394 310 L556 418 C610 428 646 456 644 504Z",
          c.main,
        ) +
          P(
            "M200 496 C186 440 188 372 222 332 C238 342 250 346 264 348 C252 400 252 460 266 500Z",
            c.dark,
          ) +
          P("M222 332 C258 350 300 350 330 330 C300 366 252 366 222 332Z", c.ink) +
          P("M540 430 C600 436 640 460 644 504 H560 C546 480 538 456 540 430Z", "#fff", op(0.3)) +
          P("M292 494 C350 420 440 396 540 446 C446 426 380 450 326 502Z", c.accent) +
          S(laces, c.white, 9) +
          P("M176 530 H660 C662 548 652 560 632 560 H194 C180 560 172 548 176 530Z", c.deep) +
          P(
            "M180 494 H630 C656 494 664 514 656 532 C650 542 640 544 624 544 H196 C180 544 170 536 170 520 C170 504 174 494 180 494Z",
            c.white,
          ) +
          R(176, 514, 482, 10, 5, c.light),
      );
    },
  },

  bag: {
    shadow: 230,
    draw: (c) =>
      S("M300 340 C300 196 500 196 500 340", c.deep, 24) +
      S("M312 300 C322 232 380 214 420 216", "#fff", 5, op(0.2)) +
      P(
        "M226 330 H574 C590 330 600 340 602 356 L626 578 C628 598 614 612 594 612 H206 C186 612 172 598 174 578 L198 356 C200 340 210 330 226 330Z",
        c.main,
      ) +
      P(
        "M226 330 H270 L236 612 H206 C186 612 172 598 174 578 L198 356 C200 340 210 330 226 330Z",
        "#fff",
        op(0.14),
      ) +
      R(286, 320, 28, 40, 8, c.deep) +
      R(486, 320, 28, 40, 8, c.deep) +
      P("M198 340 H602 L606 392 C560 456 240 456 194 392Z", c.dark) +
      S("M210 396 C260 440 540 440 590 396", "#fff", 3, op(0.35) + ' stroke-dasharray="10 8"') +
      R(376, 418, 48, 38, 10, c.accent) +
      C(400, 437, 7, c.accentDark) +
      S("M214 584 H586", "#fff", 3, op(0.4) + ' stroke-dasharray="10 8"'),
  },

  coffee: {
    shadow: 240,
    draw: (c) =>
      P("M270 236 H530 L550 594 C550 604 542 612 532 612 H268 C258 612 250 604 250 594Z", c.main) +
      P("M270 236 H304 L290 612 H268 C258 612 250 604 250 594Z", "#000", op(0.12)) +
      P("M496 236 H530 L550 594 C550 604 542 612 532 612 H512Z", "#000", op(0.12)) +
      R(262, 186, 276, 56, 8, c.dark) +
      S("M274 204 H526 M274 222 H526", c.deep, 3, op(0.6)) +
      C(400, 288, 11, c.deep) +
      C(400, 288, 4, c.light) +
      C(400, 430, 86, c.pale) +
      C(400, 430, 86, "none", ` stroke="${c.dark}" stroke-width="4" stroke-dasharray="4 10"`) +
      G(
        "translate(400 430) rotate(30) scale(1.5)",
        E(0, 0, 20, 28, BROWN) + S("M0 -24 C-10 -8 10 8 0 24", c.pale, 4),
      ) +
      R(330, 540, 140, 12, 6, c.pale, op(0.7)) +
      bean(586, 590, 60) +
      bean(626, 572, -20) +
      bean(210, 596, 100),
  },

  tea: {
    shadow: 260,
    draw: (c) =>
      R(170, 250, 232, 360, 14, c.main) +
      R(162, 232, 248, 52, 10, c.dark) +
      R(200, 330, 172, 170, 14, c.pale) +
      P("M236 470 C228 410 270 366 336 360 C340 430 304 474 236 470Z", c.main) +
      S("M244 462 C270 430 298 404 326 372", c.pale, 4) +
      R(214, 528, 144, 12, 6, c.pale, op(0.7)) +
      E(510, 600, 160, 22, c.light) +
      S("M616 468 C668 468 668 546 604 546", c.white, 20) +
      P("M386 436 H634 C634 530 584 592 510 592 C436 592 386 530 386 436Z", c.white) +
      P("M386 436 H430 C430 520 460 572 500 590 C436 586 386 526 386 436Z", "#000", op(0.05)) +
      E(510, 436, 124, 22, c.white) +
      E(510, 440, 110, 15, TEA) +
      S("M570 440 C590 468 598 490 594 520", c.inkSoft, 2) +
      R(578, 516, 32, 40, 5, c.accent) +
      S("M476 400 C456 370 496 350 476 318 M540 400 C520 370 560 350 540 318", c.dark, 8, op(0.3)),
  },

  chocolate: {
    shadow: 230,
    draw: (c) => {
      let squares = "";
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) {
          const x = 266 + i * 92;
          const y = 206 + j * 80;
          squares += R(x, y, 84, 72, 8, CHOC_LIGHT) + R(x + 8, y + 8, 68, 56, 5, CHOC);
        }
      let foil = "M238 420";
      for (let x = 238; x < 562; x += 18) foil += `L${x + 9} 398L${x + 18} 420`;
      return G(
        "rotate(-10 400 520)",
        R(254, 190, 292, 260, 14, CHOC) +
          squares +
          P(`${foil}V440H238Z`, c.url("metal")) +
          R(234, 426, 332, 186, 12, c.main) +
          R(234, 470, 332, 80, 0, c.dark) +
          C(400, 510, 54, c.pale) +
          P("M372 520 L400 486 L428 520 Z", CHOC_LIGHT) +
          R(252, 436, 20, 164, 10, "#fff", op(0.2)),
      );
    },
  },

  pasta: {
    shadow: 220,
    draw: (c) =>
      R(254, 186, 292, 426, 18, c.main) +
      R(254, 186, 292, 48, 18, c.dark) +
      R(254, 214, 292, 20, 0, c.dark) +
      R(270, 240, 24, 360, 12, "#fff", op(0.14)) +
      E(400, 372, 112, 122, c.pale) +
      farfalle(360, 320, -20, 0.8) +
      farfalle(440, 330, 25, 0.8) +
      farfalle(400, 400, 5, 0.8) +
      farfalle(350, 430, 40, 0.7) +
      farfalle(452, 430, -30, 0.7) +
      R(254, 516, 292, 64, 0, c.dark) +
      R(300, 540, 200, 16, 8, c.accent) +
      farfalle(196, 586, -15) +
      farfalle(612, 590, 20),
  },

  oil: {
    shadow: 170,
    draw: (c) =>
      P(
        "M372 236 H428 V290 C428 320 480 330 480 380 V590 C480 606 468 616 452 616 H348 C332 616 320 606 320 590 V380 C320 330 372 320 372 290Z",
        hsl(50, 40, 88),
        op(0.9),
      ) +
      P("M324 370 H476 V588 C476 602 466 610 454 610 H346 C334 610 324 602 324 588Z", OIL) +
      E(400, 370, 76, 8, hsl(50, 85, 62)) +
      R(338, 384, 18, 206, 9, "#fff", op(0.35)) +
      R(362, 250, 76, 16, 8, c.dark) +
      R(366, 170, 68, 76, 12, c.dark) +
      R(358, 160, 84, 24, 10, c.deep) +
      R(334, 440, 132, 120, 14, c.pale) +
      E(400, 500, 18, 26, OLIVE) +
      P("M404 476 C430 456 446 462 456 474 C436 486 420 484 404 476Z", LEAF_LIGHT) +
      G(
        "translate(560 584) rotate(-20)",
        E(0, 0, 20, 26, OLIVE) + E(-6, -8, 6, 8, "#fff", op(0.3)),
      ) +
      P("M566 562 C590 520 620 514 640 520 C620 548 596 558 566 562Z", LEAF_LIGHT),
  },

  honey: {
    shadow: 220,
    draw: (c) =>
      R(270, 296, 260, 316, 60, HONEY) +
      R(292, 330, 26, 240, 13, "#fff", op(0.3)) +
      R(262, 240, 276, 70, 16, c.main) +
      S("M278 262 H522 M278 288 H522", c.dark, 4, op(0.4)) +
      P(
        "M292 310 H358 C358 336 352 360 342 362 C332 364 330 346 328 334 C326 352 318 372 306 370 C294 368 296 340 292 310Z",
        HONEY_DARK,
      ) +
      R(306, 410, 188, 128, 18, c.pale) +
      P(polygon(400, 474, 40, 6, 30), c.main) +
      P(polygon(400, 474, 24, 6, 30), HONEY) +
      G(
        "rotate(-40 600 560)",
        R(592, 360, 16, 170, 8, WOOD) +
          E(600, 560, 36, 48, WOOD) +
          S("M566 544 H634 M564 566 H636", BROWN, 6, op(0.5)) +
          P("M570 586 C580 600 620 600 630 586 L624 600 C614 616 586 616 576 600Z", HONEY_DARK),
      ),
  },

  book: {
    shadow: 200,
    draw: (c) =>
      R(262, 210, 306, 400, 14, c.deep) +
      R(262, 204, 292, 392, 6, PAPER) +
      S("M548 220 V588 M540 222 V590", hsl(40, 25, 80), 2) +
      R(232, 196, 310, 404, 14, c.main) +
      R(232, 196, 48, 404, 14, c.dark) +
      R(262, 196, 18, 404, 0, c.dark) +
      S("M280 200 V596", c.deep, 4, op(0.5)) +
      R(330, 262, 160, 22, 11, c.pale) +
      R(352, 298, 116, 12, 6, c.light) +
      C(410, 420, 62, c.light, op(0.6)) +
      P(
        "M410 376 L422 408 L456 408 L429 428 L439 460 L410 441 L381 460 L391 428 L364 408 L398 408Z",
        c.pale,
      ) +
      R(350, 530, 120, 10, 5, c.light) +
      P("M478 596 V640 L492 628 L506 640 V596Z", c.accent),
  },

  vitamins: {
    shadow: 200,
    draw: (c) => {
      let ridges = "";
      for (let x = 322; x <= 478; x += 16) ridges += `M${x} 194V254`;
      return (
        R(290, 270, 220, 340, 40, c.main) +
        R(308, 290, 22, 300, 11, "#fff", op(0.2)) +
        R(316, 240, 168, 44, 8, c.dark) +
        R(304, 178, 192, 80, 16, c.white) +
        S(ridges, c.light, 5) +
        R(290, 360, 220, 168, 0, c.pale) +
        R(382, 390, 36, 100, 8, c.accent) +
        R(350, 422, 100, 36, 8, c.accent) +
        R(330, 504, 140, 10, 5, c.light) +
        capsule(c, 222, 590, 20) +
        capsule(c, 578, 592, -15) +
        C(640, 600, 18, c.white) +
        S("M628 600 H652", c.light, 3)
      );
    },
  },

  cream: {
    shadow: 230,
    draw: (c) => {
      let crimp = "";
      for (let x = 238; x <= 362; x += 12) crimp += `M${x} 194V214`;
      return (
        R(228, 184, 144, 38, 6, c.dark) +
        S(crimp, c.deep, 3, op(0.5)) +
        P("M234 220 H366 L346 532 H254Z", c.main) +
        P("M234 220 H262 L266 532 H254Z", "#fff", op(0.2)) +
        P("M244 300 H358 L350 440 H252Z", c.white) +
        P("M300 330 C326 350 330 380 300 400 C274 380 278 350 300 330Z", c.accent) +
        R(272, 414, 56, 8, 4, c.light) +
        R(250, 526, 100, 86, 16, c.dark) +
        S("M272 540 V600 M300 540 V600 M328 540 V600", c.deep, 4, op(0.5)) +
        R(402, 490, 196, 122, 30, c.white) +
        R(402, 516, 196, 58, 0, c.main) +
        C(500, 545, 16, c.white) +
        R(390, 434, 220, 64, 18, c.dark) +
        R(404, 446, 120, 12, 6, "#fff", op(0.3)) +
        R(416, 506, 20, 90, 10, "#fff", op(0.4))
      );
    },
  },

  toothbrush: {
    shadow: 220,
    draw: (c) => {
      let bristles = "";
      for (let i = 0; i < 6; i++)
        bristles += R(548 + i * 20, 318, 16, 70, 7, i % 2 ? c.light : c.white);
      return G(
        "translate(-10 120) rotate(-22 400 400)",
        R(140, 374, 350, 56, 28, c.main) +
          R(470, 390, 110, 26, 13, c.main) +
          R(540, 378, 136, 44, 22, c.main) +
          bristles +
          R(176, 386, 120, 32, 16, c.accent) +
          R(166, 382, 270, 9, 4, "#fff", op(0.35)) +
          P(
            "M548 316 C530 290 560 262 588 276 C600 250 640 252 650 274 C676 262 700 290 680 316Z",
            c.white,
          ) +
          S("M560 298 C590 280 630 300 668 290", c.accent, 8) +
          S("M570 312 C600 300 630 316 668 306", c.light, 6),
      );
    },
  },

  plaster: {
    shadow: 230,
    draw: (c) => {
      let holes = "";
      for (let i = 0; i < 6; i++)
        holes += C(444 + (i % 3) * 22, 556 + Math.floor(i / 3) * 20, 3.5, SKIN);
      return (
        P("M210 280 H490 V608 H210Z", c.main) +
        P("M210 280 L246 236 H526 L490 280Z", c.light) +
        P("M490 280 L526 236 V564 L490 608Z", c.dark) +
        R(318, 344, 64, 176, 12, c.white) +
        R(262, 400, 176, 64, 12, c.white) +
        R(226, 296, 16, 290, 8, "#fff", op(0.18)) +
        G(
          "rotate(-18 480 566)",
          R(330, 530, 300, 76, 38, SKIN) +
            R(424, 536, 112, 64, 12, SKIN_LIGHT) +
            holes +
            C(370, 556, 3.5, hsl(28, 40, 62)) +
            C(382, 580, 3.5, hsl(28, 40, 62)) +
            C(580, 556, 3.5, hsl(28, 40, 62)) +
            C(592, 580, 3.5, hsl(28, 40, 62)),
        )
      );
    },
  },

  lamp: {
    shadow: 160,
    draw: (c) =>
      E(400, 470, 190, 130, c.url("glow")) +
      R(391, 380, 18, 110, 6, c.url("metal")) +
      P(
        "M400 470 C462 470 474 522 464 562 C458 594 432 610 400 610 C368 610 342 594 336 562 C326 522 338 470 400 470Z",
        c.dark,
      ) +
      P("M360 490 C344 520 344 570 366 596 C352 570 350 526 368 494Z", "#fff", op(0.25)) +
      E(400, 398, 60, 12, hsl(50, 100, 80)) +
      P("M318 200 H482 L562 396 H238Z", c.main) +
      P("M318 200 H366 L300 396 H238Z", "#fff", op(0.2)) +
      R(234, 388, 332, 16, 8, c.dark) +
      R(314, 194, 172, 14, 7, c.dark) +
      S("M470 404 V468", c.metal, 3) +
      C(470, 474, 7, c.accent),
  },

  mug: {
    shadow: 200,
    draw: (c) =>
      S("M520 380 C612 380 612 528 520 528", c.dark, 32) +
      P("M264 296 H536 V536 C536 580 504 612 460 612 H340 C296 612 264 580 264 536Z", c.main) +
      R(264, 360, 272, 18, 0, c.light) +
      R(264, 392, 272, 8, 0, c.light) +
      R(286, 320, 24, 250, 12, "#fff", op(0.25)) +
      P(
        "M400 520 C340 480 350 430 380 430 C394 430 400 444 400 444 C400 444 406 430 420 430 C450 430 460 480 400 520Z",
        c.white,
      ) +
      E(400, 296, 136, 24, c.dark) +
      E(400, 300, 122, 16, BROWN) +
      S("M360 260 C340 230 380 212 360 180 M440 260 C420 230 460 212 440 180", c.dark, 9, op(0.3)),
  },

  pan: {
    shadow: 260,
    draw: (c) =>
      P("M560 440 L714 388 C732 382 748 390 750 406 C752 420 744 430 728 436 L574 488Z", c.ink) +
      P("M640 412 L714 388 C732 382 748 390 750 406 C752 420 744 430 728 436 L656 460Z", c.main) +
      C(722, 410, 7, c.pale) +
      E(370, 470, 210, 126, c.dark) +
      E(370, 448, 210, 126, c.main) +
      E(370, 452, 186, 106, c.ink) +
      E(320, 420, 100, 44, "#fff", op(0.06)) +
      P(
        "M320 420 C310 380 370 370 400 390 C440 380 466 420 446 452 C456 490 396 500 366 480 C326 490 300 450 320 420Z",
        c.white,
      ) +
      C(384, 436, 28, YOLK) +
      C(374, 426, 8, "#fff", op(0.6)),
  },

  plant: {
    shadow: 160,
    draw: (c) => {
      const leaf = (a: number, len: number, fill: string) =>
        G(
          `translate(400 420) rotate(${a})`,
          P(
            `M0 0 C36 ${-len * 0.3} 36 ${-len * 0.75} 0 ${-len} C-36 ${-len * 0.75} -36 ${-len * 0.3} 0 0Z`,
            fill,
          ) + S(`M0 -6 L0 ${-len * 0.85}`, hsl(130, 40, 26), 3, op(0.5)),
        );
      return (
        leaf(-62, 200, LEAF) +
        leaf(62, 200, LEAF) +
        leaf(-34, 240, LEAF_LIGHT) +
        leaf(34, 240, LEAF_LIGHT) +
        leaf(-8, 250, LEAF) +
        leaf(12, 200, LEAF_LIGHT) +
        P("M302 440 H498 L476 610 H324Z", c.main) +
        P("M302 440 H340 L350 610 H324Z", "#fff", op(0.18)) +
        S("M314 520 L340 500 L366 520 L392 500 L418 520 L444 500 L470 520 L486 508", c.pale, 6) +
        R(286, 412, 228, 44, 12, c.dark) +
        E(400, 414, 100, 8, BROWN_DARK)
      );
    },
  },

  ball: {
    shadow: 180,
    draw: (c) => {
      const cx = 400;
      const cy = 430;
      const centres = [0, 1, 2, 3, 4].map((k) => polar(cx, cy, 162, -90 + 72 * k));
      const nearest = (from: [number, number], to: [number, number], a: number) => {
        let best = polar(from[0], from[1], 50, a);
        for (let m = 1; m < 5; m++) {
          const p = polar(from[0], from[1], 50, a + 72 * m);
          if (Math.hypot(p[0] - to[0], p[1] - to[1]) < Math.hypot(best[0] - to[0], best[1] - to[1]))
            best = p;
        }
        return best;
      };
      let patches = P(polygon(cx, cy, 50, 5, -90), c.deep);
      let seams = "";
      centres.forEach((o, k) => {
        const a = -90 + 72 * k;
        const next = centres[(k + 1) % 5] ?? o;
        patches += P(polygon(o[0], o[1], 50, 5, a + 180), c.deep);
        const [vx, vy] = polar(cx, cy, 50, a);
        const [ix, iy] = polar(o[0], o[1], 50, a + 180);
        const [sx, sy] = nearest(o, next, a + 180);
        const [tx, ty] = nearest(next, o, a + 252);
        const [fx, fy] = polar(cx, cy, 240, a + 36);
        seams += `M${vx} ${vy}L${ix} ${iy}M${sx} ${sy}L${tx} ${ty}`;
        seams += `M${n((sx + tx) / 2)} ${n((sy + ty) / 2)}L${fx} ${fy}`;
      });
      const clip = c.id("ballclip");
      return (
        `<clipPath id="${clip}"><circle cx="${cx}" cy="${cy}" r="178"/></clipPath>` +
        C(cx, cy, 180, c.white) +
        `<g clip-path="url(#${clip})">${patches}${S(seams, c.metal, 4)}</g>` +
        C(cx, cy, 180, c.url("gloss")) +
        C(cx, cy, 178, "none", ` stroke="${c.inkSoft}" stroke-width="4"` + op(0.3))
      );
    },
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Composition                                                                                 */

function assertSpec(spec: ProductArtSpec): void {
  if (!isArtMotif(spec.motif)) throw new RangeError(`Unknown art motif: ${String(spec.motif)}`);
  if (!Number.isFinite(spec.hue) || spec.hue < 0 || spec.hue > 360)
    throw new RangeError(`Hue must be within 0..360, got ${spec.hue}`);
  if (!Number.isInteger(spec.view) || spec.view < 0 || spec.view > 3)
    throw new RangeError(`View must be an integer within 0..3, got ${spec.view}`);
  if (
    spec.accentHue !== undefined &&
    (!Number.isFinite(spec.accentHue) || spec.accentHue < 0 || spec.accentHue > 360)
  )
    throw new RangeError(`Accent hue must be within 0..360, got ${spec.accentHue}`);
}

/** Renders one gallery image of a product as a standalone SVG document. */
export function renderProductArt(spec: ProductArtSpec): string {
  assertSpec(spec);
  const { motif, view } = spec;
  const h = spec.hue % 360;
  const a = (spec.accentHue ?? h + 155) % 360;
  const prefix = `pa-${motif}-${view}-${Math.round(h)}`;
  const id = (name: string) => `${prefix}-${name}`;

  const c: Ctx = {
    main: hsl(h, 58, 55),
    dark: hsl(h, 48, 38),
    deep: hsl(h, 45, 26),
    light: hsl(h, 70, 80),
    pale: hsl(h, 65, 94),
    accent: hsl(a, 78, 60),
    accentDark: hsl(a, 60, 38),
    ink: hsl(h, 20, 16),
    inkSoft: hsl(h, 14, 30),
    metal: hsl(h, 10, 84),
    white: hsl(h, 40, 98),
    id,
    url: (name) => `url(#${id(name)})`,
  };

  const def = MOTIFS[motif];
  const object = def.draw(c);

  // Background and framing per view.
  const defs: string[] = [];
  let scene: string;
  const floorShadow = (rx: number) => E(400, 612, rx, 24, c.url("shadow"));
  switch (view) {
    case 0: {
      defs.push(
        `<linearGradient id="${id("bg")}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(h, 55, 97)}"/><stop offset="1" stop-color="${hsl(h, 45, 86)}"/></linearGradient>`,
      );
      scene =
        R(0, 0, 800, 800, 0, `url(#${id("bg")})`) +
        C(400, 400, 310, "#fff", op(0.45)) +
        floorShadow(def.shadow) +
        object;
      break;
    }
    case 1: {
      defs.push(
        `<radialGradient id="${id("bg")}" cx=".35" cy=".3" r=".9"><stop offset="0" stop-color="${hsl(a, 60, 96)}"/><stop offset="1" stop-color="${hsl(h, 50, 82)}"/></radialGradient>`,
      );
      scene =
        R(0, 0, 800, 800, 0, `url(#${id("bg")})`) +
        C(660, 150, 170, "#fff", op(0.3)) +
        C(110, 700, 220, c.light, op(0.35)) +
        G(
          "translate(400 400) rotate(-12) scale(1.55) translate(-420 -400)",
          floorShadow(def.shadow) + object,
        );
      break;
    }
    case 2: {
      defs.push(
        `<linearGradient id="${id("bg")}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(h, 50, 74)}"/><stop offset="1" stop-color="${hsl(h, 45, 62)}"/></linearGradient>`,
        `<linearGradient id="${id("floor")}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hsl(h, 40, 58)}"/><stop offset="1" stop-color="${hsl(h, 42, 48)}"/></linearGradient>`,
        `<filter id="${id("sil")}" x="-50%" y="-50%" width="200%" height="200%"><feFlood flood-color="${hsl(h, 50, 18)}" flood-opacity=".3"/><feComposite in2="SourceAlpha" operator="in"/><feGaussianBlur stdDeviation="5"/></filter>`,
        `<g id="${id("obj")}">${object}</g>`,
      );
      scene =
        R(0, 0, 800, 800, 0, `url(#${id("bg")})`) +
        R(0, 500, 800, 300, 0, `url(#${id("floor")})`) +
        R(0, 500, 800, 5, 0, "#fff", op(0.3)) +
        G(
          "translate(40 91) scale(.9)",
          `<use href="#${id("obj")}" filter="url(#${id("sil")})" transform="translate(0 610) matrix(1 0 -.9 .32 0 0) translate(0 -610)"/>` +
            E(400, 610, def.shadow, 14, hsl(h, 50, 20), op(0.25)) +
            `<use href="#${id("obj")}"/>`,
        );
      break;
    }
    default: {
      defs.push(
        `<pattern id="${id("pat")}" width="80" height="80" patternUnits="userSpaceOnUse" patternTransform="rotate(20)"><rect width="80" height="80" fill="${hsl(h, 55, 88)}"/><circle cx="20" cy="20" r="9" fill="${hsl(h, 55, 78)}"/><path d="M50 60h20M60 50v20" stroke="${hsl(a, 60, 76)}" stroke-width="6" stroke-linecap="round"/></pattern>`,
      );
      scene =
        R(0, 0, 800, 800, 0, `url(#${id("pat")})`) +
        C(400, 410, 300, hsl(h, 60, 98)) +
        C(400, 410, 300, "none", ` stroke="${c.light}" stroke-width="14"`) +
        G("translate(72 82) scale(.82)", floorShadow(def.shadow) + object);
    }
  }

  // Shared gradients, emitted only when the drawing uses them.
  const shared: Record<string, string> = {
    shadow: `<radialGradient id="${id("shadow")}"><stop offset="0" stop-color="${hsl(h, 40, 15)}" stop-opacity=".35"/><stop offset="1" stop-color="${hsl(h, 40, 15)}" stop-opacity="0"/></radialGradient>`,
    gloss: `<radialGradient id="${id("gloss")}" cx=".35" cy=".3" r=".75"><stop offset="0" stop-color="#fff" stop-opacity=".45"/><stop offset=".5" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".22"/></radialGradient>`,
    glass: `<radialGradient id="${id("glass")}" cx=".35" cy=".3" r=".8"><stop offset="0" stop-color="${hsl(a, 70, 70)}"/><stop offset=".6" stop-color="${hsl((a + 40) % 360, 50, 30)}"/><stop offset="1" stop-color="${hsl(h, 30, 10)}"/></radialGradient>`,
    metal: `<linearGradient id="${id("metal")}"><stop offset="0" stop-color="${hsl(h, 8, 62)}"/><stop offset=".45" stop-color="${hsl(h, 12, 92)}"/><stop offset="1" stop-color="${hsl(h, 8, 58)}"/></linearGradient>`,
    screen: `<linearGradient id="${id("screen")}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(h, 70, 62)}"/><stop offset="1" stop-color="${hsl(a, 70, 55)}"/></linearGradient>`,
    glow: `<radialGradient id="${id("glow")}"><stop offset="0" stop-color="${hsl(50, 100, 75)}" stop-opacity=".7"/><stop offset="1" stop-color="${hsl(50, 100, 75)}" stop-opacity="0"/></radialGradient>`,
  };
  for (const [name, markup] of Object.entries(shared)) {
    if (scene.includes(`#${id(name)})`) || defs.some((d) => d.includes(`#${id(name)})`)))
      defs.unshift(markup);
  }

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" role="img">` +
    `<defs>${defs.join("")}</defs>${scene}</svg>`
  );
}

/** Colour codes used by product variants, with localized names and a swatch colour. */
export const COLOURS: Record<string, { de: string; en: string; hex: string }> = {
  black: { de: "Schwarz", en: "Black", hex: "#1c1c1e" },
  white: { de: "Weiß", en: "White", hex: "#f7f7f5" },
  navy: { de: "Marineblau", en: "Navy", hex: "#1f2a44" },
  grey: { de: "Grau", en: "Grey", hex: "#8a8d91" },
  olive: { de: "Oliv", en: "Olive", hex: "#6b6b3a" },
  red: { de: "Rot", en: "Red", hex: "#b8292f" },
  beige: { de: "Beige", en: "Beige", hex: "#d8c8a8" },
  blue: { de: "Blau", en: "Blue", hex: "#3b6fb6" },
  green: { de: "Grün", en: "Green", hex: "#3f7d4e" },
  pink: { de: "Rosa", en: "Pink", hex: "#e8a5b8" },
  brown: { de: "Braun", en: "Brown", hex: "#6f4a2f" },
  yellow: { de: "Gelb", en: "Yellow", hex: "#e9c23f" },
  burgundy: { de: "Bordeaux", en: "Burgundy", hex: "#6d1f33" },
  cream: { de: "Creme", en: "Cream", hex: "#f1e9d2" },
};

export function colourName(code: string, locale: "de" | "en"): string {
  return COLOURS[code]?.[locale] ?? code;
}

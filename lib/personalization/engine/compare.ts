/** Code-unit order: fast and the same on every machine (no locale), for deterministic ties. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

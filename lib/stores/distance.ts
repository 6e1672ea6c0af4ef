/** Mean Earth radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;

export type Coordinates = { latitude: number; longitude: number };

/** Great-circle distance in km (haversine); good to a few metres at the distances of a country. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Places sorted by their distance from `origin`, nearest first, each with it (km, 1 decimal). */
export function sortByDistance<T extends Coordinates>(
  places: readonly T[],
  origin: Coordinates,
): (T & { distanceKm: number })[] {
  return places
    .map((place) => ({ ...place, distanceKm: Math.round(distanceKm(origin, place) * 10) / 10 }))
    .sort((a, b) => a.distanceKm - b.distanceKm);
}

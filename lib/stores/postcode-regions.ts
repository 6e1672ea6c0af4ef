import type { Coordinates } from "./distance";

/**
 * The German postcode regions (Leitregionen: the first two digits) with the approximate centre
 * of each, rounded to a tenth of a degree. A postcode gives a rough origin only (regions span
 * 30 to 100 km), which the UI says. 05, 43 and 62 are not assigned; 11 holds only the large
 * receivers of Berlin (e.g. 11011, the Bundestag).
 */
export const POSTCODE_REGIONS: Readonly<Record<string, readonly [number, number]>> = {
  "01": [51.0, 13.8], // Dresden
  "02": [51.2, 14.6], // Bautzen, Görlitz
  "03": [51.7, 14.3], // Cottbus
  "04": [51.4, 12.5], // Leipzig
  "06": [51.6, 11.9], // Halle (Saale), Dessau
  "07": [50.8, 11.8], // Gera, Jena
  "08": [50.6, 12.4], // Zwickau, Plauen
  "09": [50.8, 13.0], // Chemnitz
  "10": [52.5, 13.4], // Berlin (centre)
  "11": [52.5, 13.4], // Berlin (large receivers)
  "12": [52.4, 13.5], // Berlin (south-east)
  "13": [52.6, 13.3], // Berlin (north)
  "14": [52.3, 12.9], // Potsdam, Brandenburg an der Havel
  "15": [52.3, 14.2], // Frankfurt (Oder)
  "16": [52.9, 13.5], // Oranienburg, Eberswalde
  "17": [53.6, 13.4], // Neubrandenburg, Greifswald
  "18": [54.1, 12.4], // Rostock, Stralsund
  "19": [53.5, 11.4], // Schwerin
  "20": [53.6, 10.0], // Hamburg (centre)
  "21": [53.4, 9.9], // Hamburg-Harburg, Lüneburg, Stade
  "22": [53.6, 10.0], // Hamburg (north and west)
  "23": [53.9, 10.7], // Lübeck
  "24": [54.3, 10.0], // Kiel, Flensburg
  "25": [54.0, 9.2], // Itzehoe, Husum
  "26": [53.3, 7.8], // Oldenburg, Wilhelmshaven, Emden
  "27": [53.3, 8.8], // Bremerhaven, Cuxhaven, Verden
  "28": [53.1, 8.8], // Bremen
  "29": [52.8, 10.3], // Celle, Uelzen
  "30": [52.4, 9.7], // Hannover
  "31": [52.2, 9.7], // Hildesheim, Hameln
  "32": [52.1, 8.8], // Herford, Minden, Detmold
  "33": [51.9, 8.5], // Bielefeld, Paderborn
  "34": [51.3, 9.4], // Kassel
  "35": [50.6, 8.6], // Gießen, Marburg, Wetzlar
  "36": [50.6, 9.7], // Fulda
  "37": [51.6, 10.0], // Göttingen
  "38": [52.2, 10.5], // Braunschweig, Wolfsburg
  "39": [52.2, 11.6], // Magdeburg
  "40": [51.2, 6.8], // Düsseldorf
  "41": [51.2, 6.5], // Mönchengladbach, Neuss
  "42": [51.2, 7.1], // Wuppertal, Solingen
  "44": [51.5, 7.4], // Dortmund, Bochum
  "45": [51.5, 7.0], // Essen, Gelsenkirchen
  "46": [51.6, 6.8], // Oberhausen, Bocholt
  "47": [51.4, 6.6], // Duisburg, Krefeld
  "48": [52.0, 7.6], // Münster
  "49": [52.4, 8.0], // Osnabrück
  "50": [50.9, 6.9], // Köln (left bank)
  "51": [51.0, 7.1], // Köln (right bank), Leverkusen
  "52": [50.8, 6.2], // Aachen, Düren
  "53": [50.7, 7.1], // Bonn
  "54": [49.9, 6.7], // Trier
  "55": [49.9, 7.8], // Mainz, Bad Kreuznach
  "56": [50.4, 7.6], // Koblenz
  "57": [50.9, 8.0], // Siegen
  "58": [51.3, 7.6], // Hagen, Lüdenscheid
  "59": [51.6, 8.0], // Hamm, Soest
  "60": [50.1, 8.7], // Frankfurt am Main
  "61": [50.3, 8.6], // Bad Homburg, Friedberg
  "63": [50.1, 9.1], // Offenbach, Hanau, Aschaffenburg
  "64": [49.8, 8.7], // Darmstadt
  "65": [50.1, 8.2], // Wiesbaden
  "66": [49.3, 7.0], // Saarbrücken
  "67": [49.4, 8.0], // Ludwigshafen, Kaiserslautern
  "68": [49.5, 8.5], // Mannheim
  "69": [49.4, 8.7], // Heidelberg
  "70": [48.8, 9.2], // Stuttgart
  "71": [48.8, 9.0], // Böblingen, Ludwigsburg
  "72": [48.4, 9.0], // Tübingen, Reutlingen
  "73": [48.7, 9.7], // Esslingen, Göppingen, Aalen
  "74": [49.2, 9.4], // Heilbronn
  "75": [48.9, 8.7], // Pforzheim
  "76": [49.0, 8.3], // Karlsruhe
  "77": [48.5, 8.0], // Offenburg
  "78": [48.0, 8.7], // Villingen-Schwenningen, Konstanz
  "79": [47.9, 7.8], // Freiburg im Breisgau
  "80": [48.1, 11.6], // München (centre)
  "81": [48.1, 11.6], // München (south and east)
  "82": [47.9, 11.3], // Starnberg, Fürstenfeldbruck
  "83": [47.9, 12.3], // Rosenheim
  "84": [48.5, 12.4], // Landshut
  "85": [48.5, 11.5], // Ingolstadt, Freising
  "86": [48.4, 10.8], // Augsburg
  "87": [47.8, 10.4], // Kempten
  "88": [47.8, 9.6], // Ravensburg, Friedrichshafen
  "89": [48.4, 10.0], // Ulm
  "90": [49.5, 11.1], // Nürnberg
  "91": [49.4, 10.8], // Erlangen, Ansbach
  "92": [49.5, 12.0], // Amberg, Weiden
  "93": [49.0, 12.1], // Regensburg
  "94": [48.7, 13.1], // Passau, Deggendorf
  "95": [50.0, 11.9], // Bayreuth, Hof
  "96": [50.0, 10.9], // Bamberg, Coburg
  "97": [49.8, 9.9], // Würzburg
  "98": [50.6, 10.7], // Suhl, Meiningen
  "99": [51.0, 11.0], // Erfurt
};

export const GERMAN_POSTCODE = /^\d{5}$/;

/** The approximate centre of a German postcode's region, or null for a region not assigned. */
export function postcodeCentre(postalCode: string): Coordinates | null {
  if (!GERMAN_POSTCODE.test(postalCode)) return null;
  const centre = POSTCODE_REGIONS[postalCode.slice(0, 2)];
  return centre ? { latitude: centre[0], longitude: centre[1] } : null;
}

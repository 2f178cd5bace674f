/**
 * The real distance a reviewer types to calibrate a sheet, read the way
 * they write it: a decimal comma or point ("12,5", "12.5"), Arabic-Indic
 * digits and separator ("١٢٫٥"), and an optional metre sign ("12,5 m",
 * "١٢٫٥ م"). Thousands separators, exponents and other writing are
 * refused rather than guessed: "1.234,5" could mean either 1.2345 or
 * 1234.5, and "1e9" gave a scale of 1/8,388,020,833.
 */

/** The longest distance one sheet can show: 100 km, a whole province. */
export const MAX_KNOWN_LENGTH_M = 100_000;
/** The shortest: a millimetre, the precision of a plotted line. */
export const MIN_KNOWN_LENGTH_M = 0.001;

/** A length in metres, or why the text is not one (a message key). */
export type KnownLength =
  | { readonly lengthM: number }
  | {
      readonly error:
        "measure.error.lengthFormat" | "measure.error.lengthRange";
    };

const ARABIC_INDIC_ZERO = 0x0660;

/** Reads the typed distance; an empty text is a format error. */
export function parseKnownLength(text: string): KnownLength {
  const western = [...text.trim()]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) {
        return String(code - ARABIC_INDIC_ZERO);
      }
      return char === "\u066B" ? "," : char;
    })
    .join("");
  const match = /^(\d+)(?:[.,](\d+))?\s*(?:m|م)?$/i.exec(western);
  if (match === null) return { error: "measure.error.lengthFormat" };
  const lengthM = Number(`${match[1]}.${match[2] ?? "0"}`);
  const inRange =
    lengthM >= MIN_KNOWN_LENGTH_M && lengthM <= MAX_KNOWN_LENGTH_M;
  return inRange ? { lengthM } : { error: "measure.error.lengthRange" };
}

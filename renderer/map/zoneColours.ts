/**
 * A fill colour per zone code, so that every zone of one code reads the
 * same across the plan (a multipolygon is several zones sharing a code).
 *
 * Moroccan zoning plans colour zones by family, and reviewers expect the
 * family's hue: green for open space, purple for industry, blue for
 * public facilities, warm tones for housing. Codes outside the known
 * families get a stable hue from the code itself.
 */

interface Family {
  readonly pattern: RegExp;
  readonly hue: number;
}

// Ordered: the first match wins, so "ZV" (green) is tested before "Z".
const FAMILIES: readonly Family[] = [
  { pattern: /^(ZV|V|EV|N|ZN|A)/i, hue: 120 },
  { pattern: /^(I|ZI|ZA)/i, hue: 280 },
  { pattern: /^(E|EQ|P)/i, hue: 210 },
  { pattern: /^(C|ZC|M)/i, hue: 0 },
  { pattern: /^(HA|HB|HC|HD|HE|H|R|D|S|IM|VI)/i, hue: 30 },
];

/** The hue (degrees) for a zone code. */
export function zoneHue(code: string): number {
  const family = FAMILIES.find((f) => f.pattern.test(code));
  if (family) return (family.hue + shadeOffset(code)) % 360;
  return hashHue(code);
}

/** The zone's fill, translucent so that a placed sheet stays legible. */
export function zoneFill(code: string, alpha = 0.35): string {
  return `hsla(${zoneHue(code)}, 65%, 55%, ${alpha})`;
}

/** The zone's outline, a darker shade of its fill. */
export function zoneStroke(code: string): string {
  return `hsl(${zoneHue(code)}, 60%, 32%)`;
}

// Within a family, codes differ by their suffix (HA, HB, HC...): a small
// hue step keeps them apart without leaving the family's colour.
function shadeOffset(code: string): number {
  const last = code.toUpperCase().charCodeAt(code.length - 1);
  return Number.isNaN(last) ? 0 : (last % 5) * 6;
}

function hashHue(code: string): number {
  let hash = 0;
  for (const char of code) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

import { UserError } from "../contract/errors";
import { stampImageSchema, type StampImage } from "../domain/stamps";
import type { XfdfAnnotation } from "./exchangeTypes";
import { isIntactPicture } from "./stampPictureCheck";

/*
 * The import side of xfdfStampAppearance.ts: our stamps' appearances
 * carry a `LajnaStamp` dictionary, with a picture's exact file the first
 * time a file uses it and its SHA-256 in every stamp that shows it. An
 * import gathers the files first, then gives each stamp its picture.
 * A carried file is trusted no more than an upload: it must be the PNG
 * or JPEG its fields describe, of its SHA-256, or the import is refused.
 */

/** The key of our private dictionary in a stamp's appearance form. */
export const LAJNA_STAMP_KEY = "LajnaStamp";

/** The key the first picture stamps (before LajnaStamp) were written with. */
const EARLIER_KEY = "LajnaStampPicture";

/**
 * Pictures of a file's stamps, by SHA-256, and what each stamp
 * appearance's dictionary says, read once per appearance: decoding an
 * appearance and checking its picture costs milliseconds, and a file
 * may hold thousands.
 */
export interface XfdfStampPictures {
  readonly bySha256: ReadonlyMap<string, StampImage>;
  readonly dictionaries: ReadonlyMap<string, LajnaStamp | null>;
}

/** What our dictionary says, read from one appearance. */
interface LajnaStamp {
  readonly sha256?: string;
  readonly picture?: StampImage;
}

/** The pictures whose files ride in some appearance of the file. */
export function stampPicturesOf(
  annotations: readonly XfdfAnnotation[],
): XfdfStampPictures {
  const bySha256 = new Map<string, StampImage>();
  const dictionaries = new Map<string, LajnaStamp | null>();
  for (const a of annotations) {
    if (a.element !== "stamp" || a.appearance === null) continue;
    if (dictionaries.has(a.appearance)) continue;
    const lajna = lajnaStampOf(a.appearance);
    dictionaries.set(a.appearance, lajna);
    if (lajna?.picture) bySha256.set(lajna.picture.sha256, lajna.picture);
  }
  return { bySha256, dictionaries };
}

/**
 * What an appearance of ours gives its stamp back: whether it is ours
 * (then the import rebuilds it on export rather than keeping it), and
 * the stamp's picture when the file holds it. A picture named but not
 * held leaves the appearance kept, so what other readers draw survives.
 */
export function stampOfAppearance(
  appearance: string | null,
  pictures: XfdfStampPictures,
): { readonly ours: boolean; readonly picture?: StampImage } {
  const lajna = dictionaryOf(appearance, pictures);
  if (lajna === null) return { ours: false };
  if (lajna.sha256 === undefined) return { ours: true };
  const picture = pictures.bySha256.get(lajna.sha256);
  return picture ? { ours: true, picture } : { ours: false };
}

/** An appearance's dictionary, as read by stampPicturesOf if it was. */
function dictionaryOf(
  appearance: string | null,
  pictures: XfdfStampPictures,
): LajnaStamp | null {
  if (appearance === null) return null;
  const read = pictures.dictionaries.get(appearance);
  return read === undefined ? lajnaStampOf(appearance) : read;
}

/** Our dictionary in a base64 appearance; null for other writers'. */
function lajnaStampOf(appearance: string): LajnaStamp | null {
  const xml = textOfBase64(appearance);
  if (xml === null) return null;
  const start = [LAJNA_STAMP_KEY, EARLIER_KEY]
    .map((key) => xml.indexOf(`<DICT KEY="${key}">`))
    .find((at) => at >= 0);
  if (start === undefined) return null;
  const dict = xml.slice(start, xml.indexOf("</DICT>", start));
  const value = (key: string) =>
    new RegExp(`KEY="${key}" VAL="([^"]*)"`).exec(dict)?.[1];

  const sha256 = value("SHA256");
  const data = value("Data");
  const picture =
    data === undefined || data === ""
      ? undefined
      : checkedPicture({
          sha256,
          mediaType: value("MediaType"),
          widthPx: Number(value("Width")),
          heightPx: Number(value("Height")),
          dataBase64: data,
        });
  return {
    ...(sha256 === undefined ? {} : { sha256 }),
    ...(picture ? { picture } : {}),
  };
}

/**
 * A carried picture, checked as the server checks an upload: a PNG or
 * JPEG within the stamp limits, whose header gives the size its fields
 * claim and whose bytes hash to its SHA-256. Anything else (a script in
 * an SVG, a size that would take gigabytes to decode, bytes swapped
 * under another picture's hash) throws `xfdf.error.stampPicture`.
 */
function checkedPicture(fields: Record<string, unknown>): StampImage {
  const parsed = stampImageSchema.safeParse(fields);
  if (!parsed.success || !isIntactPicture(parsed.data)) {
    throw new UserError("xfdf.error.stampPicture");
  }
  return parsed.data;
}

/** The text of base64, or null when it is not base64 at all. */
function textOfBase64(base64: string): string | null {
  try {
    const binary = atob(base64.replace(/\s+/g, ""));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}

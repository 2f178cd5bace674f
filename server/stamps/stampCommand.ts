import { basename, extname } from "node:path";
import { BlobStore } from "../documents/blobStore";
import type { CommandOptions } from "../cli/cliArgs";
import { badOption, withStore, type CommandIo } from "../cli/commandSupport";
import { addStamp, readStampFile } from "./addStamp";
import { StampImageRefusal } from "./stampImage";

/** How `stamp add` is called. */
export const STAMP_ADD_USAGE =
  "stamp add --data DIR --service KEY (--text TEXT | --image FILE.png|jpg " +
  "[--text TEXT])";

/**
 * `stamp add`: a stamp for a service from words, a PNG or JPEG picture,
 * or both. A picture's stamp without --text is named after its file.
 */
export async function stampAddCommand(
  o: CommandOptions,
  io: CommandIo,
): Promise<void> {
  const imagePath = o.optional("image");
  const text = o.optional("text")?.trim() ?? "";
  if (imagePath === null && text === "") {
    throw badOption("text", text, "Give --text, --image or both.");
  }
  if (text.length > 200) {
    throw badOption("text", text.slice(0, 40), "Use at most 200 characters.");
  }
  const image = imagePath === null ? null : readStampFile(imagePath);
  const label =
    text !== "" || imagePath === null
      ? text
      : basename(imagePath, extname(imagePath)).slice(0, 200);

  await withStore(io, (store) => {
    try {
      const stamp = addStamp(store, new BlobStore(io.dataDir), io.logger, {
        serviceKey: o.required("service"),
        text: label,
        image,
      });
      const picture =
        stamp.image === null ? "" : ` with a ${stamp.image.mediaType} picture`;
      io.print(
        `stamp '${stamp.text}' added to service ${o.required("service")}${picture} (${stamp.id})`,
      );
    } catch (error) {
      if (!(error instanceof StampImageRefusal)) throw error;
      throw badOption("image", imagePath, error.message);
    }
  });
}

import { z } from "zod";

/*
 * A service's own stamps (DOMAIN: the body a member represents), beside
 * the four every member has. An admin defines them on the server from a
 * text or a small PNG or JPEG; they reach the service's members with the
 * service record. A placed stamp keeps its picture in its style, as a PDF
 * stamp keeps its appearance, so every member sees it without fetching
 * anything else.
 */

/** The largest stamp picture accepted, in bytes. */
export const STAMP_IMAGE_MAX_BYTES = 256 * 1024;

/** The largest side of a stamp picture, in pixels. */
export const STAMP_IMAGE_MAX_SIDE_PX = 2000;

/** A stamp's picture: its bytes (base64) and their SHA-256. */
export const stampImageSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.enum(["image/png", "image/jpeg"]),
  widthPx: z.number().int().positive().max(STAMP_IMAGE_MAX_SIDE_PX),
  heightPx: z.number().int().positive().max(STAMP_IMAGE_MAX_SIDE_PX),
  dataBase64: z
    .string()
    .max(Math.ceil(STAMP_IMAGE_MAX_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type StampImage = z.infer<typeof stampImageSchema>;

/** One stamp of a service: its words, and its picture if it has one. */
export const serviceStampSchema = z.object({
  id: z.string().min(1).max(200),
  text: z.string().min(1).max(200),
  image: stampImageSchema.nullable(),
  createdAt: z.string(),
});
export type ServiceStamp = z.infer<typeof serviceStampSchema>;

/** The languages a standard stamp's face is written in: the UI's. */
export type StampLanguage = "ar" | "fr" | "en";

/**
 * The words of the four stamps every member has, in each language. The
 * viewer shows them (through the translation layer) and exports draw
 * them, so a stamp reads the same in Lajna and in other readers.
 */
export const standardStampWords = {
  approved: { ar: "موافق عليه", fr: "Approuvé", en: "Approved" },
  rejected: { ar: "مرفوض", fr: "Rejeté", en: "Rejected" },
  toRevise: { ar: "للمراجعة", fr: "À revoir", en: "To revise" },
  incomplete: { ar: "ملف ناقص", fr: "Incomplet", en: "Incomplete" },
} as const satisfies Record<string, Record<StampLanguage, string>>;

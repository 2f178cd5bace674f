import { z } from "zod";
import { syncStatusSchema } from "./requests";

/**
 * Events the workstation services push to the renderer. The renderer
 * never polls for these: it subscribes once and reacts.
 */
export const eventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("sync.status"), status: syncStatusSchema }),
  /** Local data of these dossiers changed (sync pulled or pushed). */
  z.object({
    type: z.literal("dossiers.changed"),
    dossierIds: z.array(z.string()),
  }),
]);

/** One event pushed from the services to the renderer. */
export type LajnaEvent = z.infer<typeof eventSchema>;

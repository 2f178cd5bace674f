import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, rgb } from "pdf-lib";
import type { DataCli } from "../../workstation/support/seed";
import { DOSSIER_NUMBER, LEVEL_PLAN } from "./stack";

/** The resubmitted ground floor's title, as the secretariat files it. */
export const REVISED_TITLE = "Plan du rez-de-chaussée, révision 1";

/**
 * A revision of the 24 x 36 in level plan, as an architect answering the
 * committee would send it: the schedule table at the top left is gone
 * (whited out) and an annex is drawn in the empty top right corner. Both
 * boxes are in PDF points, origin at the bottom left of the sheet.
 */
export const REVISION = {
  removedPt: { x: 30, y: 2292, width: 420, height: 180 },
  addedPt: { x: 1300, y: 2292, width: 300, height: 200 },
} as const;

/** Writes the revised level plan into `folder` and answers its path. */
export async function writeRevisedLevelPlan(folder: string): Promise<string> {
  const pdf = await PDFDocument.load(readFileSync(LEVEL_PLAN));
  const sheet = pdf.getPage(0);
  sheet.drawRectangle({ ...REVISION.removedPt, color: rgb(1, 1, 1) });
  sheet.drawRectangle({
    ...REVISION.addedPt,
    borderColor: rgb(0, 0, 0),
    borderWidth: 8,
  });

  const target = path.join(folder, "plan-rdc-revision-1.pdf");
  writeFileSync(target, await pdf.save());
  return target;
}

/**
 * Seeds a second review round of the shared dossier whose only document
 * revises the level plan (`dossier resubmit`, as the secretariat does),
 * so the Compare tab opens on that pair.
 */
export async function resubmitRevisedLevelPlan(
  cli: DataCli,
  root: string,
): Promise<void> {
  const revised = await writeRevisedLevelPlan(root);
  await cli(
    ...["dossier", "resubmit", "--number", DOSSIER_NUMBER],
    ...["--deadline", "2027-01-12"],
    "--document",
    `level_plan:${revised}:${REVISED_TITLE}:revises=${path.basename(LEVEL_PLAN)}`,
  );
}

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateDemoData } from "../server/demo/generate";
import { createRootLogger, subsystemLogger } from "../server/log";
import { zoningGeoJson } from "../server/demo/zoningGeoJson";

/**
 * Writes the demo data's PDFs (one folder per dossier) and the zoning plan
 * as GeoJSON into the folder given as argument, to look at them:
 *
 *   npx tsx scripts/generate-demo.ts /tmp/lajna-demo [YYYY-MM-DD]
 *
 * The optional date stands for "now"; nothing here is committed.
 */
const demoLog = subsystemLogger(createRootLogger(), "demo");

async function main(): Promise<void> {
  const [target, date] = process.argv.slice(2);
  if (!target) {
    demoLog.error("usage: generate-demo.ts <folder> [YYYY-MM-DD]");
    process.exitCode = 2;
    return;
  }
  const now = date ? new Date(`${date}T09:00:00Z`) : new Date();
  const data = await generateDemoData({ now });

  for (const dossier of data.dossiers) {
    const folder = path.join(target, dossier.number);
    await mkdir(folder, { recursive: true });
    for (const document of dossier.documents) {
      await writeFile(path.join(folder, document.fileName), document.pdf);
      demoLog.info(
        {
          dossier: dossier.number,
          file: document.fileName,
          bytes: document.pdf.length,
        },
        "sheet written",
      );
    }
  }

  await mkdir(target, { recursive: true });
  const geoJsonPath = path.join(target, "zoning-plan.geojson");
  await writeFile(geoJsonPath, JSON.stringify(zoningGeoJson(data), null, 1));
  demoLog.info(
    { zones: data.zoningPlan.zones.length, parcels: data.parcels.length },
    "zoning written",
  );
}

await main();

import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (relative: string) =>
  fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the raster engine's test page into .tmp/viewer-engine-test;
 * the test serves pdf.js's data from node_modules under /pdfjs/ and the
 * corpus under /corpus/.
 */
export default defineConfig({
  root: here("."),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: here("../../../.tmp/viewer-engine-test"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4000,
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (relative: string) =>
  fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the reference harness page (page/index.html) into
 * .tmp/viewer-reference/dist. pdf.js's data folders are served by the
 * test from node_modules under /pdfjs/, the paths the renderer asks for.
 */
export default defineConfig({
  root: here("./page"),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: here("../../.tmp/viewer-reference/dist"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4000,
  },
});

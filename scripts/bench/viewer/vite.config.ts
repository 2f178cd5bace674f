import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (relative: string) =>
  fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the two bench pages (Lajna's viewer, pdf.js's viewer) into
 * .tmp/bench-viewer/dist. pdf.js's data folders are served by the runner
 * from node_modules under /pdfjs/, the same paths the renderer uses.
 */
export default defineConfig({
  root: here("./pages"),
  base: "./",
  logLevel: "warn",
  build: {
    outDir: here("../../../.tmp/bench-viewer/dist"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        lajna: here("./pages/lajna.html"),
        pdfjs: here("./pages/pdfjs.html"),
      },
    },
  },
});

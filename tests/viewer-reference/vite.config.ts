import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (relative: string) =>
  fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the reference harness page (page/index.html); the test session
 * chooses the output folder (see support/harnessSession.ts). pdf.js's
 * data folders are served by the test from node_modules under /pdfjs/,
 * the paths the renderer asks for.
 */
export default defineConfig({
  root: here("./page"),
  base: "./",
  logLevel: "warn",
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 4000,
  },
});

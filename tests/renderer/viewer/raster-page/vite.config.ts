import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/**
 * Builds the raster workers' test page; the test chooses the output
 * folder, so that runs in parallel never share one.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 4000,
  },
});

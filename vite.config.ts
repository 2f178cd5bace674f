import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * Builds the renderer into dist/renderer. `base: "./"` keeps asset paths
 * relative, so the same build loads from Electron's file:// and from the
 * browser-mode host.
 */
export default defineConfig({
  root: "renderer",
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../dist/renderer",
    emptyOutDir: true,
    // pdf.js is large by nature; its size is expected, not a regression.
    chunkSizeWarningLimit: 2000,
  },
});

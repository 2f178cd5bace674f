import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = (relative: string) =>
  fileURLToPath(new URL(relative, import.meta.url));

/**
 * Builds the markup frames bench page (the real MarkupLayer on a bare
 * stage) into .tmp/bench-markup-frames/dist.
 */
export default defineConfig({
  root: here("./pages"),
  base: "./",
  logLevel: "warn",
  plugins: [react()],
  // React's profiling build, so the Profiler around the markups list
  // reports its renders; it times only the Profiler's subtree, so the
  // layer's frames cost what they cost in the app.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: "react-dom/profiling" },
    ],
  },
  build: {
    outDir: here("../../../.tmp/bench-markup-frames/dist"),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { frames: here("./pages/frames.html") } },
  },
});

import { createReadStream, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const pdfjsRoot = fileURLToPath(
  new URL("./node_modules/pdfjs-dist/", import.meta.url),
);

/** The pdf.js data folders a sheet may need (see renderer/viewer/pdfjs.ts). */
const PDFJS_DATA = ["cmaps", "standard_fonts", "wasm", "iccs"] as const;

/**
 * Ships pdf.js's data beside the renderer under pdfjs/: CMaps for Asian
 * fonts, the standard 14 fonts that plot drivers often do not embed, and
 * the WebAssembly decoders for JBIG2 and JPEG 2000 scans. The dev server
 * answers the same paths from node_modules.
 */
function pdfjsData(): Plugin {
  return {
    name: "lajna-pdfjs-data",
    generateBundle() {
      for (const folder of PDFJS_DATA) {
        const dir = path.join(pdfjsRoot, folder);
        for (const name of readdirSync(dir)) {
          this.emitFile({
            type: "asset",
            fileName: `pdfjs/${folder}/${name}`,
            source: readFileSync(path.join(dir, name)),
          });
        }
      }
    },
    configureServer(server) {
      server.middlewares.use("/pdfjs", (request, response, next) => {
        const [folder, name] = (request.url ?? "").split("/").filter(Boolean);
        const known = PDFJS_DATA.find((f) => f === folder);
        if (known === undefined || name === undefined || name.includes("..")) {
          next();
          return;
        }
        createReadStream(path.join(pdfjsRoot, known, name))
          .on("error", () => next())
          .pipe(response);
      });
    },
  };
}

/**
 * Builds the renderer into dist/renderer. `base: "./"` keeps asset paths
 * relative, so the same build loads from Electron's file:// and from the
 * browser-mode host.
 */
export default defineConfig({
  root: "renderer",
  base: "./",
  plugins: [react(), pdfjsData()],
  build: {
    outDir: "../dist/renderer",
    emptyOutDir: true,
    // pdf.js is large by nature; its size is expected, not a regression.
    chunkSizeWarningLimit: 2000,
  },
});

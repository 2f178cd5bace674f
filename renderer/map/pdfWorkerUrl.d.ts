/**
 * Vite turns a `?url` import into the asset's served URL. Declared here
 * for the one asset this area imports, so type-checking does not depend
 * on Vite's client types being loaded.
 */
declare module "pdfjs-dist/build/pdf.worker.min.mjs?url" {
  const url: string;
  export default url;
}

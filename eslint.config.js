// Lint rules that keep each runtime in its lane (STYLE.md): the renderer
// never reaches Node, shared code reaches neither Node, Electron nor the
// DOM, and nothing but electron/ imports Electron.
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "assert",
  "buffer",
  "child_process",
  "crypto",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "https",
  "net",
  "os",
  "path",
  "process",
  "stream",
  "tls",
  "url",
  "util",
  "worker_threads",
  "zlib",
];

const noNode = nodeBuiltins.flatMap((name) => [name, `node:${name}`]);

const electronDownloads =
  "Importing Electron outside its binary makes the package try to " +
  "download it; test the shell's logic through injected fakes.";

const serverOnly = ["better-sqlite3", "fastify", "pino", "playwright-core"];

function restrict(names, message) {
  return {
    "no-restricted-imports": [
      "error",
      { paths: names.map((name) => ({ name, message })) },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      "dist/**",
      ".data/**",
      ".tmp/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "no-console": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["renderer/**"],
    rules: restrict(
      [...noNode, "electron", ...serverOnly],
      "The renderer runs in a browser page: reach Node through the contract.",
    ),
  },
  {
    files: ["shared/**"],
    rules: {
      ...restrict(
        [...noNode, "electron", ...serverOnly, "react", "react-dom"],
        "shared/ runs everywhere: no Node, Electron, DOM or UI imports.",
      ),
      "no-restricted-globals": ["error", "window", "document", "localStorage"],
    },
  },
  {
    files: ["server/**"],
    rules: restrict(
      ["electron", "react", "react-dom"],
      "The server is headless and knows nothing of the desktop shell.",
    ),
  },
  {
    files: ["tests/**", "scripts/**"],
    ignores: ["scripts/build-electron.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "electron", message: electronDownloads }],
          patterns: [
            {
              group: [
                "**/electron/main",
                "**/electron/menu",
                "**/electron/preload",
                "**/electron/safeStorageSecretStore",
              ],
              message: electronDownloads,
            },
          ],
        },
      ],
    },
  },
  {
    files: ["electron/services/**", "electron/host/**"],
    rules: restrict(
      ["electron"],
      "Services run in the Node host too: receive Electron APIs by injection.",
    ),
  },
);

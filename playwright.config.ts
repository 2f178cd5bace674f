import { defineConfig } from "@playwright/test";

/**
 * End-to-end flows run in Debian's Chromium: the browser build Playwright
 * would download cannot be fetched on these machines.
 */
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 240_000,
  expect: { timeout: 20_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.LAJNA_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
      ],
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});

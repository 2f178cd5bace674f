import type { Page } from "playwright-core";
import { MEMBER, type ViewerStack } from "./viewerStack";

/**
 * A new page of the viewer stack's Chromium, 1400 x 900, signed in as
 * the dossier's member and showing the inbox.
 */
export async function signedInPage(stack: ViewerStack): Promise<Page> {
  const page = await stack.browser.newPage({
    viewport: { width: 1400, height: 900 },
  });
  await page.goto(stack.pageUrl);
  await page.getByTestId("signin-username").fill(MEMBER.username);
  await page.getByTestId("signin-password").fill(MEMBER.password);
  await page.getByTestId("signin-submit").click();
  return page;
}

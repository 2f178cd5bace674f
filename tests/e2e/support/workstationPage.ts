import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Page object of the workstation UI: the steps a committee member takes,
 * named as they would name them, so the flow reads like the path.
 */
export class WorkstationPage {
  constructor(readonly page: Page) {}

  async open(pageUrl: string): Promise<void> {
    await this.page.goto(pageUrl);
  }

  async signIn(account: { username: string; password: string }): Promise<void> {
    await this.page.getByTestId("signin-username").fill(account.username);
    await this.page.getByTestId("signin-password").fill(account.password);
    await this.page.getByTestId("signin-submit").click();
    await expect(this.page.getByTestId("sync-indicator")).toBeVisible();
  }

  async signOut(): Promise<void> {
    await this.page.getByTestId("sign-out").click();
    await expect(this.page.getByTestId("signin-username")).toBeVisible();
  }

  inboxRow(number: string): Locator {
    return this.page.getByTestId("inbox-row").filter({ hasText: number });
  }

  async openDossier(number: string): Promise<void> {
    await expect(this.inboxRow(number)).toBeVisible({ timeout: 60_000 });
    await this.inboxRow(number).click();
    await expect(this.page.getByTestId("tab-sheets")).toBeVisible();
  }

  async tab(name: "sheets" | "map" | "opinion" | "decision"): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click();
  }

  async openDocument(title: string): Promise<void> {
    await this.page
      .getByTestId("document-item")
      .filter({ hasText: title })
      .click();
    await expect(this.page.getByTestId("sheet-canvas")).toBeVisible();
  }

  /**
   * Counts distinct non-white pixels on the sheet's canvas, so a blank or
   * failed render is caught. Runs inside the page.
   */
  async inkedPixelShare(): Promise<number> {
    return this.page.getByTestId("sheet-canvas").evaluate((node) => {
      const canvas = node as HTMLCanvasElement;
      const context = canvas.getContext("2d");
      if (!context || canvas.width === 0) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        const dark =
          (data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255);
        if (dark < 600) inked++;
      }
      return inked / (data.length / 4);
    });
  }

  /** Drags out a shape with a drawing tool, in fractions of the stage. */
  async draw(
    tool: "cloud" | "arrow" | "rectangle" | "text",
    from: readonly [number, number],
    to: readonly [number, number],
    comment: string,
  ): Promise<void> {
    await this.page.getByTestId(`tool-${tool}`).click();
    const stage = this.page.getByTestId("sheet-stage");
    const box = await stage.boundingBox();
    if (!box) throw new Error("the sheet stage is not on screen");
    const at = (f: readonly [number, number]) =>
      [box.x + box.width * f[0], box.y + box.height * f[1]] as const;

    await this.page.mouse.move(...at(from));
    await this.page.mouse.down();
    await this.page.mouse.move(...at(to), { steps: 5 });
    await this.page.mouse.up();

    await this.page.getByTestId("markup-comment-input").fill(comment);
    await this.page.getByTestId("markup-save").click();
    await expect(
      this.page.getByTestId("markup-item").filter({ hasText: comment }),
    ).toBeVisible();
  }

  /** Waits until the sync indicator says nothing is left to push. */
  async waitForSynced(): Promise<void> {
    await this.page.getByTestId("sync-now").click();
    await expect(this.page.getByTestId("sync-indicator")).toHaveAttribute(
      "data-pending",
      "0",
      { timeout: 60_000 },
    );
  }
}

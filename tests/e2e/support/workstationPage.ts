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

  /** Opens the document of exactly that title (a revision extends it). */
  async openDocument(title: string): Promise<void> {
    await this.page
      .getByTestId("document-item")
      .filter({ has: this.page.getByText(title, { exact: true }) })
      .getByRole("button")
      .click();
    await expect(this.page.getByTestId("sheet-canvas")).toBeVisible();
  }

  /**
   * The share of inked pixels on the sheet's canvas (or another canvas,
   * a thumbnail), so a blank or failed render is caught.
   */
  async inkedPixelShare(
    canvas: Locator = this.page.getByTestId("sheet-canvas"),
  ): Promise<number> {
    const mask = await this.inkMask(canvas);
    if (mask.length === 0) return 0;
    return mask.split("").filter((d) => d === "1").length / mask.length;
  }

  /**
   * A canvas's pixels as "1" where inked and "0" elsewhere, on a grid of
   * one in `step` pixels each way, so two looks at the same view compare.
   * A pixel is inked when, laid over white paper, it is not near white:
   * a transparent pixel (nothing drawn there) never is, a thin line's
   * faint anti-aliased one may be. Runs inside the page.
   */
  inkMask(
    canvas: Locator = this.page.getByTestId("sheet-canvas"),
    step = 2,
  ): Promise<string> {
    return canvas.evaluate((node, every) => {
      const element = node as HTMLCanvasElement;
      const context = element.getContext("2d");
      if (context === null || element.width === 0) return "";
      const { width, height } = element;
      const { data } = context.getImageData(0, 0, width, height);
      const mask: string[] = [];
      for (let y = 0; y < height; y += every) {
        for (let x = 0; x < width; x += every) {
          const i = (y * width + x) * 4;
          const alpha = (data[i + 3] ?? 0) / 255;
          const dark =
            765 - (data[i] ?? 0) - (data[i + 1] ?? 0) - (data[i + 2] ?? 0);
          mask.push(alpha * dark > 165 ? "1" : "0");
        }
      }
      return mask.join("");
    }, step);
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

import { expect, type Locator } from "@playwright/test";
import { label } from "./labels";
import { WorkstationPage } from "./workstationPage";

/** A box on screen, in CSS pixels of the page. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A point of a box given in fractions of its width and height. */
export function pointIn(box: Box, fx: number, fy: number): [number, number] {
  return [box.x + box.width * fx, box.y + box.height * fy];
}

/**
 * The sheet viewer as a committee architect works it: document tabs,
 * the toolbar's zoom and turn controls, the sheet strip, the layers menu
 * and what the sheet's canvas shows. Controls are found by the words the
 * reviewer reads (French, the default language).
 */
export class ViewerPage extends WorkstationPage {
  /** The toolbar button named by a message key (its title and label). */
  button(key: string, params: Record<string, string | number> = {}): Locator {
    return this.page.getByRole("button", { name: label(key, params) });
  }

  /** The tab of an open document, in the viewer's tab list. */
  documentTab(title: string): Locator {
    return this.page
      .getByRole("tablist", { name: label("viewer.tabs") })
      .getByRole("tab", { name: title, exact: true });
  }

  async box(target: Locator): Promise<Box> {
    const found = await target.first().boundingBox();
    if (found === null) throw new Error("the element is not on screen");
    return found;
  }

  stage(): Promise<Box> {
    return this.box(this.page.getByTestId("sheet-stage"));
  }

  /**
   * Where the sheet's paper lies once the view stops moving: the same
   * box on two looks 150 ms apart.
   */
  async settledFrame(): Promise<Box> {
    const frame = this.page.getByTestId("sheet-frame");
    let last = await this.box(frame);
    for (;;) {
      await this.page.waitForTimeout(150);
      const now = await this.box(frame);
      if (JSON.stringify(now) === JSON.stringify(last)) return now;
      last = now;
    }
  }

  zoomLevel(): Promise<string | null> {
    return this.page.locator(".zoom-level").textContent();
  }

  /** Waits until the sheet is drawn: ink on the canvas, nothing pending. */
  async waitForDrawnSheet(): Promise<void> {
    await expect(this.page.getByTestId("sheet-rendering")).toHaveCount(0);
    await expect.poll(() => this.inkedPixelShare()).toBeGreaterThan(0.001);
  }

  /** Drags with the left button between two page points. */
  async drag(from: [number, number], to: [number, number]): Promise<void> {
    await this.page.mouse.move(...from);
    await this.page.mouse.down();
    await this.page.mouse.move(...to, { steps: 6 });
    await this.page.mouse.up();
  }
}

/** The share of grid points whose ink differs between two masks. */
export function changedShare(a: string, b: string): number {
  if (a.length !== b.length || a.length === 0) return 1;
  let changed = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed++;
  return changed / a.length;
}

/**
 * What each bench page exposes on `window.lajnaBench`, so the runner
 * drives Lajna's viewer and pdf.js's viewer through the same steps.
 * Every timing is in milliseconds, measured inside the page from the
 * start of the step to the moment its sharp pixels are on screen.
 */
export interface BenchViewer {
  /** Fetches and opens a fresh document, fitted to the viewer's width. */
  open(url: string): Promise<number>;
  /**
   * Zooms to `percent` (100 % = 96 CSS px per inch of paper) with the
   * page's point at (`fx`, `fy`), fractions of the turned page, in the
   * viewer's centre.
   */
  zoomTo(percent: number, fx: number, fy: number): Promise<number>;
  /** Goes back to the fitted width (not timed by the runner). */
  fit(): Promise<number>;
  /** Moves the drawing by (`dx`, `dy`) CSS pixels. */
  panBy(dx: number, dy: number): Promise<number>;
  /**
   * Closes the sheet and opens the same file again as a new document;
   * the time until the first pixels of it show (sharp or not).
   */
  reopen(url: string): Promise<number>;
  /**
   * Switches the sheet's first layer (hides it, or shows it when hidden)
   * and waits for the sharp pixels; null when the sheet has no layers.
   */
  toggleLayer(): Promise<number | null>;
  /**
   * The share of the canvas the last render redrew, in percent; null
   * where the viewer does not tell.
   */
  redrawnPercent(): number | null;
  /** The longest main-thread task seen since the last call, in ms. */
  takeLongestTaskMs(): number;
}

declare global {
  interface Window {
    lajnaBench?: BenchViewer;
  }
}

/** Resolves after the browser has painted the current frame. */
export function painted(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(resolve, 0)),
  );
}

/**
 * Records main-thread tasks over 50 ms (the Long Tasks API) and hands
 * back the longest since it was last asked.
 */
export function longTaskWatch(): () => number {
  let longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longest = Math.max(longest, entry.duration);
    }
  }).observe({ type: "longtask", buffered: true });
  return () => {
    const value = longest;
    longest = 0;
    return value;
  };
}

/** The viewer's size in CSS pixels: 2000 px wide, as the issue measures. */
export const VIEWER = { width: 2000, height: 1400 } as const;

/** CSS pixels per PDF point at 100 %: 96 px and 72 pt per inch. */
export const CSS_PER_POINT = 96 / 72;

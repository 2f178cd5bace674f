import { useEffect, useRef, useState } from "react";
import type { MouseEvent } from "react";
import { pdfPoint } from "../../shared/geo/coordinates";
import type { PdfPoint } from "../../shared/geo/coordinates";
import type { SheetImage } from "./sheetImage";

/**
 * The rendered sheet, where the user clicks the control points. Clicks
 * are turned into PDF points through the pdf.js viewport the sheet was
 * rendered with, so the picked points do not depend on the display zoom.
 */
export function SheetPicker(props: {
  sheet: SheetImage;
  points: readonly PdfPoint[];
  active: boolean;
  zoom: number;
  onPick: (point: PdfPoint) => void;
}) {
  const { sheet, points, active, zoom, onPick } = props;
  const holder = useRef<HTMLDivElement>(null);
  const [displayScale, setDisplayScale] = useState(1);

  // The sheet's canvas is shown as is (no copy): it is also what the map
  // layer draws from.
  useEffect(() => {
    const element = holder.current;
    if (!element) return undefined;
    sheet.canvas.className = "sheet-picker-canvas";
    sheet.canvas.style.width = `${zoom * 100}%`;
    element.prepend(sheet.canvas);

    const observer = new ResizeObserver(() =>
      setDisplayScale(sheet.canvas.clientWidth / sheet.canvas.width),
    );
    observer.observe(sheet.canvas);
    return () => {
      observer.disconnect();
      sheet.canvas.remove();
    };
  }, [sheet, zoom]);

  const pick = (event: MouseEvent<HTMLDivElement>) => {
    if (!active || event.target !== sheet.canvas) return;
    const rect = sheet.canvas.getBoundingClientRect();
    const scale = sheet.canvas.width / rect.width;
    const [x = 0, y = 0] = sheet.viewport.convertToPdfPoint(
      (event.clientX - rect.left) * scale,
      (event.clientY - rect.top) * scale,
    ) as number[];
    onPick(pdfPoint(x, y));
  };

  return (
    <div
      className={`sheet-picker${active ? " is-active" : ""}`}
      data-testid="sheet-picker"
      onClick={pick}
    >
      <div className="sheet-picker-stage" ref={holder}>
        {points.map((p, i) => {
          const [x = 0, y = 0] = sheet.viewport.convertToViewportPoint(
            p.x,
            p.y,
          ) as number[];
          return (
            <span
              key={i}
              className="sheet-picker-marker"
              style={{ left: x * displayScale, top: y * displayScale }}
            >
              {i + 1}
            </span>
          );
        })}
      </div>
    </div>
  );
}

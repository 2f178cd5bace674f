import { useEffect, useRef, useState, type RefObject } from "react";
import { useT } from "../i18n/useT";
import type { PDFDocumentProxy } from "./pdfjs";
import { readSheetTitles } from "./sheetTitles";
import { ThumbnailRenderer } from "./thumbnailRenderer";

/**
 * The open document's sheets down the viewer's side: a small render of
 * each, drawn only once it scrolls into view, and its title (page label,
 * else bookmark, else "Sheet N"). A click shows that sheet.
 */
export function SheetStrip(props: {
  pdf: PDFDocumentProxy;
  /** The viewer's raster key for the document (useSheetRenderer's). */
  rasterKey: string;
  sheetIndex: number;
  onSheetIndex: (index: number) => void;
  /** True while the sheet is being drawn: thumbnails wait. */
  paused: boolean;
}) {
  const t = useT();
  const { pdf, rasterKey } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const [titles, setTitles] = useState<(string | null)[] | null>(null);
  const [thumbnails, setThumbnails] = useState<ThumbnailRenderer | null>(null);
  useEffect(() => {
    const created = new ThumbnailRenderer(pdf, rasterKey);
    setThumbnails(created);
    return () => created.close();
  }, [pdf, rasterKey]);
  useEffect(() => thumbnails?.pause(props.paused), [thumbnails, props.paused]);

  useEffect(() => {
    let live = true;
    setTitles(null);
    readSheetTitles(pdf).then(
      (read) => live && setTitles(read),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [pdf]);

  // The current sheet stays in sight in a long set.
  useEffect(() => {
    const item = listRef.current?.children[props.sheetIndex];
    item?.scrollIntoView?.({ block: "nearest" });
  }, [props.sheetIndex]);

  const indexes = Array.from({ length: pdf.numPages }, (_, i) => i);
  return (
    <section className="sheet-strip-section">
      <h2>{t("viewer.sheets")}</h2>
      <ol className="sheet-strip" data-testid="sheet-strip" ref={listRef}>
        {indexes.map((index) => (
          <SheetThumbnail
            key={index}
            index={index}
            title={titles === null ? undefined : (titles[index] ?? null)}
            current={index === props.sheetIndex}
            thumbnails={thumbnails}
            root={listRef}
            onPick={() => props.onSheetIndex(index)}
          />
        ))}
      </ol>
    </section>
  );
}

function SheetThumbnail(props: {
  index: number;
  /** From labels or bookmarks; null for none, undefined while unknown. */
  title: string | null | undefined;
  current: boolean;
  thumbnails: ThumbnailRenderer | null;
  root: RefObject<HTMLOListElement | null>;
  onPick: () => void;
}) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { index, thumbnails, root } = props;
  const [drawn, setDrawn] = useState(false);
  const [blockTitle, setBlockTitle] = useState<string | null>(null);

  // Drawn the first time it comes into view, never before.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null || thumbnails === null) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        thumbnails.draw(index, canvas).then(
          () => setDrawn(true),
          () => undefined,
        );
      },
      { root: root.current },
    );
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [thumbnails, index, root]);

  // A sheet the document names nowhere may say its name in its title
  // block; read once it is in view and drawn.
  const unnamed = props.title === null;
  useEffect(() => {
    if (!drawn || !unnamed || thumbnails === null) return undefined;
    let live = true;
    void thumbnails.titleOf(index).then((read) => live && setBlockTitle(read));
    return () => {
      live = false;
    };
  }, [drawn, unnamed, thumbnails, index]);

  const title =
    props.title ?? blockTitle ?? t("viewer.sheetNumber", { number: index + 1 });
  return (
    <li className={props.current ? "current" : undefined}>
      <button
        type="button"
        data-testid="sheet-thumbnail"
        data-drawn={drawn}
        aria-current={props.current}
        title={title}
        onClick={props.onPick}
      >
        <canvas ref={canvasRef} className="sheet-thumbnail-image" />
        <bdi className="sheet-title" data-testid="sheet-title">
          {title}
        </bdi>
      </button>
    </li>
  );
}

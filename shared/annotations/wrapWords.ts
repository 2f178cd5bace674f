/**
 * Greedy word wrap of each paragraph of `text` to `width`, in whatever
 * unit `measure` gives (canvas pixels for the sheet viewer, points of
 * Helvetica for exports), so both break a callout's words alike. A word
 * wider than `width` keeps a line of its own.
 */
export function wrapWords(
  text: string,
  width: number,
  measure: (line: string) => number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const next = line === "" ? word : `${line} ${word}`;
      if (line !== "" && measure(next) > width) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    lines.push(line);
  }
  return lines;
}

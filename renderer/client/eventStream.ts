import { eventSchema, type LajnaEvent } from "../../shared/contract/events";

/**
 * Splits a stream of newline-delimited JSON into validated events. Lines
 * may arrive cut anywhere, so the tail of each chunk waits for the next.
 * Blank lines (keep-alives) and lines that fail validation are skipped;
 * `onInvalid` hears about the latter so they can be logged.
 */
export class EventLineParser {
  private pending = "";

  constructor(
    private readonly onEvent: (event: LajnaEvent) => void,
    private readonly onInvalid: (line: string) => void = () => undefined,
  ) {}

  /** Feeds a decoded chunk of text. */
  push(chunk: string): void {
    this.pending += chunk;
    const lines = this.pending.split("\n");
    this.pending = lines.pop() ?? "";
    for (const line of lines) this.handleLine(line);
  }

  private handleLine(line: string): void {
    const trimmed = line.trim();
    if (trimmed === "") return;

    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      this.onInvalid(trimmed);
      return;
    }

    const event = eventSchema.safeParse(parsed);
    if (event.success) this.onEvent(event.data);
    else this.onInvalid(trimmed);
  }
}

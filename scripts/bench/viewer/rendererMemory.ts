import { readdirSync, readFileSync } from "node:fs";

/**
 * Resident memory of the largest of a Chromium's renderer processes,
 * read from /proc: the children of the browser process started with
 * --type=renderer. The bench page's sheet, canvases and workers live in
 * one renderer when the GPU is disabled, and it is by far the largest;
 * the others (a spare renderer, blank pages) cost the same to both
 * viewers, so adding them in only hid the difference (about 230 MB on
 * an idle page).
 */
export function rendererRssBytes(browserPid: number): number {
  let largest = 0;
  for (const pid of descendants(browserPid)) {
    const cmdline = read(`/proc/${pid}/cmdline`);
    if (!cmdline.includes("--type=renderer")) continue;
    const match = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`));
    largest = Math.max(largest, Number(match?.[1] ?? 0) * 1024);
  }
  return largest;
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The parent pid follows the command name, which sits in parentheses.
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** A /proc file's text, or "" when the process has already gone. */
function read(file: string): string {
  try {
    return readFileSync(file, "latin1");
  } catch {
    return "";
  }
}

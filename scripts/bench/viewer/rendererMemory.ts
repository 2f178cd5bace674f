import { readdirSync, readFileSync } from "node:fs";

/**
 * Resident memory of a Chromium's renderer processes, read from /proc:
 * the children of the browser process started with --type=renderer.
 * Tiles, canvases, pdf.js's worker and the page's heap all live there
 * when the GPU is disabled, so this is the memory a viewer costs.
 */
export function rendererRssBytes(browserPid: number): number {
  let total = 0;
  for (const pid of descendants(browserPid)) {
    const cmdline = read(`/proc/${pid}/cmdline`);
    if (!cmdline.includes("--type=renderer")) continue;
    const match = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`));
    total += Number(match?.[1] ?? 0) * 1024;
  }
  return total;
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

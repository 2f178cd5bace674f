import { useEffect, useMemo, useState } from "react";
import { describeCause, rendererLogger } from "../log/rendererLog";
import { takeChannels, type ChannelPair } from "./compareRender";

const log = rendererLogger("compare");

/**
 * What the Compare panel makes on raster channels of its own and keeps
 * while it is shown (the whole-sheet comparison, the sheets' pictures):
 * made again whenever `make` changes, null meanwhile (and while `make`
 * is null). Its bitmaps are handed to `release` once it is replaced or
 * the panel leaves; `release` and `what` (named in the log when making
 * fails) must not change between renders.
 */
export function useChannelResult<T>(
  make: ((channels: ChannelPair) => Promise<T | null>) | null,
  release: (made: T) => void,
  what: string,
): T | null {
  const [result, setResult] = useState<T | null>(null);
  const channels = useMemo(takeChannels, []);

  useEffect(() => {
    setResult(null);
    if (make === null) return undefined;
    let live = true;
    let made: T | null = null;
    make(channels).then(
      (value) => {
        if (value === null) return;
        made = value;
        if (live) setResult(value);
        else release(value);
      },
      (cause: unknown) => log.warn(`${what} failed`, describeCause(cause)),
    );
    return () => {
      live = false;
      if (made !== null) release(made);
    };
  }, [make, channels, release, what]);

  return result;
}

import { useEffect, useState } from "react";
import { DiffEngine } from "./DiffEngine";

/** The panel's diff worker, started on mount and stopped on unmount. */
export function useDiffEngine(): DiffEngine | null {
  const [engine, setEngine] = useState<DiffEngine | null>(null);
  useEffect(() => {
    const started = new DiffEngine();
    setEngine(started);
    return () => started.dispose();
  }, []);
  return engine;
}

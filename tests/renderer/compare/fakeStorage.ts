import { afterEach, beforeEach } from "vitest";

/**
 * Gives each test of the file an empty page storage of its own, in place
 * of the browser's, and takes it away after. What it returns reads the
 * current test's entries, so a test can look into them or damage them.
 */
export function fakeLocalStorage(): () => Map<string, string> {
  let entries = new Map<string, string>();
  beforeEach(() => {
    entries = new Map();
    const storage = {
      getItem: (key: string) => entries.get(key) ?? null,
      setItem: (key: string, value: string) => void entries.set(key, value),
      removeItem: (key: string) => void entries.delete(key),
    };
    Object.defineProperty(globalThis, "localStorage", {
      value: storage,
      configurable: true,
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "localStorage");
  });
  return () => entries;
}

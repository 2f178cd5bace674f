import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SecretStore } from "./secretStore";

/**
 * The fake edge of the OS keychain, for browser mode and tests: secrets
 * are plain files (mode 0600) under `<dataDir>/secrets`. It protects them
 * from other users of the machine, not from the user's own processes as a
 * keychain would; the Electron shell uses SafeStorageSecretStore instead.
 */
export class BrowserModeFileSecretStore implements SecretStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, "secrets");
  }

  async load(name: string): Promise<string | null> {
    try {
      return await readFile(this.fileOf(name), "utf8");
    } catch {
      return null;
    }
  }

  async save(name: string, secret: string): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFile(this.fileOf(name), secret, { mode: 0o600 });
  }

  async remove(name: string): Promise<void> {
    await rm(this.fileOf(name), { force: true });
  }

  private fileOf(name: string): string {
    if (!/^[a-z0-9.-]+$/i.test(name)) throw new Error("bad secret name");
    return path.join(this.dir, name);
  }
}

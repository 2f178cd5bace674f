import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { safeStorage } from "electron";
import type { SecretStore } from "./services/secrets/secretStore";

/**
 * Secrets encrypted by the OS keychain through Electron's `safeStorage`
 * (Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux), the
 * ciphertext kept under `<userData>/secrets`. When no keychain is
 * available the token is not kept: the member signs in at each launch
 * rather than having a readable token on disk.
 */
export class SafeStorageSecretStore implements SecretStore {
  private readonly dir: string;

  constructor(userDataDir: string) {
    this.dir = path.join(userDataDir, "secrets");
  }

  async load(name: string): Promise<string | null> {
    if (!keychainAvailable()) return null;
    try {
      const encrypted = await readFile(this.fileOf(name));
      return safeStorage.decryptString(encrypted);
    } catch {
      return null;
    }
  }

  async save(name: string, secret: string): Promise<void> {
    if (!keychainAvailable()) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFile(this.fileOf(name), safeStorage.encryptString(secret), {
      mode: 0o600,
    });
  }

  async remove(name: string): Promise<void> {
    await rm(this.fileOf(name), { force: true });
  }

  private fileOf(name: string): string {
    if (!/^[a-z0-9.-]+$/i.test(name)) throw new Error("bad secret name");
    return path.join(this.dir, `${name}.bin`);
  }
}

/**
 * Whether a real keychain encrypts. On Linux without a secret service,
 * Electron falls back to "basic_text", a fixed key that only obfuscates:
 * that counts as no keychain.
 */
function keychainAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (process.platform !== "linux") return true;
  return safeStorage.getSelectedStorageBackend() !== "basic_text";
}

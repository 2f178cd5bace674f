/**
 * Where the workstation keeps secrets (the server token) between launches.
 * In Electron this is the OS keychain through `safeStorage`; in browser
 * mode a file stands in for it (see BrowserModeFileSecretStore).
 */
export interface SecretStore {
  /** The secret stored under `name`, or null. */
  load(name: string): Promise<string | null>;
  save(name: string, secret: string): Promise<void>;
  remove(name: string): Promise<void>;
}

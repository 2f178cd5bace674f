import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { startServer } from "../../server/app";
import { openSqliteStore } from "../../server/db/sqliteStore";
import { createRootLogger } from "../../server/log";
import {
  PASSWORD,
  quietLogger,
  seedTwoCommissions,
  tempDataDir,
} from "./serverTestKit";

describe("server log", () => {
  it("records sign-ins and requests without passwords or tokens", async () => {
    const data = tempDataDir();
    const store = openSqliteStore(data.dir, quietLogger());
    await seedTwoCommissions(store, data.dir);
    store.close();

    let text = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    const logger = createRootLogger({ level: "trace", destination: sink });
    const server = await startServer({ dataDir: data.dir, port: 0, logger });
    try {
      const response = await fetch(`${server.url}/api/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "member-a", password: PASSWORD }),
      });
      const { token } = (await response.json()) as { token: string };
      await fetch(`${server.url}/api/sync/changes`, {
        headers: { authorization: `Bearer ${token}` },
      });

      expect(text).toContain('"subsystem":"auth"');
      expect(text).toContain("signed in");
      expect(text).toContain("/api/sync/changes");
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(token);
      expect(text).not.toContain("Applicant Alpha");
    } finally {
      await server.close();
      data.cleanup();
    }
  });
});

import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  DossierDetail,
  DossierSummary,
  SyncStatus,
} from "../../shared/contract/requests";
import type { Markup } from "../../shared/domain/entities";
import { translate, type Language } from "../../renderer/i18n/catalog";
import { registerAllMessages } from "../../renderer/i18n/registerAll";
import {
  demoStackReadyFor,
  startDemoStack,
  type DemoStack,
} from "../support/demoStack";
import {
  HostClient,
  serverCli,
  waitFor,
} from "../workstation/support/processes";

/*
 * A resubmission in Chromium against the real stack: a member's open
 * remark (made on another of their workstations) is carried to the
 * revised sheet when the admin resubmits the dossier; the markups list
 * shows it in the current round with the round it came from; "still
 * open" in the details panel adds a reply, and marking it resolved in the
 * list survives a reload of the page.
 */

const ready = demoStackReadyFor("roundsFlow.test");
registerAllMessages();

const MEMBER = { username: "k.benali", password: "demo-k.benali" };
const COMMENT = "Recul sur voie à revoir au tour suivant";

let stack: DemoStack | null = null;
let laptop: HostClient | null = null;
let page: Page;
let number = "";

/** Saves an open remark on a second workstation and pushes it. */
async function remarkFromAnotherWorkstation(): Promise<{
  dossierId: string;
  documentId: string;
}> {
  laptop = await HostClient.start(
    path.join(stack!.root, "laptop"),
    stack!.server.url,
  );
  await laptop.call("session.signIn", MEMBER);
  const inbox = await waitFor(async () => {
    await laptop!.answer("sync.now", {});
    const list = await laptop!.call<DossierSummary[]>("dossiers.list", {});
    return list.length > 0 ? list : undefined;
  });
  const dossier = inbox[0]!;
  number = dossier.number;
  const detail = await laptop.call<DossierDetail>("dossiers.get", {
    dossierId: dossier.id,
  });
  const document = detail.documents.find((d) => d.error === null)!;
  await laptop.call<Markup>("markups.save", {
    id: randomUUID(),
    dossierId: dossier.id,
    documentId: document.id,
    sheetIndex: 0,
    kind: "cloud",
    points: [
      { x: 120, y: 140 },
      { x: 260, y: 220 },
    ],
    comment: COMMENT,
    color: "#d03030",
  });
  await waitFor(async () => {
    const status = await laptop!.call<SyncStatus>("sync.now", {});
    return status.pendingChanges === 0 ? true : undefined;
  });
  return { dossierId: dossier.id, documentId: document.id };
}

async function resubmit(documentId: string): Promise<string> {
  const pdf = await PDFDocument.create();
  pdf.addPage([842, 595]).drawText("Plan de masse, version B", {
    x: 60,
    y: 520,
  });
  const file = path.join(stack!.root, "plan-b.pdf");
  writeFileSync(file, await pdf.save());
  return serverCli([
    ...["dossier", "resubmit", "--data", path.join(stack!.root, "server")],
    ...["--number", number, "--deadline", "2027-03-01"],
    ...["--document", `site_plan:${file}:Plan B:revises=${documentId}`],
  ]);
}

async function openMarkupsList(): Promise<void> {
  await page.getByTestId("inbox-row").filter({ hasText: number }).click();
  await page.getByTestId("markups-table-toggle").click();
  await page.getByTestId("markups-table").waitFor();
}

const carriedRow = () =>
  page.getByTestId("markups-row").filter({ hasText: COMMENT });

async function uiLanguage(): Promise<Language> {
  return (await page.locator("html").getAttribute("lang")) as Language;
}

describe.skipIf(!ready)("review rounds in Chromium", () => {
  beforeAll(async () => {
    stack = await startDemoStack("lajna-rounds-flow-");
    const { documentId } = await remarkFromAnotherWorkstation();
    const out = await resubmit(documentId);
    expect(out).toContain("1 open remark(s) carried");

    page = await stack.browser.newPage({
      viewport: { width: 1400, height: 900 },
    });
    await page.goto(stack.pageUrl);
    await page.getByTestId("signin-username").fill(MEMBER.username);
    await page.getByTestId("signin-password").fill(MEMBER.password);
    await page.getByTestId("signin-submit").click();
  }, 240_000);

  afterAll(async () => {
    await laptop?.process.kill();
    await stack?.stop();
  });

  it("lists the carried remark in the current round, with its origin", async () => {
    await openMarkupsList();
    const language = await uiLanguage();
    // The host syncs every second; the carried copy arrives with round 2.
    await expect.poll(() => carriedRow().count(), { timeout: 60_000 }).toBe(1);
    await expect
      .poll(() => page.getByTestId("markups-filter-round").inputValue())
      .toBe("2");
    const row = carriedRow();
    expect(
      await row.getByTestId("markups-row-carried").textContent(),
    ).toContain(translate(language, "rounds.carriedFrom", { round: 1 }));

    // Every round shows the original too.
    await page.getByTestId("markups-filter-round").selectOption("");
    await expect.poll(() => carriedRow().count()).toBe(2);
    await page.getByTestId("markups-filter-round").selectOption("2");
    await expect.poll(() => carriedRow().count()).toBe(1);
  }, 120_000);

  it("keeps it open from the details panel, with a reply saying so", async () => {
    const language = await uiLanguage();
    await carriedRow().click();
    const details = page.getByTestId("markup-carried");
    await expect
      .poll(() => details.textContent())
      .toContain(translate(language, "rounds.carriedNote", { round: 2 }));
    await details.getByTestId("carried-still-open").click();

    const reply = translate(language, "rounds.stillOpenReply", { round: 2 });
    await expect
      .poll(() => page.getByTestId("markup-reply").allTextContents())
      .toEqual([expect.stringContaining(reply)]);
    expect(
      await carriedRow().getByTestId("markups-row-status").textContent(),
    ).toBe(translate(language, "markup.status.open"));
  }, 120_000);

  it("marks it resolved, and that holds after a reload", async () => {
    const language = await uiLanguage();
    const resolved = translate(language, "markup.status.resolved");
    await carriedRow().getByTestId("carried-resolved").click();
    await expect
      .poll(() => carriedRow().getByTestId("markups-row-status").textContent())
      .toBe(resolved);
    await expect
      .poll(() => carriedRow().getByTestId("carried-resolved").count())
      .toBe(0);

    await page.reload();
    await openMarkupsList();
    await expect
      .poll(
        () => carriedRow().getByTestId("markups-row-status").textContent(),
        { timeout: 30_000 },
      )
      .toBe(resolved);
  }, 120_000);
});

import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHROMIUM } from "../../support/demoStack";
import { usePageFor } from "../support/componentPage";

/*
 * Open document tabs outlive a trip to the inbox: the Sheets tab is
 * unmounted and mounted again, and the reviewer expects the same tabs,
 * the same shown tab and its sheet (4 tabs once came back as fewer).
 */

const ENTRY = `
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
import { useDocumentTabs } from "../../../renderer/viewer/useDocumentTabs";

function Tabs(props) {
  const tabs = useDocumentTabs(
    { userId: props.userId ?? "u1", dossierId: props.dossierId },
    "d1",
  );
  window.tabs = tabs;
  return <p id="tabs">{tabs.tabs.map((t) => t.documentId + ":" +
    t.sheetIndex).join(" ") + " | " + tabs.activeId}</p>;
}

const root = createRoot(document.getElementById("root"));
window.show = (dossierId, userId) =>
  flushSync(() => root.render(dossierId ? <Tabs key={dossierId + userId}
    dossierId={dossierId} userId={userId} /> : <p id="inbox">inbox</p>));
`;

describe.skipIf(!existsSync(CHROMIUM))("document tabs per dossier", () => {
  const pageNow = usePageFor(ENTRY, import.meta.dirname);

  const shown = () => pageNow().locator("#tabs").textContent();
  const run = (script: string) => pageNow().evaluate(script);

  it("comes back to the same tabs after the inbox", async () => {
    await run(`show("A")`);
    for (const id of ["d2", "d3", "d4"]) await run(`tabs.open("${id}")`);
    await run(`tabs.open("d3", 2)`);
    await expect.poll(shown).toBe("d1:0 d2:0 d3:2 d4:0 | d3");

    await run(`show(null)`);
    expect(await pageNow().locator("#inbox").count()).toBe(1);
    await run(`show("A")`);

    await expect.poll(shown).toBe("d1:0 d2:0 d3:2 d4:0 | d3");
  });

  it("keeps each dossier's tabs apart", async () => {
    await run(`show("B")`);
    await expect.poll(shown).toBe("d1:0 | d1");
    await run(`tabs.close("d1")`);
    await run(`show("A")`);
    await expect.poll(shown).toBe("d1:0 d2:0 d3:2 d4:0 | d3");
    await run(`show("B")`);
    await expect.poll(shown).toBe(" | null");
  });

  it("gives another member signing in on the workstation fresh tabs", async () => {
    await run(`show("A", "u2")`);
    await expect.poll(shown).toBe("d1:0 | d1");
    await run(`show("A", "u1")`);
    await expect.poll(shown).toBe("d1:0 d2:0 d3:2 d4:0 | d3");
  });
});

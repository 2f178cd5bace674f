import { useRef, useState } from "react";
import { exchangeLimits } from "../../shared/annotations/exchangeTypes";
import { UserError } from "../../shared/contract/errors";
import type { DossierDocument } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import { ErrorMessage } from "../errors/ErrorMessage";
import { userErrorOf } from "../errors/userErrorOf";
import { useLanguage, useT } from "../i18n/useT";
import { downloadFile } from "./download";
import "./exchange.css";

/**
 * The open document's exchange menu: import an XFDF from Acrobat or
 * Bluebeam, export its markups as XFDF, as an annotated PDF or as a
 * flattened PDF for printing. The annotations the PDF already holds are
 * markups of origin "document" (made at registration), listed with the
 * others.
 */
export function ExchangeMenu(props: {
  client: LajnaClient;
  document: DossierDocument;
  /** Called after an import, so the page reloads the markups. */
  onImported: () => void;
}) {
  const { client, document } = props;
  const t = useT();
  // Standard stamps are exported worded as the viewer shows them.
  const { language } = useLanguage();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  // An XFDF made for another PDF waits here for the reviewer's go-ahead.
  const [otherDocument, setOtherDocument] = useState<string | null>(null);

  /** Runs one action with the busy flag, showing its failure if any. */
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  const importFile = (file: File) =>
    run(async () => {
      // Refused before reading, so a huge file is never loaded in memory.
      if (file.size > exchangeLimits.maxXfdfChars * 2) {
        throw new UserError("xfdf.error.tooLarge", {
          maxMb: exchangeLimits.maxXfdfChars / 1_000_000,
        });
      }
      await importText(await file.text(), false);
    });

  const importText = async (xfdf: string, confirmed: boolean) => {
    setOtherDocument(null);
    try {
      const result = await client.request("markups.importXfdf", {
        dossierId: document.dossierId,
        documentId: document.id,
        xfdf,
        otherDocument: confirmed,
      });
      const outside = result.outside > 0;
      setNotice(
        [
          t("exchange.imported", result),
          outside ? t("exchange.importedOutside", result) : "",
        ].join(" "),
      );
      props.onImported();
    } catch (cause) {
      if (userErrorOf(cause).key === "xfdf.error.otherDocument") {
        setOtherDocument(xfdf);
      }
      throw cause;
    }
  };

  const exportXfdf = () =>
    run(async () => {
      const { xfdf, fileName } = await client.request("markups.exportXfdf", {
        dossierId: document.dossierId,
        documentId: document.id,
        language,
      });
      downloadFile(xfdf, fileName, "application/vnd.adobe.xfdf");
    });

  const exportPdf = (flatten: boolean) =>
    run(async () => {
      const { bytes, fileName } = await client.request(
        "documents.exportAnnotated",
        { documentId: document.id, flatten, language },
      );
      downloadFile(bytes, fileName, "application/pdf");
    });

  return (
    <section className="exchange-menu" data-testid="exchange-menu">
      <h3>{t("exchange.title")}</h3>
      <div className="exchange-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => fileInput.current?.click()}
        >
          {t("exchange.importXfdf")}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".xfdf,application/vnd.adobe.xfdf"
          hidden
          data-testid="xfdf-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void importFile(file);
          }}
        />
        <button type="button" disabled={busy} onClick={() => void exportXfdf()}>
          {t("exchange.exportXfdf")}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void exportPdf(false)}
        >
          {t("exchange.exportAnnotated")}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void exportPdf(true)}
        >
          {t("exchange.exportFlattened")}
        </button>
      </div>
      {busy && <p className="muted">{t("exchange.working")}</p>}
      {notice && (
        <p className="exchange-notice" role="status">
          {notice}
        </p>
      )}
      {error !== null && (
        <ErrorMessage
          error={error}
          context="exchange"
          onDismiss={() => setError(null)}
        />
      )}
      {otherDocument !== null && (
        <button
          type="button"
          disabled={busy}
          data-testid="xfdf-import-anyway"
          onClick={() => void run(() => importText(otherDocument, true))}
        >
          {t("exchange.importAnyway")}
        </button>
      )}
    </section>
  );
}

import { useEffect, useState } from "react";
import type { LajnaClient } from "../client/LajnaClient";
import { useLanguage } from "../i18n/useT";
import { pdfBlobUrl } from "../opinion/pdfBlobUrl";

/**
 * Printing the markups list as a PDF summary through the workstation's
 * printing service, like the decision: the PDF opens in a new tab and
 * stays offered as a download link until the next print or the table
 * goes. It prints in the UI's language.
 */
export function useMarkupSummaryPrint(client: LajnaClient, dossierId: string) {
  const { language } = useLanguage();
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  const print = async (markupIds: readonly string[], round: number | null) => {
    // Opened within the click so the browser does not block it.
    const tab = window.open("", "_blank");
    setBusy(true);
    setError(null);
    try {
      const { bytes } = await client.request("markups.printSummary", {
        dossierId,
        markupIds: [...markupIds],
        round,
        language,
      });
      const created = pdfBlobUrl(bytes);
      setUrl(created);
      if (tab) tab.location.href = created;
    } catch (cause) {
      tab?.close();
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return { print, url, busy, error, clearError: () => setError(null) };
}

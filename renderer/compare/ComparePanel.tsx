import type { DossierPanelProps } from "../dossier/panelProps";
import { useT } from "../i18n/useT";

/**
 * The Compare tab: two revisions of a sheet side by side or overlaid,
 * aligned, with what was added and removed coloured.
 */
export function ComparePanel(props: DossierPanelProps) {
  const t = useT();
  return (
    <section className="compare-panel" data-testid="compare-panel">
      <p className="muted">
        {t("tab.compare")} ({props.detail.documents.length})
      </p>
    </section>
  );
}

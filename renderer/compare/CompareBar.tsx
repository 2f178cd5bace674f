import type { DossierDocument } from "../../shared/domain/entities";
import type { Translate } from "../i18n/useT";
import { ModeSwitch, ZoomButtons, type CompareMode } from "./CompareToolbar";
import type { SheetPair } from "./defaultPair";
import { SheetChoice } from "./SheetChoice";

/**
 * The bar over the Compare stage: the two sheets compared, overlay or
 * side by side, and the zoom of the view both panes share.
 */
export function CompareBar(props: {
  t: Translate;
  documents: readonly DossierDocument[];
  pair: SheetPair;
  onPair: (pair: SheetPair) => void;
  mode: CompareMode;
  onMode: (mode: CompareMode) => void;
  onZoom: (factor: number) => void;
  onFit: () => void;
}) {
  const { t, documents, pair, onPair } = props;
  return (
    <div className="compare-bar">
      <SheetChoice
        t={t}
        side="older"
        documents={documents}
        value={pair.older}
        onChange={(older) => onPair({ ...pair, older })}
      />
      <SheetChoice
        t={t}
        side="newer"
        documents={documents}
        value={pair.newer}
        onChange={(newer) => onPair({ ...pair, newer })}
      />
      <ModeSwitch t={t} mode={props.mode} onMode={props.onMode} />
      <ZoomButtons t={t} onZoom={props.onZoom} onFit={props.onFit} />
    </div>
  );
}

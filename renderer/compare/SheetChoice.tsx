import type { DossierDocument } from "../../shared/domain/entities";
import type { Translate } from "../i18n/useT";
import type { SheetRef } from "./defaultPair";

/**
 * Picks one sheet of the dossier for one side of the comparison: a
 * document, then one of its sheets when it has several.
 */
export function SheetChoice(props: {
  t: Translate;
  side: "older" | "newer";
  documents: readonly DossierDocument[];
  value: SheetRef;
  onChange: (sheet: SheetRef) => void;
}) {
  const { t, side, documents, value } = props;
  const current = documents.find((d) => d.id === value.documentId);
  const sheets = Math.max(1, current?.pageCount ?? 1);

  return (
    <label className={`compare-choice compare-choice-${side}`}>
      <span>{t(`compare.${side}`)}</span>
      <select
        data-testid={`compare-${side}-document`}
        value={value.documentId}
        onChange={(e) =>
          props.onChange({ documentId: e.target.value, sheetIndex: 0 })
        }
      >
        {documents.map((doc) => (
          <option key={doc.id} value={doc.id}>
            {doc.title}
          </option>
        ))}
      </select>
      {sheets > 1 && (
        <select
          data-testid={`compare-${side}-sheet`}
          aria-label={t("compare.sheetLabel")}
          value={value.sheetIndex}
          onChange={(e) =>
            props.onChange({ ...value, sheetIndex: Number(e.target.value) })
          }
        >
          {Array.from({ length: sheets }, (_, index) => (
            <option key={index} value={index}>
              {t("compare.sheet", { number: index + 1 })}
            </option>
          ))}
        </select>
      )}
    </label>
  );
}

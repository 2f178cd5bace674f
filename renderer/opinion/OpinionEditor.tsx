import { useState } from "react";
import { UserError } from "../../shared/contract/errors";
import type {
  Opinion,
  OpinionClause,
  Verdict,
} from "../../shared/domain/entities";
import type { DossierPanelProps } from "../dossier/panelProps";
import { ErrorMessage } from "../errors/ErrorMessage";
import { useLanguage, useT } from "../i18n/useT";
import { ClauseEditor } from "./ClauseEditor";
import { SignForm } from "./SignForm";
import { clauseKindOf, clausesForDraft, draftProblem } from "./clauseList";
import { clausesOf, formatDateTime, linkableMarkups } from "./opinionText";
import { readP12File } from "./p12File";
import "../i18n/messages/opinion";

const VERDICTS: readonly Verdict[] = [
  "favourable",
  "favourable_with_conditions",
  "unfavourable",
  "incomplete",
];

/**
 * The member's opinion while it is a draft: the verdict, its conditions
 * or reasons, saving, and signing with the member's certificate.
 */
export function OpinionEditor(
  props: DossierPanelProps & {
    draft: Opinion | null;
    onSigned: (opinion: Opinion) => void;
  },
) {
  const { detail, client, draft } = props;
  const t = useT();
  const { language } = useLanguage();
  const [verdict, setVerdict] = useState<Verdict>(
    draft?.verdict ?? "favourable",
  );
  const [clauses, setClauses] = useState<OpinionClause[]>(
    draft ? clausesOf(draft) : [],
  );
  const [saved, setSaved] = useState<Opinion | null>(draft);
  const [running, setRunning] = useState<"save" | "sign" | null>(null);
  const busy = running !== null;
  const [error, setError] = useState<unknown>(null);

  const markups = linkableMarkups(detail.markups);
  const markupIds = new Set(markups.map((m) => m.id));
  const kind = clauseKindOf(verdict);

  const saveDraft = async (): Promise<Opinion> => {
    const result = await client.request("opinions.saveDraft", {
      dossierId: detail.dossier.id,
      verdict,
      ...clausesForDraft(verdict, clauses, markupIds),
    });
    setSaved(result);
    return result;
  };

  const run = async (kind: "save" | "sign", action: () => Promise<void>) => {
    setRunning(kind);
    setError(null);
    try {
      await action();
    } catch (cause) {
      setError(cause);
    } finally {
      setRunning(null);
    }
  };

  // Signing saves first, so that what is signed is what is on screen.
  const sign = (file: File | null, password: string) =>
    run("sign", async () => {
      const problem = draftProblem(verdict, clauses);
      if (problem) throw new UserError(problem);
      if (!file) throw new UserError("opinion.error.p12Missing");

      const pkcs12 = await readP12File(file);
      const current = await saveDraft();
      const signed = await client.request("opinions.sign", {
        opinionId: current.id,
        pkcs12,
        password,
      });
      props.onSigned(signed);
      props.onChanged();
    });

  return (
    <div className="opinion-editor">
      <fieldset className="verdicts">
        <legend>{t("opinion.verdict.legend")}</legend>
        {VERDICTS.map((v) => (
          <label key={v} className={`verdict-choice verdict-${v}`}>
            <input
              type="radio"
              name="verdict"
              data-testid={`verdict-${v}`}
              value={v}
              checked={verdict === v}
              disabled={busy}
              onChange={() => setVerdict(v)}
            />
            {t(`opinion.verdict.${v}`)}
          </label>
        ))}
      </fieldset>

      {kind && (
        <ClauseEditor
          kind={kind}
          clauses={clauses}
          markups={markups}
          documents={detail.documents}
          disabled={busy}
          onChange={setClauses}
        />
      )}

      <div className="opinion-actions">
        <button
          type="button"
          data-testid="save-opinion"
          disabled={busy}
          onClick={() =>
            void run("save", async () => {
              await saveDraft();
              props.onChanged();
            })
          }
        >
          {running === "save" ? t("opinion.saving") : t("opinion.save")}
        </button>
        {saved && (
          <span className="opinion-saved" data-testid="opinion-saved">
            {t("opinion.savedAt", {
              date: formatDateTime(saved.updatedAt, language),
            })}
          </span>
        )}
      </div>

      {error !== null && (
        <ErrorMessage
          error={error}
          context="opinion"
          onDismiss={() => setError(null)}
        />
      )}

      <SignForm disabled={busy} signing={running === "sign"} onSign={sign} />
    </div>
  );
}

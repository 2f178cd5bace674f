import { useEffect, useMemo } from "react";
import { useLanguage } from "../i18n/LanguageContext";
import { describeCause, rendererLogger } from "../log/rendererLog";
import { errorSentence, userErrorOf } from "./userErrorOf";

const log = rendererLogger("ui");

/**
 * The one way the UI shows a failure: a translated sentence for the
 * error's key, with the cause sent to the log (never shown to the user).
 */
export function ErrorMessage(props: {
  error: unknown;
  /** Where it happened, for the log only. */
  context?: string;
  onDismiss?: () => void;
}) {
  const { language } = useLanguage();
  const error = useMemo(() => userErrorOf(props.error), [props.error]);

  useEffect(() => {
    log.warn("user error shown", {
      key: error.key,
      context: props.context ?? "",
      ...describeCause(error.cause ?? error),
    });
  }, [error, props.context]);

  return (
    <div className="error-message" role="alert" data-testid="error-message">
      <span>{errorSentence(language, error)}</span>
      {props.onDismiss && (
        <button type="button" className="link" onClick={props.onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}

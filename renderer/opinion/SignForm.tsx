import { useRef, useState } from "react";
import { useT } from "../i18n/useT";
import { P12_ACCEPT } from "./p12File";
import "../i18n/messages/opinion";

/**
 * The signing step: the member's certificate file and its password. The
 * password lives in this form's state only until the request is sent.
 */
export function SignForm(props: {
  disabled: boolean;
  signing: boolean;
  onSign: (file: File | null, password: string) => Promise<void>;
}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = async () => {
    await props.onSign(file, password);
    setPassword("");
  };

  return (
    <fieldset className="sign-form">
      <legend>{t("opinion.sign.title")}</legend>
      <div className="sign-file">
        <span>{t("opinion.sign.file")}</span>
        {/* The browser's own file button speaks the browser's language,
            not the reviewer's: it stays hidden behind ours. */}
        <input
          ref={fileInput}
          type="file"
          hidden
          data-testid="p12-input"
          accept={P12_ACCEPT}
          disabled={props.disabled}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button
          type="button"
          data-testid="p12-choose"
          disabled={props.disabled}
          onClick={() => fileInput.current?.click()}
        >
          {t("opinion.sign.choose")}
        </button>
        <span className="muted" data-testid="p12-name">
          {file?.name ?? t("opinion.sign.noFile")}
        </span>
      </div>
      <label>
        {t("opinion.sign.password")}
        <input
          type="password"
          data-testid="p12-password"
          autoComplete="off"
          value={password}
          disabled={props.disabled}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <p className="sign-warning">{t("opinion.sign.warning")}</p>
      <button
        type="button"
        data-testid="sign-opinion"
        disabled={props.disabled}
        onClick={() => void submit()}
      >
        {props.signing ? t("opinion.sign.signing") : t("opinion.sign.submit")}
      </button>
    </fieldset>
  );
}

/**
 * The hook UI areas import to translate: `const t = useT();
 * t("inbox.title")`. Re-exported here so panels need not know where the
 * language state lives.
 */
export { useT, useLanguage, type Translate } from "./LanguageContext";

/** Printed documents: pure HTML builders, fed to a PDF renderer. */
export { opinionHtml, type OpinionSheetInput } from "./opinionHtml";
export { decisionHtml, type DecisionInput } from "./decisionHtml";
export { escapeHtml } from "./safeHtml";
export { pageMarginsMm, printFontFamily } from "./printPage";
export {
  procedureLabels,
  verdictLabels,
  outcomeSentence,
  type Bilingual,
} from "./labels";

import type { Procedure, Verdict } from "../domain/entities";
import type { Outcome, OutcomeExplanation } from "../domain/outcome";

/**
 * The wording of printed documents, in Arabic and French. Printed sheets
 * are official records in both languages whatever the UI language, so
 * their labels live here rather than in the renderer's catalog.
 */
export interface Bilingual {
  readonly ar: string;
  readonly fr: string;
}

/** Names of the procedures as the permit office writes them. */
export const procedureLabels: Readonly<Record<Procedure, Bilingual>> = {
  building_permit: { ar: "رخصة البناء", fr: "Autorisation de construire" },
  subdivision: { ar: "رخصة التجزئة", fr: "Lotissement" },
  housing_group: { ar: "مجموعة سكنية", fr: "Groupe d'habitations" },
  land_division: { ar: "رخصة التقسيم", fr: "Morcellement" },
};

/** A member's verdict. */
export const verdictLabels: Readonly<Record<Verdict, Bilingual>> = {
  favourable: { ar: "موافق", fr: "Favorable" },
  favourable_with_conditions: {
    ar: "موافق بشروط",
    fr: "Favorable avec réserves",
  },
  unfavourable: { ar: "غير موافق", fr: "Défavorable" },
  incomplete: { ar: "ملف ناقص", fr: "Dossier à compléter" },
};

/** Whether the member's opinion binds the commission (avis conforme). */
export const bindingLabels: Readonly<
  Record<"binding" | "advisory", Bilingual>
> = {
  binding: { ar: "رأي ملزم", fr: "Avis conforme" },
  advisory: { ar: "رأي استشاري", fr: "Avis consultatif" },
};

const outcomeSentences: Readonly<
  Record<Exclude<Outcome, "pending">, Bilingual>
> = {
  favourable: {
    ar: "قررت اللجنة الموافقة على الملف.",
    fr: "La commission émet un avis favorable sur le dossier.",
  },
  favourable_with_conditions: {
    ar: "قررت اللجنة الموافقة على الملف مع التقيد بالشروط المبينة أعلاه.",
    fr: "La commission émet un avis favorable sous réserve des conditions ci-dessus.",
  },
  unfavourable: {
    ar: "قررت اللجنة عدم الموافقة على الملف.",
    fr: "La commission émet un avis défavorable sur le dossier.",
  },
  incomplete: {
    ar: "قررت اللجنة إرجاع الملف إلى صاحبه لاستكماله.",
    fr: "La commission renvoie le dossier au demandeur pour qu'il le complète.",
  },
};

const pendingSentences: Readonly<
  Record<"quorum" | "binding_opinion", Bilingual>
> = {
  quorum: {
    ar: "لم يتخذ أي قرار بعد لأن النصاب غير مكتمل.",
    fr: "Aucune décision n'est prise : le quorum n'est pas atteint.",
  },
  binding_opinion: {
    ar: "لم يتخذ أي قرار بعد لأن الرأي الملزم لم يوقع.",
    fr: "Aucune décision n'est prise : l'avis conforme n'est pas encore signé.",
  },
};

/** The sentence that states the committee's outcome. */
export function outcomeSentence(explanation: OutcomeExplanation): Bilingual {
  if (explanation.outcome === "pending") {
    return pendingSentences[explanation.missing ?? "quorum"];
  }
  return outcomeSentences[explanation.outcome];
}

/** Headings and field names of the printed documents. */
export const printLabels = {
  opinionTitle: {
    ar: "رأي عضو اللجنة",
    fr: "Avis d'un membre de la commission",
  },
  decisionTitle: { ar: "قرار اللجنة", fr: "Décision de la commission" },
  dossierNumber: { ar: "رقم الملف", fr: "N° du dossier" },
  procedure: { ar: "نوع الطلب", fr: "Procédure" },
  commune: { ar: "الجماعة", fr: "Commune" },
  commission: { ar: "اللجنة", fr: "Commission" },
  sessionDate: { ar: "تاريخ الاجتماع", fr: "Date de la séance" },
  round: { ar: "جولة الدراسة", fr: "Tour d'examen" },
  member: { ar: "العضو", fr: "Membre" },
  service: { ar: "المصلحة", fr: "Service" },
  nature: { ar: "طبيعة الرأي", fr: "Nature de l'avis" },
  verdict: { ar: "الرأي", fr: "Avis" },
  conditions: { ar: "الشروط", fr: "Réserves" },
  reasons: { ar: "الأسباب", fr: "Motifs" },
  clauses: { ar: "الشروط والأسباب", fr: "Réserves et motifs" },
  sheet: { ar: "الورقة", fr: "Feuille" },
  date: { ar: "التاريخ", fr: "Date" },
  issuedOn: { ar: "حرر في", fr: "Établi le" },
  notSigned: { ar: "غير موقع", fr: "non signé" },
  outcome: { ar: "القرار", fr: "Décision" },
  none: { ar: "لا شيء", fr: "Néant" },
  noSession: { ar: "غير محدد", fr: "non fixée" },
} as const satisfies Readonly<Record<string, Bilingual>>;

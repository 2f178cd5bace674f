import { registerMessages } from "../catalog";
import type { Messages } from "../catalog";

/** The decision panel's strings: opinions table, outcome, printing. */
export const decisionMessages: Messages = {
  ar: {
    "decision.opinions": "آراء الأعضاء",
    "decision.noOpinions": "لا توجد آراء بعد لهذا الملف.",
    "decision.column.member": "العضو",
    "decision.column.service": "المصلحة",
    "decision.column.weight": "طبيعة الرأي",
    "decision.column.verdict": "الرأي",
    "decision.column.clauses": "الشروط أو الأسباب",
    "decision.column.state": "الحالة",
    "decision.outcome.label": "النتيجة",
    "decision.outcome.favourable": "موافقة",
    "decision.outcome.favourable_with_conditions": "موافقة بشروط",
    "decision.outcome.unfavourable": "رفض",
    "decision.outcome.incomplete": "ملف ناقص يعاد لصاحب الطلب",
    "decision.outcome.pending": "في الانتظار",
    "decision.pending.quorum":
      "لم يكتمل النصاب: {counted} رأي موقع من أصل {quorum} مطلوبة.",
    "decision.pending.binding": "الرأي الملزم (الوكالة الحضرية) لم يوقع بعد.",
    "decision.counted": "الآراء الموقعة المحتسبة: {counted}",
    "decision.print": "طباعة القرار",
    "decision.printing": "جارٍ إعداد القرار…",
    "decision.printPending": "يمكن طباعة القرار بعد التوصل إلى النتيجة.",
    "decision.open": "فتح القرار (PDF)",
    "decision.download": "تحميل القرار",
  },
  fr: {
    "decision.opinions": "Avis des membres",
    "decision.noOpinions": "Aucun avis pour ce dossier pour l'instant.",
    "decision.column.member": "Membre",
    "decision.column.service": "Service",
    "decision.column.weight": "Nature de l'avis",
    "decision.column.verdict": "Avis",
    "decision.column.clauses": "Réserves ou motifs",
    "decision.column.state": "État",
    "decision.outcome.label": "Issue",
    "decision.outcome.favourable": "Favorable",
    "decision.outcome.favourable_with_conditions": "Favorable sous réserves",
    "decision.outcome.unfavourable": "Défavorable",
    "decision.outcome.incomplete":
      "Dossier à compléter, renvoyé au pétitionnaire",
    "decision.outcome.pending": "En attente",
    "decision.pending.quorum":
      "Quorum non atteint : {counted} avis signé(s) sur {quorum} requis.",
    "decision.pending.binding":
      "L'avis conforme (agence urbaine) n'est pas encore signé.",
    "decision.counted": "Avis signés pris en compte : {counted}",
    "decision.print": "Imprimer la décision",
    "decision.printing": "Préparation de la décision…",
    "decision.printPending":
      "La décision pourra être imprimée une fois l'issue acquise.",
    "decision.open": "Ouvrir la décision (PDF)",
    "decision.download": "Télécharger la décision",
  },
  en: {
    "decision.opinions": "Members' opinions",
    "decision.noOpinions": "No opinions on this dossier yet.",
    "decision.column.member": "Member",
    "decision.column.service": "Service",
    "decision.column.weight": "Kind",
    "decision.column.verdict": "Verdict",
    "decision.column.clauses": "Conditions or reasons",
    "decision.column.state": "State",
    "decision.outcome.label": "Outcome",
    "decision.outcome.favourable": "Favourable",
    "decision.outcome.favourable_with_conditions": "Favourable with conditions",
    "decision.outcome.unfavourable": "Unfavourable",
    "decision.outcome.incomplete": "File incomplete, returned to the applicant",
    "decision.outcome.pending": "Pending",
    "decision.pending.quorum":
      "Quorum not reached: {counted} signed opinion(s) of {quorum} required.",
    "decision.pending.binding":
      "The binding opinion (urban agency) is not signed yet.",
    "decision.counted": "Signed opinions counted: {counted}",
    "decision.print": "Print decision",
    "decision.printing": "Preparing the decision…",
    "decision.printPending":
      "The decision can be printed once the outcome is reached.",
    "decision.open": "Open the decision (PDF)",
    "decision.download": "Download the decision",
  },
};

registerMessages(decisionMessages);

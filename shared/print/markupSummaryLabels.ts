import type { MarkupKind, MarkupStatus } from "../domain/entities";

/**
 * The wording of the printed markups summary. Unlike the decision, which
 * is an official bilingual record, the summary is a working document
 * printed in the reviewer's UI language, so each label has an English
 * form too. Kinds and statuses are worded as in the markups list.
 */

/** The languages the summary prints in. */
export type SummaryLanguage = "ar" | "fr" | "en";

/** A label in each summary language. */
export interface Trilingual {
  readonly ar: string;
  readonly fr: string;
  readonly en: string;
}

/** Headings, column names and sentences of the summary. */
export const summaryLabels = {
  title: {
    ar: "ملخص الملاحظات",
    fr: "Récapitulatif des annotations",
    en: "Markups summary",
  },
  dossierNumber: { ar: "رقم الملف", fr: "Numéro du dossier", en: "Dossier" },
  printedOn: { ar: "تاريخ الطباعة", fr: "Imprimé le", en: "Printed on" },
  roundShown: { ar: "جولة الدراسة", fr: "Tour d'examen", en: "Review round" },
  allRounds: { ar: "كل الجولات", fr: "Tous les tours", en: "All rounds" },
  count: { ar: "عدد الملاحظات", fr: "Nombre d'annotations", en: "Markups" },
  number: { ar: "رقم", fr: "N°", en: "No." },
  sheet: { ar: "اللوحة", fr: "Planche", en: "Sheet" },
  kind: { ar: "النوع", fr: "Type", en: "Kind" },
  author: { ar: "الكاتب", fr: "Auteur", en: "Author" },
  service: { ar: "المصلحة", fr: "Service", en: "Service" },
  status: { ar: "الحالة", fr: "Statut", en: "Status" },
  round: { ar: "الجولة", fr: "Tour", en: "Round" },
  comment: { ar: "التعليق", fr: "Commentaire", en: "Comment" },
  replies: { ar: "الردود", fr: "Réponses", en: "Replies" },
  carriedFrom: {
    ar: "منقولة من الجولة {round}",
    fr: "Reportée du tour {round}",
    en: "Carried from round {round}",
  },
  none: {
    ar: "لا توجد ملاحظات تطابق الفرز.",
    fr: "Aucune annotation ne correspond au filtre.",
    en: "No markup matches the filter.",
  },
} satisfies Record<string, Trilingual>;

/** Names of the markup kinds. */
export const kindLabels: Readonly<Record<MarkupKind, Trilingual>> = {
  cloud: { ar: "سحابة", fr: "Nuage", en: "Cloud" },
  arrow: { ar: "سهم", fr: "Flèche", en: "Arrow" },
  line: { ar: "خط", fr: "Ligne", en: "Line" },
  rectangle: { ar: "مستطيل", fr: "Rectangle", en: "Rectangle" },
  ellipse: { ar: "شكل بيضوي", fr: "Ellipse", en: "Ellipse" },
  polyline: { ar: "خط متعدد", fr: "Polyligne", en: "Polyline" },
  polygon: { ar: "مضلع", fr: "Polygone", en: "Polygon" },
  callout: { ar: "تعليق بمؤشر", fr: "Bulle", en: "Callout" },
  text: { ar: "نص", fr: "Texte", en: "Text" },
  note: { ar: "ملاحظة لاصقة", fr: "Note", en: "Note" },
  ink: { ar: "رسم حر", fr: "Main levée", en: "Ink" },
  highlight: { ar: "تظليل", fr: "Surlignage", en: "Highlight" },
  stamp: { ar: "ختم", fr: "Tampon", en: "Stamp" },
  reply: { ar: "رد", fr: "Réponse", en: "Reply" },
  measure_length: {
    ar: "قياس طول",
    fr: "Mesure de longueur",
    en: "Length measurement",
  },
  measure_polyline: {
    ar: "قياس مسار",
    fr: "Mesure de parcours",
    en: "Path measurement",
  },
  measure_area: {
    ar: "قياس مساحة",
    fr: "Mesure de surface",
    en: "Area measurement",
  },
  measure_angle: {
    ar: "قياس زاوية",
    fr: "Mesure d'angle",
    en: "Angle measurement",
  },
  measure_count: { ar: "عدّ", fr: "Comptage", en: "Count" },
  measure_calibration: {
    ar: "معايرة المقياس",
    fr: "Étalonnage de l'échelle",
    en: "Scale calibration",
  },
};

/** Names of the review statuses. */
export const statusLabels: Readonly<Record<MarkupStatus, Trilingual>> = {
  open: { ar: "مفتوحة", fr: "Ouverte", en: "Open" },
  accepted: { ar: "مقبولة", fr: "Acceptée", en: "Accepted" },
  rejected: { ar: "مرفوضة", fr: "Rejetée", en: "Rejected" },
  resolved: { ar: "محلولة", fr: "Résolue", en: "Resolved" },
};

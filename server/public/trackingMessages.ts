import type { Procedure, Stage } from "../../shared/domain/entities";

/** The languages of the public tracking page. */
export type TrackingLanguage = "ar" | "fr";

/** The sentences of the public tracking page, per language. */
export interface TrackingMessages {
  readonly title: string;
  readonly formLabel: string;
  readonly formButton: string;
  readonly number: string;
  readonly procedure: string;
  readonly commune: string;
  readonly stages: string;
  readonly notFound: (number: string) => string;
  readonly procedures: Readonly<Record<Procedure, string>>;
  readonly stageNames: Readonly<Record<Stage["stage"], string>>;
}

const fr: TrackingMessages = {
  title: "Suivi de votre dossier",
  formLabel: "Numéro du dossier",
  formButton: "Rechercher",
  number: "Numéro",
  procedure: "Procédure",
  commune: "Commune",
  stages: "Étapes",
  notFound: (number) =>
    `Aucun dossier ne porte le numéro « ${number} ». ` +
    "Vérifiez le numéro indiqué sur votre récépissé.",
  procedures: {
    building_permit: "Autorisation de construire",
    subdivision: "Lotissement",
    housing_group: "Groupe d'habitations",
    land_division: "Morcellement",
  },
  stageNames: {
    registered: "Dossier enregistré",
    dispatched: "Transmis à la commission",
    opinion_given: "Avis d'un membre rendu",
    decided: "Décision de la commission",
    resubmitted: "Dossier redéposé, nouvel examen",
  },
};

const ar: TrackingMessages = {
  title: "تتبع ملفكم",
  formLabel: "رقم الملف",
  formButton: "بحث",
  number: "الرقم",
  procedure: "المسطرة",
  commune: "الجماعة",
  stages: "المراحل",
  notFound: (number) =>
    `لا يوجد ملف يحمل الرقم «${number}». ` +
    "تحققوا من الرقم المدون في وصل الإيداع.",
  procedures: {
    building_permit: "رخصة البناء",
    subdivision: "التجزئة",
    housing_group: "المجموعة السكنية",
    land_division: "تقسيم العقار",
  },
  stageNames: {
    registered: "تسجيل الملف",
    dispatched: "الإحالة على اللجنة",
    opinion_given: "إبداء رأي أحد الأعضاء",
    decided: "قرار اللجنة",
    resubmitted: "إعادة إيداع الملف لدراسة جديدة",
  },
};

/** The messages of a language. */
export function trackingMessages(language: TrackingLanguage): TrackingMessages {
  return language === "ar" ? ar : fr;
}

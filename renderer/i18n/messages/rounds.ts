import type { Messages } from "../catalog";

/**
 * Review rounds: resubmitted dossiers, opinions per round, remarks carried
 * to revised sheets, and the markups summary printed from the table.
 */
export const roundMessages: Messages = {
  ar: {
    "opinion.error.notCurrentRound":
      "أعيد إيداع هذا الملف فبدأت جولة دراسة جديدة، وآراء الجولات السابقة للاطلاع فقط. زامن ثم أبدِ رأيك في الجولة الحالية.",
  },
  fr: {
    "opinion.error.notCurrentRound":
      "Ce dossier a été redéposé : un nouveau tour d'examen a commencé et les avis des tours précédents ne se modifient plus. Synchronisez, puis donnez votre avis sur le tour en cours.",
  },
  en: {
    "opinion.error.notCurrentRound":
      "This dossier was resubmitted: a new review round has started and opinions of earlier rounds can no longer change. Sync, then give your opinion on the current round.",
  },
};

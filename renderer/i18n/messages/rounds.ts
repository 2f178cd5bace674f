import type { Messages } from "../catalog";

/**
 * Review rounds: resubmitted dossiers, opinions per round, remarks carried
 * to revised sheets, and the markups summary printed from the table.
 */
export const roundMessages: Messages = {
  ar: {
    "rounds.round": "الجولة {round}",
    "rounds.earlier.title": "الجولات السابقة (للاطلاع فقط)",
    "rounds.column.carriedFrom": "منقولة من",
    "rounds.carriedFrom": "الجولة {round}",
    "rounds.carriedNote":
      "ملاحظة منقولة إلى اللوحة المعدلة في الجولة {round}: تحقق هل عولجت.",
    "rounds.resolved": "تمت المعالجة",
    "rounds.stillOpen": "ما زالت قائمة",
    "rounds.stillOpenReply":
      "تم التحقق في الجولة {round}: الملاحظة ما زالت قائمة في اللوحة المعدلة.",
    "rounds.summary.export": "تصدير ملخص PDF",
    "rounds.summary.printing": "جارٍ إعداد الملخص…",
    "rounds.summary.open": "فتح الملخص (PDF)",
    "rounds.summary.download": "تحميل الملخص",
    "opinion.error.notCurrentRound":
      "أعيد إيداع هذا الملف فبدأت جولة دراسة جديدة، وآراء الجولات السابقة للاطلاع فقط. زامن ثم أبدِ رأيك في الجولة الحالية.",
  },
  fr: {
    "rounds.round": "Tour {round}",
    "rounds.earlier.title": "Tours précédents (en lecture seule)",
    "rounds.column.carriedFrom": "Reportée de",
    "rounds.carriedFrom": "tour {round}",
    "rounds.carriedNote":
      "Remarque reportée sur la planche révisée au tour {round} : vérifiez si elle est levée.",
    "rounds.resolved": "Résolue",
    "rounds.stillOpen": "Toujours ouverte",
    "rounds.stillOpenReply":
      "Vérifiée au tour {round} : la remarque reste ouverte sur la planche révisée.",
    "rounds.summary.export": "Exporter un récapitulatif PDF",
    "rounds.summary.printing": "Préparation du récapitulatif…",
    "rounds.summary.open": "Ouvrir le récapitulatif (PDF)",
    "rounds.summary.download": "Télécharger le récapitulatif",
    "opinion.error.notCurrentRound":
      "Ce dossier a été redéposé : un nouveau tour d'examen a commencé et les avis des tours précédents ne se modifient plus. Synchronisez, puis donnez votre avis sur le tour en cours.",
  },
  en: {
    "rounds.round": "Round {round}",
    "rounds.earlier.title": "Earlier rounds (read-only)",
    "rounds.column.carriedFrom": "Carried from",
    "rounds.carriedFrom": "round {round}",
    "rounds.carriedNote":
      "Remark carried to the revised sheet in round {round}: check whether it is resolved.",
    "rounds.resolved": "Resolved",
    "rounds.stillOpen": "Still open",
    "rounds.stillOpenReply":
      "Checked in round {round}: the remark is still open on the revised sheet.",
    "rounds.summary.export": "Export PDF summary",
    "rounds.summary.printing": "Preparing the summary…",
    "rounds.summary.open": "Open the summary (PDF)",
    "rounds.summary.download": "Download the summary",
    "opinion.error.notCurrentRound":
      "This dossier was resubmitted: a new review round has started and opinions of earlier rounds can no longer change. Sync, then give your opinion on the current round.",
  },
};

import { registerMessages } from "../catalog";
import type { Messages } from "../catalog";

/** The Compare tab's strings: choosing revisions, overlay, alignment. */
export const compareMessages: Messages = {
  ar: {
    "compare.older": "المراجعة السابقة",
    "compare.newer": "المراجعة الجديدة",
    "compare.sheetLabel": "اللوحة",
    "compare.sheet": "اللوحة {number}",
    "compare.mode.overlay": "تراكب",
    "compare.mode.side": "جنبًا إلى جنب",
    "compare.blend": "السابقة ↔ الجديدة",
    "compare.show.both": "كلتاهما",
    "compare.show.older": "السابقة وحدها",
    "compare.show.newer": "الجديدة وحدها",
    "compare.legend.removed": "محذوف (في السابقة فقط)",
    "compare.legend.added": "مضاف (في الجديدة فقط)",
    "compare.legend.unchanged": "دون تغيير",
    "compare.measuring": "جارٍ مقارنة اللوحة كاملة…",
    "compare.noChange": "لم يُعثر على أي اختلاف.",
    "compare.changed": "تغيّر {percent} ٪ من الرسم",
    "compare.unrelated":
      "الرسمان مختلفان في معظمهما: هل هاتان مراجعتان للوحة نفسها؟ إن كانتا كذلك، فحاذِهما بزوجين من النقاط.",
    "compare.next": "الاختلاف التالي ({index}/{count})",
    "compare.align.identity":
      "اللوحتان بنفس المقاس: تُقارَنان كما هما دون تحريك.",
    "compare.align.fitted":
      "مقاسا اللوحتين مختلفان: صُغّرت اللوحة الجديدة أو كُبّرت لتطابق السابقة.",
    "compare.align.points": "تمت المحاذاة على زوجين من النقاط.",
    "compare.align.figures":
      "المقياس {scale}، الدوران {rotation}°، الإزاحة {dx}، {dy} نقطة",
    "compare.align.pick": "المحاذاة بنقطتين",
    "compare.align.reset": "إعادة المحاذاة التلقائية",
    "compare.align.cancel": "إلغاء",
    "compare.align.stepOlder":
      "انقر النقطة {index} على اللوحة السابقة (على اليسار).",
    "compare.align.stepNewer":
      "انقر النقطة نفسها {index} على اللوحة الجديدة (على اليمين).",
    "compare.align.samePoints":
      "النقطتان متطابقتان على إحدى اللوحتين. اختر نقطتين متباعدتين.",
    "compare.needTwo":
      "لا يحتوي هذا الملف إلا على لوحة واحدة: لا شيء للمقارنة بعد.",
    "compare.sameSheet": "اختر لوحتين مختلفتين للمقارنة.",
    "compare.loading": "جارٍ فتح اللوحتين…",
    "compare.error.render":
      "تعذر رسم إحدى اللوحتين للمقارنة. اختر وثيقة أو لوحة أخرى.",
  },
  fr: {
    "compare.older": "Révision antérieure",
    "compare.newer": "Révision nouvelle",
    "compare.sheetLabel": "Planche",
    "compare.sheet": "Planche {number}",
    "compare.mode.overlay": "Superposition",
    "compare.mode.side": "Côte à côte",
    "compare.blend": "Antérieure ↔ nouvelle",
    "compare.show.both": "Les deux",
    "compare.show.older": "Antérieure seule",
    "compare.show.newer": "Nouvelle seule",
    "compare.legend.removed": "Supprimé (seulement dans l'antérieure)",
    "compare.legend.added": "Ajouté (seulement dans la nouvelle)",
    "compare.legend.unchanged": "Inchangé",
    "compare.measuring": "Comparaison de la planche entière…",
    "compare.noChange": "Aucune différence trouvée.",
    "compare.changed": "{percent} % du dessin a changé",
    "compare.unrelated":
      "Les deux dessins diffèrent presque partout : s'agit-il bien de deux révisions de la même planche ? Si oui, alignez-les sur deux paires de points.",
    "compare.next": "Différence suivante ({index}/{count})",
    "compare.align.identity":
      "Planches de même format : comparées telles quelles, sans décalage.",
    "compare.align.fitted":
      "Formats différents : la nouvelle planche est mise à l'échelle de l'antérieure.",
    "compare.align.points": "Alignées sur deux paires de points.",
    "compare.align.figures":
      "Échelle {scale}, rotation {rotation}°, décalage {dx}, {dy} pt",
    "compare.align.pick": "Aligner par deux points",
    "compare.align.reset": "Revenir à l'alignement automatique",
    "compare.align.cancel": "Annuler",
    "compare.align.stepOlder":
      "Cliquez le point {index} sur la planche antérieure (à gauche).",
    "compare.align.stepNewer":
      "Cliquez le même point {index} sur la nouvelle planche (à droite).",
    "compare.align.samePoints":
      "Les deux points d'une planche sont confondus. Choisissez deux points éloignés.",
    "compare.needTwo":
      "Ce dossier n'a qu'une planche : il n'y a encore rien à comparer.",
    "compare.sameSheet": "Choisissez deux planches différentes à comparer.",
    "compare.loading": "Ouverture des deux planches…",
    "compare.error.render":
      "L'une des deux planches ne peut pas être dessinée pour la comparaison. Choisissez un autre document ou une autre planche.",
  },
  en: {
    "compare.older": "Older revision",
    "compare.newer": "Newer revision",
    "compare.sheetLabel": "Sheet",
    "compare.sheet": "Sheet {number}",
    "compare.mode.overlay": "Overlay",
    "compare.mode.side": "Side by side",
    "compare.blend": "Older ↔ newer",
    "compare.show.both": "Both",
    "compare.show.older": "Older only",
    "compare.show.newer": "Newer only",
    "compare.legend.removed": "Removed (only in the older revision)",
    "compare.legend.added": "Added (only in the newer revision)",
    "compare.legend.unchanged": "Unchanged",
    "compare.measuring": "Comparing the whole sheet…",
    "compare.noChange": "No difference found.",
    "compare.changed": "{percent} % of the drawing changed",
    "compare.unrelated":
      "The two drawings differ almost everywhere: are they revisions of the same sheet? If they are, align them on two point pairs.",
    "compare.next": "Next difference ({index}/{count})",
    "compare.align.identity":
      "Same sheet size: compared as they are, unshifted.",
    "compare.align.fitted":
      "Different sheet sizes: the newer sheet is scaled to fit the older.",
    "compare.align.points": "Aligned on two point pairs.",
    "compare.align.figures":
      "Scale {scale}, rotation {rotation}°, shift {dx}, {dy} pt",
    "compare.align.pick": "Align by two points",
    "compare.align.reset": "Back to automatic alignment",
    "compare.align.cancel": "Cancel",
    "compare.align.stepOlder": "Click point {index} on the older sheet (left).",
    "compare.align.stepNewer":
      "Click the same point {index} on the newer sheet (right).",
    "compare.align.samePoints":
      "A sheet's two points coincide. Pick two points far apart.",
    "compare.needTwo":
      "This dossier has only one sheet: there is nothing to compare yet.",
    "compare.sameSheet": "Choose two different sheets to compare.",
    "compare.loading": "Opening both sheets…",
    "compare.error.render":
      "One of the sheets cannot be drawn for comparing. Choose another document or sheet.",
  },
};

registerMessages(compareMessages);

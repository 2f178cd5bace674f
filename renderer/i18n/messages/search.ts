import type { Messages } from "../catalog";

/** Text search across the sheets of a dossier. */
export const searchMessages: Messages = {
  ar: {
    "search.label": "البحث في نصوص أوراق الملف",
    "search.placeholder": "ابحث…",
    "search.title": "ابحث في نصوص الأوراق (Ctrl+F)",
    "search.previous": "النتيجة السابقة (Shift+F3)",
    "search.next": "النتيجة التالية (F3)",
    "search.position": "{current} / {total}",
    "search.progress": "جارٍ البحث: الورقة {done} من {total}…",
    "search.pending": "يبدأ البحث حين تتوقف عن الكتابة…",
    "search.summary": "النتائج: {hits} · الأوراق: {sheets}",
    "search.none":
      "لا توجد نتيجة لـ «{query}». تحقق من الكتابة أو ابحث عن جزء من الكلمة.",
    "search.sheet": "الورقة {number}",
    "search.sheetHits": "النتائج: {count}",
    "search.noText":
      "أوراق بلا نص قابل للبحث، لم يشملها البحث: {count}. راجعها بالعين.",
    "search.noTextSheet": "الورقة {number}: لا نص قابل للبحث في هذه الورقة",
    "search.failed":
      "وثائق تعذرت قراءتها فلم يشملها البحث: {count}. السبب الأول:",
    "search.more":
      "لا تُعرض إلا أول {shown} نتيجة؛ دقّق عبارة البحث لرؤية البقية.",
  },
  fr: {
    "search.label": "Rechercher dans le texte des feuilles du dossier",
    "search.placeholder": "Rechercher…",
    "search.title": "Rechercher dans les feuilles (Ctrl+F)",
    "search.previous": "Occurrence précédente (Maj+F3)",
    "search.next": "Occurrence suivante (F3)",
    "search.position": "{current} / {total}",
    "search.progress": "Recherche : feuille {done} sur {total}…",
    "search.pending": "La recherche démarre quand vous cessez de taper…",
    "search.summary": "Occurrences : {hits} · feuilles : {sheets}",
    "search.none":
      "Aucune occurrence de « {query} ». Vérifiez l'orthographe ou cherchez une partie du mot.",
    "search.sheet": "Feuille {number}",
    "search.sheetHits": "occurrences : {count}",
    "search.noText":
      "Feuilles sans texte interrogeable, non cherchées : {count}. Examinez-les à l'œil.",
    "search.noTextSheet":
      "Feuille {number} : pas de texte interrogeable sur cette feuille",
    "search.failed":
      "Documents illisibles, non cherchés : {count}. Première cause :",
    "search.more":
      "Seules les {shown} premières occurrences sont listées ; précisez la recherche pour voir les autres.",
  },
  en: {
    "search.label": "Search the text of the dossier's sheets",
    "search.placeholder": "Search…",
    "search.title": "Search the sheets (Ctrl+F)",
    "search.previous": "Previous hit (Shift+F3)",
    "search.next": "Next hit (F3)",
    "search.position": "{current} / {total}",
    "search.progress": "Searching: sheet {done} of {total}…",
    "search.pending": "The search starts when you pause typing…",
    "search.summary": "Hits: {hits} · sheets: {sheets}",
    "search.none":
      "No hit for “{query}”. Check the spelling or search for part of the word.",
    "search.sheet": "Sheet {number}",
    "search.sheetHits": "hits: {count}",
    "search.noText":
      "Sheets without searchable text, not searched: {count}. Check them by eye.",
    "search.noTextSheet": "Sheet {number}: no searchable text on this sheet",
    "search.failed":
      "Documents that could not be read, not searched: {count}. First cause:",
    "search.more":
      "Only the first {shown} hits are listed; refine the search to see the others.",
  },
};

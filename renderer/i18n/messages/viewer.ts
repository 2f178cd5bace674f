import type { Messages } from "../catalog";

/** The sheet viewer's toolbar and states. */
export const viewerMessages: Messages = {
  ar: {
    "viewer.zoomIn": "تكبير",
    "viewer.zoomOut": "تصغير",
    "viewer.fitPage": "ملاءمة الورقة",
    "viewer.fitWidth": "ملاءمة العرض",
    "viewer.actualSize": "الحجم الفعلي",
    "viewer.nextSheet": "الورقة التالية",
    "viewer.prevSheet": "الورقة السابقة",
    "viewer.page": "ورقة {page} / {count}",
    "viewer.zoom": "{percent}٪",
    "viewer.pan": "تحريك",
    "viewer.opening": "جارٍ فتح الوثيقة…",
  },
  fr: {
    "viewer.zoomIn": "Zoom avant",
    "viewer.zoomOut": "Zoom arrière",
    "viewer.fitPage": "Page entière",
    "viewer.fitWidth": "Pleine largeur",
    "viewer.actualSize": "Taille réelle",
    "viewer.nextSheet": "Feuille suivante",
    "viewer.prevSheet": "Feuille précédente",
    "viewer.page": "page {page} / {count}",
    "viewer.zoom": "{percent} %",
    "viewer.pan": "Main",
    "viewer.opening": "Ouverture du document…",
  },
  en: {
    "viewer.zoomIn": "Zoom in",
    "viewer.zoomOut": "Zoom out",
    "viewer.fitPage": "Fit page",
    "viewer.fitWidth": "Fit width",
    "viewer.actualSize": "Actual size",
    "viewer.nextSheet": "Next sheet",
    "viewer.prevSheet": "Previous sheet",
    "viewer.page": "page {page} / {count}",
    "viewer.zoom": "{percent}%",
    "viewer.pan": "Hand",
    "viewer.opening": "Opening the document…",
  },
};

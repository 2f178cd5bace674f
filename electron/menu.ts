import { Menu, type MenuItemConstructorOptions } from "electron";

type MenuLabels = Readonly<
  Record<"file" | "edit" | "view" | "window" | "help", string>
>;

/**
 * The menu titles in the app's languages. Items use Electron roles, whose
 * labels the OS translates; only the titles are ours.
 */
const LABELS: Readonly<Record<"fr" | "ar" | "en", MenuLabels>> = {
  fr: {
    file: "Fichier",
    edit: "Édition",
    view: "Affichage",
    window: "Fenêtre",
    help: "Aide",
  },
  ar: {
    file: "ملف",
    edit: "تحرير",
    view: "عرض",
    window: "نافذة",
    help: "مساعدة",
  },
  en: {
    file: "File",
    edit: "Edit",
    view: "View",
    window: "Window",
    help: "Help",
  },
};

/** The application menu for a locale such as "fr-MA" (French by default). */
export function applicationMenu(locale: string): Menu {
  const language = locale.slice(0, 2);
  const labels =
    language === "ar" || language === "en" ? LABELS[language] : LABELS.fr;
  const template: MenuItemConstructorOptions[] = [
    { label: labels.file, submenu: [{ role: "quit" }] },
    {
      label: labels.edit,
      submenu: [
        { role: "undo" },
        { role: "redo" },
        { type: "separator" },
        { role: "cut" },
        { role: "copy" },
        { role: "paste" },
        { role: "selectAll" },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: "reload" },
        { role: "toggleDevTools" },
        { type: "separator" },
        { role: "resetZoom" },
        { role: "zoomIn" },
        { role: "zoomOut" },
        { type: "separator" },
        { role: "togglefullscreen" },
      ],
    },
    {
      label: labels.window,
      submenu: [{ role: "minimize" }, { role: "close" }],
    },
    { label: labels.help, submenu: [{ role: "about" }] },
  ];
  return Menu.buildFromTemplate(template);
}

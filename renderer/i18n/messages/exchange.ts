import type { Messages } from "../catalog";

/**
 * Exchange with Acrobat and Bluebeam: the XFDF and PDF export menu, the
 * annotations found inside a submitted PDF, and why an XFDF was refused.
 */
export const exchangeMessages: Messages = {
  ar: {
    "exchange.title": "تبادل مع Acrobat و Bluebeam",
    "exchange.importXfdf": "استيراد ملف XFDF…",
    "exchange.exportXfdf": "تصدير XFDF",
    "exchange.exportAnnotated": "تصدير PDF مع الملاحظات",
    "exchange.exportFlattened": "تصدير PDF مدمج للطباعة",
    "exchange.imported":
      "{imported, plural, zero {لم تُستورد أي ملاحظة} one {استُوردت ملاحظة واحدة} two {استُوردت ملاحظتان} few {استُوردت # ملاحظات} many {استُوردت # ملاحظةً} other {استُوردت # ملاحظة}} ({skipped, plural, zero {لم يُتجاهل أي عنصر} one {تُجوهل عنصر واحد ليس ملاحظة} two {تُجوهل عنصران ليسا ملاحظتين} few {تُجوهلت # عناصر ليست ملاحظات} many {تُجوهل # عنصرًا ليس ملاحظة} other {تُجوهل # عنصر ليس ملاحظة}}).",
    "exchange.working": "جارٍ العمل…",
    "exchange.error.pdfUnreadable":
      "تعذر إنشاء نسخة PDF مع الملاحظات لأن الملف الأصلي غير مقروء. الأصل لم يتغير.",
    "xfdf.error.tooLarge":
      "ملف XFDF أكبر من {maxMb} ميغابايت. صدِّر ملاحظات ورقة واحدة في كل مرة.",
    "xfdf.error.doctype":
      "يحتوي ملف XFDF على تعريف DOCTYPE أو كيانات، وهذا مرفوض لأسباب أمنية. لم يُحفظ شيء.",
    "xfdf.error.malformed":
      "هذا الملف ليس ملف XFDF صالحًا. صدِّره من جديد من Acrobat أو Bluebeam. لم يُحفظ شيء.",
    "xfdf.error.tooMany":
      "يحتوي ملف XFDF على أكثر من {max} عنصر. قسِّمه ثم أعد المحاولة. لم يُحفظ شيء.",
    "xfdf.error.badCoordinate":
      "إحداثيات عنصر {element} غير صالحة أو خارج الورقة بكثير. لم يُحفظ شيء.",
    "xfdf.error.missingAttribute":
      "ينقص عنصرَ {element} الحقلُ «{attribute}». لم يُحفظ شيء.",
    "xfdf.error.otherDocument":
      "أُعدّ ملف XFDF هذا للوثيقة «{file}» وليس لـ«{document}»؛ قد تقع ملاحظاته في غير مكانها. لم يُحفظ شيء.",
    "exchange.importedOutside":
      "{outside, plural, one {تقع ملاحظة واحدة خارج الورقة كليًا فلم تُستورد.} two {تقع ملاحظتان خارج الورقة كليًا فلم تُستوردا.} few {تقع # ملاحظات خارج الورقة كليًا فلم تُستورد.} other {تقع # ملاحظة خارج الورقة كليًا فلم تُستورد.}}",
    "exchange.importAnyway": "استيراد رغم ذلك",
    "xfdf.error.badPage":
      "يشير ملف XFDF إلى الورقة {page} بينما تحتوي الوثيقة على {pages} ورقة. هل هي الوثيقة الصحيحة؟ لم يُحفظ شيء.",
    "xfdf.error.stampPicture":
      "صورة أحد الأختام في ملف XFDF تالفة أو ليست صورة PNG أو JPEG بالحجم المعلن. اطلب من المرسل تصديره من جديد. لم يُحفظ شيء.",
    "xfdf.error.fieldTooLarge":
      "الحقل «{field}» لعنصر {element} أكبر من {maxMb} ميغابايت. احذف هذا العنصر أو بسّطه في البرنامج الذي أنشأه ثم صدِّر من جديد. لم يُحفظ شيء.",
    "markup.error.stampPicture":
      "صورة هذا الختم تالفة أو ليست صورة PNG أو JPEG بالحجم المعلن، فلم يُحفظ الختم. اختر ختم المصلحة من جديد أو اطلب من الأمانة إعادة إضافته.",
    "markup.error.readOnly":
      "هذه الملاحظة مصدرها برنامج آخر (مستوردة أو موجودة داخل ملف PDF المودع)، فهي للقراءة فقط. أضف رداً عليها بدل تعديلها.",
  },
  fr: {
    "exchange.title": "Échange avec Acrobat et Bluebeam",
    "exchange.importXfdf": "Importer un XFDF…",
    "exchange.exportXfdf": "Exporter en XFDF",
    "exchange.exportAnnotated": "Exporter le PDF annoté",
    "exchange.exportFlattened": "Exporter le PDF aplati (impression)",
    "exchange.imported":
      "{imported, plural, one {# annotation importée} other {# annotations importées}} ({skipped, plural, one {# élément non pris en compte} other {# éléments non pris en compte}} : liens, champs).",
    "exchange.working": "En cours…",
    "exchange.error.pdfUnreadable":
      "Impossible de produire le PDF annoté : le fichier d'origine est illisible. L'original n'a pas été modifié.",
    "xfdf.error.tooLarge":
      "Le fichier XFDF dépasse {maxMb} Mo. Exportez les annotations d'une feuille à la fois.",
    "xfdf.error.doctype":
      "Le fichier XFDF contient une déclaration DOCTYPE ou des entités, refusées par sécurité. Rien n'a été enregistré.",
    "xfdf.error.malformed":
      "Ce fichier n'est pas un XFDF valide. Exportez-le à nouveau depuis Acrobat ou Bluebeam. Rien n'a été enregistré.",
    "xfdf.error.tooMany":
      "Le fichier XFDF contient plus de {max} éléments. Scindez-le puis réessayez. Rien n'a été enregistré.",
    "xfdf.error.badCoordinate":
      "Une annotation {element} a des coordonnées invalides ou très loin de la feuille. Rien n'a été enregistré.",
    "xfdf.error.missingAttribute":
      "Il manque « {attribute} » à une annotation {element}. Rien n'a été enregistré.",
    "xfdf.error.otherDocument":
      "Ce fichier XFDF a été fait pour « {file} », pas pour « {document} » : ses annotations risquent de tomber à côté. Rien n'a été enregistré.",
    "exchange.importedOutside":
      "{outside, plural, one {# annotation entièrement hors de la feuille n'a pas été importée.} other {# annotations entièrement hors de la feuille n'ont pas été importées.}}",
    "exchange.importAnyway": "Importer quand même",
    "xfdf.error.badPage":
      "Le fichier XFDF vise la feuille {page}, mais le document n'en a que {pages}. Est-ce le bon document ? Rien n'a été enregistré.",
    "xfdf.error.stampPicture":
      "L'image d'un tampon du fichier XFDF est endommagée ou n'est pas une image PNG ou JPEG de la taille annoncée. Demandez à l'expéditeur de l'exporter à nouveau. Rien n'a été enregistré.",
    "xfdf.error.fieldTooLarge":
      "Le champ « {field} » d'une annotation {element} dépasse {maxMb} Mo. Supprimez ou simplifiez cette annotation dans le programme qui l'a créée, puis exportez à nouveau. Rien n'a été enregistré.",
    "markup.error.stampPicture":
      "L'image de ce tampon est endommagée ou n'est pas une image PNG ou JPEG de la taille annoncée ; le tampon n'a pas été enregistré. Choisissez à nouveau le tampon du service ou demandez au secrétariat de l'ajouter de nouveau.",
    "markup.error.readOnly":
      "Cette annotation vient d'un autre programme (importée ou présente dans le PDF déposé) : elle est en lecture seule. Répondez-y plutôt que de la modifier.",
  },
  en: {
    "exchange.title": "Exchange with Acrobat and Bluebeam",
    "exchange.importXfdf": "Import XFDF…",
    "exchange.exportXfdf": "Export XFDF",
    "exchange.exportAnnotated": "Export annotated PDF",
    "exchange.exportFlattened": "Export flattened PDF (print)",
    "exchange.imported":
      "{imported, plural, one {# markup imported} other {# markups imported}} ({skipped, plural, one {# item left out} other {# items left out}}: links, fields).",
    "exchange.working": "Working…",
    "exchange.error.pdfUnreadable":
      "The annotated PDF could not be made: the original file is unreadable. The original was not changed.",
    "xfdf.error.tooLarge":
      "The XFDF file is larger than {maxMb} MB. Export one sheet's markups at a time.",
    "xfdf.error.doctype":
      "The XFDF file contains a DOCTYPE or entity declarations, refused for safety. Nothing was saved.",
    "xfdf.error.malformed":
      "This file is not valid XFDF. Export it again from Acrobat or Bluebeam. Nothing was saved.",
    "xfdf.error.tooMany":
      "The XFDF file holds more than {max} items. Split it and try again. Nothing was saved.",
    "xfdf.error.badCoordinate":
      "A {element} annotation has coordinates that are invalid or far off the sheet. Nothing was saved.",
    "xfdf.error.missingAttribute":
      "A {element} annotation lacks its “{attribute}”. Nothing was saved.",
    "xfdf.error.otherDocument":
      "This XFDF file was made for “{file}”, not for “{document}”: its markups may land in the wrong place. Nothing was saved.",
    "exchange.importedOutside":
      "{outside, plural, one {# markup lying wholly off the sheet was not imported.} other {# markups lying wholly off the sheet were not imported.}}",
    "exchange.importAnyway": "Import anyway",
    "xfdf.error.badPage":
      "The XFDF file points at sheet {page}, but the document has {pages}. Is it the right document? Nothing was saved.",
    "xfdf.error.stampPicture":
      "A stamp's picture in the XFDF file is damaged or is not a PNG or JPEG picture of the size it claims. Ask the sender to export it again. Nothing was saved.",
    "xfdf.error.fieldTooLarge":
      "The “{field}” of a {element} annotation is larger than {maxMb} MB. Remove or simplify that annotation in the program that made it, then export again. Nothing was saved.",
    "markup.error.stampPicture":
      "This stamp's picture is damaged or is not a PNG or JPEG of the size it states, so the stamp was not saved. Choose the service's stamp again or ask the secretariat to add it again.",
    "markup.error.readOnly":
      "This markup comes from another program (imported, or inside the submitted PDF), so it is read only. Reply to it instead of changing it.",
  },
};

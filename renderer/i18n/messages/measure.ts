import type { Messages } from "../catalog";

/** Measuring tools, calibration and measurement errors. */
export const measureMessages: Messages = {
  ar: {
    "measure.value.length": "{length} م",
    "measure.value.area": "{area} م² · المحيط {perimeter} م",
    "measure.value.angle": "{degrees}°",
    "measure.tools": "القياس",
    "measure.tool.measure_length": "طول",
    "measure.tool.measure_polyline": "مسار",
    "measure.tool.measure_area": "مساحة ومحيط",
    "measure.tool.measure_angle": "زاوية",
    "measure.tool.measure_count": "عدّ",
    "measure.tool.calibrate": "معايرة بنقطتين",
    "measure.scale": "المقياس",
    "measure.scaleOption": "1/{denominator}",
    "measure.scaleChoose": "اختر مقياسًا…",
    "measure.calibration.none":
      "الورقة غير معايرة: اختر مقياسًا أو عاير بنقطتين.",
    "measure.calibration.markup": "مقياس الورقة 1/{denominator}",
    "measure.calibration.document": "مقياس ملف PDF 1/{denominator}",
    "measure.calibration.unitless":
      "لمقياس ملف PDF وحدة غير معروفة؛ عاير الورقة.",
    "measure.knownLength": "الطول الحقيقي بين النقطتين (م)",
    "measure.apply": "تطبيق",
    "measure.panel.move": "انقل لوحة القياس إلى الركن الآخر",
    "measure.error.lengthFormat":
      "اكتب المسافة بالأمتار، مثل 12,5 (دون فواصل الآلاف).",
    "measure.error.lengthRange": "يجب أن تكون المسافة بين {min} م و{max} م.",
    "measure.cancel": "إلغاء",
    "measure.save": "حفظ",
    "measure.cutOut": "إضافة فراغ مقتطع",
    "measure.hint.measure_length": "انقر على طرفي الطول.",
    "measure.hint.measure_polyline":
      "انقر على كل نقطة، ثم انقر مرتين أو اضغط Enter.",
    "measure.hint.measure_area":
      "انقر على رؤوس المحيط ثم انقر مرتين لإغلاقه؛ يمكن إضافة فراغات مقتطعة.",
    "measure.hint.measure_angle": "انقر على نقطة ثم الرأس ثم نقطة أخرى.",
    "measure.hint.measure_count": "انقر على كل عنصر، ثم اضغط Enter.",
    "measure.hint.calibrate": "انقر على طرفي طول معروف.",
    "measure.snapping": "جارٍ تحضير الالتقاط…",
    "measure.error.samePoints": "النقطتان متطابقتان: اختر نقطتين متباعدتين.",
    "measure.error.badLength": "أدخل طولًا موجبًا بالأمتار.",
    "measure.error.badScale": "اختر مقياسًا صالحًا.",
    "measure.error.noCalibration": "عاير الورقة قبل القياس.",
  },
  fr: {
    "measure.value.length": "{length} m",
    "measure.value.area": "{area} m² · P {perimeter} m",
    "measure.value.angle": "{degrees}°",
    "measure.tools": "Mesure",
    "measure.tool.measure_length": "Longueur",
    "measure.tool.measure_polyline": "Parcours",
    "measure.tool.measure_area": "Surface et périmètre",
    "measure.tool.measure_angle": "Angle",
    "measure.tool.measure_count": "Comptage",
    "measure.tool.calibrate": "Étalonner sur deux points",
    "measure.scale": "Échelle",
    "measure.scaleOption": "1/{denominator}",
    "measure.scaleChoose": "Choisir une échelle…",
    "measure.calibration.none":
      "Feuille non étalonnée : choisissez une échelle ou étalonnez sur deux points.",
    "measure.calibration.markup": "Échelle de la feuille 1/{denominator}",
    "measure.calibration.document": "Échelle du PDF 1/{denominator}",
    "measure.calibration.unitless":
      "L'échelle du PDF n'a pas d'unité connue ; étalonnez la feuille.",
    "measure.knownLength": "Distance réelle entre les deux points (m)",
    "measure.apply": "Appliquer",
    "measure.panel.move": "Déplacer le panneau de mesure dans l'autre coin",
    "measure.error.lengthFormat":
      "Écrivez la distance en mètres, par exemple 12,5 (sans séparateur de milliers).",
    "measure.error.lengthRange":
      "La distance doit être comprise entre {min} m et {max} m.",
    "measure.cancel": "Annuler",
    "measure.save": "Enregistrer",
    "measure.cutOut": "Ajouter un évidement",
    "measure.hint.measure_length": "Cliquez les deux extrémités.",
    "measure.hint.measure_polyline":
      "Cliquez chaque point, puis double-cliquez ou appuyez sur Entrée.",
    "measure.hint.measure_area":
      "Cliquez les sommets du contour, double-cliquez pour le fermer ; ajoutez des évidements si besoin.",
    "measure.hint.measure_angle":
      "Cliquez un point, le sommet, puis un autre point.",
    "measure.hint.measure_count":
      "Cliquez chaque élément, puis appuyez sur Entrée.",
    "measure.hint.calibrate":
      "Cliquez les deux extrémités d'une distance connue.",
    "measure.snapping": "Préparation de l'accrochage…",
    "measure.error.samePoints":
      "Les deux points sont confondus : choisissez deux points distincts.",
    "measure.error.badLength": "Saisissez une longueur positive en mètres.",
    "measure.error.badScale": "Choisissez une échelle valide.",
    "measure.error.noCalibration": "Étalonnez la feuille avant de mesurer.",
  },
  en: {
    "measure.value.length": "{length} m",
    "measure.value.area": "{area} m² · P {perimeter} m",
    "measure.value.angle": "{degrees}°",
    "measure.tools": "Measure",
    "measure.tool.measure_length": "Length",
    "measure.tool.measure_polyline": "Path",
    "measure.tool.measure_area": "Area and perimeter",
    "measure.tool.measure_angle": "Angle",
    "measure.tool.measure_count": "Count",
    "measure.tool.calibrate": "Calibrate on two points",
    "measure.scale": "Scale",
    "measure.scaleOption": "1/{denominator}",
    "measure.scaleChoose": "Choose a scale…",
    "measure.calibration.none":
      "Sheet not calibrated: choose a scale or calibrate on two points.",
    "measure.calibration.markup": "Sheet scale 1/{denominator}",
    "measure.calibration.document": "PDF scale 1/{denominator}",
    "measure.calibration.unitless":
      "The PDF's scale has no known unit; calibrate the sheet.",
    "measure.knownLength": "Real distance between the two points (m)",
    "measure.apply": "Apply",
    "measure.panel.move": "Move the measuring panel to the other corner",
    "measure.error.lengthFormat":
      "Write the distance in metres, for example 12.5 (no thousands separator).",
    "measure.error.lengthRange":
      "The distance must lie between {min} m and {max} m.",
    "measure.cancel": "Cancel",
    "measure.save": "Save",
    "measure.cutOut": "Add a cut-out",
    "measure.hint.measure_length": "Click both ends.",
    "measure.hint.measure_polyline":
      "Click each point, then double-click or press Enter.",
    "measure.hint.measure_area":
      "Click the outline's corners, double-click to close it; add cut-outs if needed.",
    "measure.hint.measure_angle":
      "Click a point, the vertex, then another point.",
    "measure.hint.measure_count": "Click each item, then press Enter.",
    "measure.hint.calibrate": "Click both ends of a known distance.",
    "measure.snapping": "Preparing snapping…",
    "measure.error.samePoints":
      "The two points coincide: pick two distinct points.",
    "measure.error.badLength": "Enter a positive length in metres.",
    "measure.error.badScale": "Choose a valid scale.",
    "measure.error.noCalibration": "Calibrate the sheet before measuring.",
  },
};

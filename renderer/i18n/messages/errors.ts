import type { Messages } from "../catalog";

/**
 * Sentences for the `UserError` keys the services and the renderer raise.
 * Each says what happened and what the user can do about it.
 */
export const errorMessages: Messages = {
  ar: {
    "error.generic":
      "حدث خطأ غير متوقع. أعد المحاولة، وإن تكرر الخطأ فاتصل بالدعم التقني.",
    "error.badRequest":
      "رُفض الطلب لأن معطياته غير صالحة. أعد تحميل الصفحة ثم أعد المحاولة.",
    "error.internal":
      "وقع عطل داخلي في محطة العمل. أعد المحاولة بعد لحظة، وإن تكرر فاتصل بالدعم التقني.",
    "error.network":
      "تعذر الاتصال بمحطة العمل. تحقق من أن التطبيق ما زال يعمل ثم أعد المحاولة.",
    "document.error.offline":
      "لم يتم تنزيل هذه الوثيقة بعد وأنت غير متصل. اتصل بالشبكة ثم اضغط «مزامنة الآن».",
    "document.error.unreadable":
      "هذه الوثيقة ليست ملف PDF مقروءاً. اطلب من صاحب الملف إيداع نسخة سليمة.",
    "document.error.passwordProtected":
      "هذه الوثيقة محمية بكلمة مرور فلا يمكن عرضها. اطلب من صاحب الملف نسخة بدون كلمة مرور.",
    "document.error.noPages":
      "لا تحتوي هذه الوثيقة على أي لوحة. اطلب من صاحب الملف إيداع التصاميم.",
    "document.error.timeout":
      "استغرقت قراءة هذه الوثيقة وقتاً طويلاً فتوقفت. أعد المحاولة، وإن تكرر فاطلب نسخة أخف.",
    "document.error.implausible":
      "أبعاد هذه الوثيقة أو عدد صفحاتها غير معقول، فلا يمكن عرضها. اطلب من صاحب الملف نسخة سليمة.",
    "markup.error.notAuthor":
      "لا يمكن تعديل أو حذف إلا الملاحظات التي أضفتها بنفسك. أضف ملاحظة جديدة بدل ذلك.",
    "opinion.error.signed":
      "هذا الرأي موقع فلا يمكن تعديله. للتغيير، يجب فتح جولة دراسة جديدة.",
    "signature.error.badPassword":
      "كلمة مرور ملف الشهادة غير صحيحة. أعد كتابتها ثم حاول مرة أخرى.",
    "signature.error.notPkcs12":
      "الملف المختار ليس شهادة PKCS#12 ‏(‎.p12 أو ‎.pfx). اختر ملف شهادتك الصحيح.",
    "signature.error.noKey":
      "لا يحتوي ملف الشهادة على مفتاح خاص للتوقيع. اطلب من الجهة المصدرة ملفاً كاملاً.",
    "signature.error.unsupportedKey":
      "نوع المفتاح في هذه الشهادة غير مدعوم. استعمل شهادة بمفتاح RSA أو اتصل بالدعم التقني.",
    "auth.error.badCredentials":
      "اسم المستخدم أو كلمة المرور غير صحيح. تحقق منهما ثم أعد المحاولة.",
    "viewer.error.openFailed":
      "تعذر فتح هذه الوثيقة كملف PDF. افتح وثيقة أخرى أو اطلب نسخة سليمة.",
    "error.details": "التفاصيل مسجلة في سجل التطبيق.",
  },
  fr: {
    "error.generic":
      "Une erreur inattendue s'est produite. Réessayez ; si elle se répète, contactez le support technique.",
    "error.badRequest":
      "La demande a été refusée car ses données ne sont pas valides. Rechargez la page puis réessayez.",
    "error.internal":
      "Une panne interne du poste de travail s'est produite. Réessayez dans un instant ; si elle se répète, contactez le support technique.",
    "error.network":
      "Impossible de joindre le poste de travail. Vérifiez que l'application tourne toujours, puis réessayez.",
    "document.error.offline":
      "Ce document n'a pas encore été téléchargé et vous êtes hors ligne. Reconnectez-vous puis cliquez sur « Synchroniser ».",
    "document.error.unreadable":
      "Ce document n'est pas un PDF lisible. Demandez au déposant d'en fournir une copie saine.",
    "document.error.passwordProtected":
      "Ce document est protégé par un mot de passe et ne peut pas être affiché. Demandez au déposant une copie sans mot de passe.",
    "document.error.noPages":
      "Ce document ne contient aucune planche. Demandez les plans au déposant.",
    "document.error.timeout":
      "La lecture de ce document a pris trop de temps et a été interrompue. Réessayez ; si cela se répète, demandez une version plus légère.",
    "document.error.implausible":
      "Les dimensions ou le nombre de pages de ce document sont invraisemblables ; il ne peut pas être affiché. Demandez une copie saine au déposant.",
    "markup.error.notAuthor":
      "Seul l'auteur d'une annotation peut la modifier ou la supprimer. Ajoutez plutôt votre propre annotation.",
    "opinion.error.signed":
      "Cet avis est signé et ne peut plus être modifié. Pour le changer, un nouveau tour d'instruction doit être ouvert.",
    "signature.error.badPassword":
      "Le mot de passe du certificat est incorrect. Saisissez-le de nouveau puis réessayez.",
    "signature.error.notPkcs12":
      "Le fichier choisi n'est pas un certificat PKCS#12 (.p12 ou .pfx). Choisissez votre fichier de certificat.",
    "signature.error.noKey":
      "Le certificat ne contient pas de clé privée de signature. Demandez un fichier complet à l'autorité qui l'a délivré.",
    "signature.error.unsupportedKey":
      "Le type de clé de ce certificat n'est pas pris en charge. Utilisez un certificat à clé RSA ou contactez le support technique.",
    "auth.error.badCredentials":
      "Nom d'utilisateur ou mot de passe incorrect. Vérifiez-les puis réessayez.",
    "viewer.error.openFailed":
      "Ce document n'a pas pu être ouvert comme PDF. Ouvrez un autre document ou demandez une copie saine.",
    "error.details":
      "Les détails sont consignés dans le journal de l'application.",
  },
  en: {
    "error.generic":
      "Something unexpected went wrong. Try again; if it happens again, contact technical support.",
    "error.badRequest":
      "The request was refused because its data is not valid. Reload the page and try again.",
    "error.internal":
      "The workstation had an internal failure. Try again in a moment; if it happens again, contact technical support.",
    "error.network":
      "The workstation cannot be reached. Check that the application is still running, then try again.",
    "document.error.offline":
      "This document has not been downloaded yet and you are offline. Reconnect, then click “Sync now”.",
    "document.error.unreadable":
      "This document is not a readable PDF. Ask the applicant for a sound copy.",
    "document.error.passwordProtected":
      "This document is protected by a password, so it cannot be shown. Ask the applicant for a copy without a password.",
    "document.error.noPages":
      "This document has no sheets. Ask the applicant for the plans.",
    "document.error.timeout":
      "Reading this document took too long and was stopped. Try again; if it happens again, ask for a lighter version.",
    "document.error.implausible":
      "This document's page size or page count is implausible, so it cannot be shown. Ask the applicant for a sound copy.",
    "markup.error.notAuthor":
      "Only a markup's author may edit or delete it. Add your own markup instead.",
    "opinion.error.signed":
      "This opinion is signed and can no longer change. To change it, a new review round must be opened.",
    "signature.error.badPassword":
      "The certificate password is wrong. Type it again and retry.",
    "signature.error.notPkcs12":
      "The chosen file is not a PKCS#12 certificate (.p12 or .pfx). Choose your certificate file.",
    "signature.error.noKey":
      "The certificate file holds no private signing key. Ask its issuer for a complete file.",
    "signature.error.unsupportedKey":
      "This certificate's key type is not supported. Use a certificate with an RSA key or contact technical support.",
    "auth.error.badCredentials":
      "Wrong username or password. Check them and try again.",
    "viewer.error.openFailed":
      "This document could not be opened as a PDF. Open another document or ask for a sound copy.",
    "error.details": "The details are written to the application log.",
  },
};

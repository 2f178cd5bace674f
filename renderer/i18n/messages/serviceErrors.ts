import type { Messages } from "../catalog";

/**
 * Sentences for the further error keys the workstation services and the
 * central server raise (sign-in, documents, sync, opinions). Kept apart
 * from errors.ts, which holds the contract's base keys.
 */
export const serviceErrorMessages: Messages = {
  ar: {
    "document.error.immutable":
      "هذه الوثيقة موقعة أو مسجلة ولا يمكن تغييرها. أنشئ وثيقة جديدة بدلاً منها.",
    "document.error.kindNotWritable":
      "لا يمكن لمحطة العمل إضافة هذا النوع من الوثائق، فالكتابة وحدها تودع وثائق الملف.",
    "sync.error.entityNotWritable":
      "رفض الخادم تغييراً لا يحق لمحطة العمل إرساله. أعد تحميل الملف، وإن تكرر ذلك فأخبر المسؤول.",
    "sync.error.invalidRecord":
      "رفض الخادم تغييراً غير صالح من محطة العمل. أعد تحميل الملف وأعد إدخال التغيير.",
    "session.error.badCredentials":
      "اسم المستخدم أو كلمة المرور غير صحيح. تحقق منهما ثم أعد المحاولة.",
    "auth.error.invalidCredentials":
      "رفض الخادم المركزي اسم المستخدم أو كلمة المرور. تحقق منهما ثم أعد المحاولة.",
    "auth.error.required":
      "انتهت صلاحية دخولك إلى الخادم المركزي. سجل الخروج ثم ادخل من جديد.",
    "session.error.expired": "انتهت صلاحية جلستك. ادخل من جديد لمتابعة العمل.",
    "session.error.signedOut":
      "لم تعد مسجلاً للدخول. ادخل من جديد لمتابعة العمل.",
    "session.error.notFound":
      "لم يتم العثور على هذه الدورة. زامن ثم أعد المحاولة.",
    "dossier.error.notFound":
      "لم يتم العثور على هذا الملف على محطة العمل. اضغط «مزامنة الآن» ثم أعد فتحه.",
    "document.error.notFound":
      "لم يتم العثور على هذه الوثيقة. اضغط «مزامنة الآن» ثم أعد المحاولة.",
    "document.error.missing":
      "هذه الوثيقة غير موجودة بعد على محطة العمل. اضغط «مزامنة الآن» وانتظر انتهاء التنزيل.",
    "document.error.blobMissing":
      "ملف هذه الوثيقة غير موجود على الخادم. اطلب من الكتابة إعادة إيداعه.",
    "document.error.corrupt":
      "الملف المنزل تالف. اضغط «مزامنة الآن» لإعادة تنزيله.",
    "document.error.hashMismatch":
      "الملف المنزل لا يطابق الأصل المسجل. اضغط «مزامنة الآن» لإعادة تنزيله.",
    "markup.error.notFound":
      "لم تعد هذه الملاحظة موجودة، ربما حذفها كاتبها. أعد تحميل الملف.",
    "opinion.error.notAuthor":
      "لا يمكن تعديل إلا رأيك أنت. افتح رأيك الخاص بدل ذلك.",
    "opinion.error.notOwner":
      "هذا الرأي يخص عضواً آخر، فلا يمكنك تعديله أو توقيعه.",
    "opinion.error.notFound":
      "لم يتم العثور على هذا الرأي. أعد تحميل الملف ثم حاول مرة أخرى.",
    "opinion.error.notMember":
      "لست عضواً في اللجنة المكلفة بهذا الملف، فلا يمكنك إبداء رأي فيه.",
    "opinion.error.notSigned":
      "هذا الرأي غير موقع بعد، فلا توجد نسخة PDF موقعة. وقعه أولاً.",
    "opinion.error.offline":
      "يتطلب هذا الإجراء الاتصال بالخادم المركزي. اتصل بالشبكة ثم أعد المحاولة.",
    "opinion.error.signedPdfMissing":
      "نسخة PDF الموقعة غير موجودة بعد على محطة العمل. اضغط «مزامنة الآن» ثم أعد المحاولة.",
    "opinion.error.duplicate":
      "لديك رأي آخر في هذا الملف لنفس جولة الدراسة. افتح رأيك الموجود وعدّله بدل إنشاء رأي جديد.",
    "opinion.error.signatureInvalid":
      "رفض الخادم الرأي الموقع لأن توقيع ملف PDF غير صالح أو الملف ليس PDF موقعاً. وقّع الرأي من جديد.",
    "signature.error.alreadySigned":
      "هذا الرأي موقع من قبل. لا حاجة لتوقيعه مرة أخرى.",
    "signature.error.notPdf":
      "تعذر إنشاء ملف PDF للرأي قبل التوقيع. أعد المحاولة أو اتصل بالدعم التقني.",
    "sync.error.failed":
      "فشلت المزامنة مع الخادم المركزي. ستتم إعادة المحاولة تلقائياً، أو اضغط «مزامنة الآن».",
    "sync.error.offline":
      "تعذر الوصول إلى الخادم المركزي. عملك محفوظ محلياً وسيرسل عند عودة الاتصال.",
    "sync.error.rejected":
      "رفض الخادم بعض التغييرات المحلية. أعد تحميل الملف وتحقق من عملك.",
    "sync.error.badCursor":
      "اختلت حالة المزامنة. اضغط «مزامنة الآن» لإعادة تحميل المعطيات.",
    "server.error.internal":
      "وقع عطل في الخادم المركزي. ستتم إعادة المحاولة لاحقاً؛ وإن تكرر فاتصل بالمسؤول.",
    "request.error.invalid":
      "رُفض الطلب لأن معطياته غير صالحة. أعد تحميل الصفحة ثم أعد المحاولة.",
    "request.error.tooLarge": "الملف المرسل كبير جداً. اختر ملفاً أصغر.",
    "signature.error.certificateExpired":
      "انتهت صلاحية شهادة التوقيع هذه في {notAfter}، فالتوقيع بها لا قيمة له. لم يوقع الرأي وبقي مسودة. استعمل شهادة سارية.",
    "signature.error.certificateNotYetValid":
      "شهادة التوقيع هذه لا تسري إلا ابتداء من {notBefore}. لم يوقع الرأي وبقي مسودة. استعمل شهادة سارية أو تحقق من ساعة الحاسوب.",
    "session.error.pendingChanges":
      "لم تصل بعد تغييرات {name} إلى الخادم المركزي. على {name} أن يدخل من جديد على هذه المحطة وهي متصلة بالشبكة لإرسالها، ثم يخرج.",
    "session.error.signOutPending":
      "لم تصل بعد بعض تغييراتك إلى الخادم المركزي، والخروج الآن قد يحول دون إرسالها. اتصل بالشبكة ثم أعد محاولة الخروج.",
    "store.error.reset":
      "كانت قاعدة المعطيات المحلية لهذه المحطة تالفة، فنحيت جانباً وأعيد تحميل المعطيات من الخادم. ما لم يرسل قبل ذلك قد يكون ضاع: تحقق من آخر عمل لك.",
  },
  fr: {
    "document.error.immutable":
      "Ce document est signé ou enregistré et ne peut plus changer. Créez-en un nouveau à la place.",
    "document.error.kindNotWritable":
      "Un poste ne peut pas ajouter ce type de document : seul le secrétariat dépose les pièces du dossier.",
    "sync.error.entityNotWritable":
      "Le serveur a refusé une modification qu'un poste ne peut pas envoyer. Rechargez le dossier ; si cela se répète, prévenez l'administrateur.",
    "sync.error.invalidRecord":
      "Le serveur a refusé une modification invalide venue de ce poste. Rechargez le dossier et refaites la modification.",
    "session.error.badCredentials":
      "Nom d'utilisateur ou mot de passe incorrect. Vérifiez-les puis réessayez.",
    "auth.error.invalidCredentials":
      "Le serveur central a refusé ce nom d'utilisateur ou ce mot de passe. Vérifiez-les puis réessayez.",
    "auth.error.required":
      "Votre connexion au serveur central a expiré. Déconnectez-vous puis reconnectez-vous.",
    "session.error.expired":
      "Votre session a expiré. Reconnectez-vous pour continuer.",
    "session.error.signedOut":
      "Vous n'êtes plus connecté. Reconnectez-vous pour continuer.",
    "session.error.notFound":
      "Cette session est introuvable. Synchronisez puis réessayez.",
    "dossier.error.notFound":
      "Ce dossier est introuvable sur ce poste. Cliquez sur « Synchroniser » puis rouvrez-le.",
    "document.error.notFound":
      "Ce document est introuvable. Cliquez sur « Synchroniser » puis réessayez.",
    "document.error.missing":
      "Ce document n'est pas encore sur ce poste. Cliquez sur « Synchroniser » et attendez la fin du téléchargement.",
    "document.error.blobMissing":
      "Le fichier de ce document manque sur le serveur. Demandez au secrétariat de le déposer à nouveau.",
    "document.error.corrupt":
      "Le fichier téléchargé est abîmé. Cliquez sur « Synchroniser » pour le télécharger à nouveau.",
    "document.error.hashMismatch":
      "Le fichier téléchargé ne correspond pas à l'original enregistré. Cliquez sur « Synchroniser » pour le télécharger à nouveau.",
    "markup.error.notFound":
      "Cette annotation n'existe plus ; son auteur l'a peut-être supprimée. Rechargez le dossier.",
    "opinion.error.notAuthor":
      "Vous ne pouvez modifier que votre propre avis. Ouvrez plutôt le vôtre.",
    "opinion.error.notOwner":
      "Cet avis appartient à un autre membre : vous ne pouvez ni le modifier ni le signer.",
    "opinion.error.notFound":
      "Cet avis est introuvable. Rechargez le dossier puis réessayez.",
    "opinion.error.notMember":
      "Vous n'êtes pas membre de la commission saisie de ce dossier : vous ne pouvez pas y donner d'avis.",
    "opinion.error.notSigned":
      "Cet avis n'est pas encore signé, il n'a donc pas de PDF signé. Signez-le d'abord.",
    "opinion.error.offline":
      "Cette action demande une connexion au serveur central. Reconnectez-vous puis réessayez.",
    "opinion.error.signedPdfMissing":
      "Le PDF signé n'est pas encore sur ce poste. Cliquez sur « Synchroniser » puis réessayez.",
    "opinion.error.duplicate":
      "Vous avez déjà un avis sur ce dossier pour ce tour d'examen. Ouvrez votre avis existant et modifiez-le au lieu d'en créer un autre.",
    "opinion.error.signatureInvalid":
      "Le serveur a refusé l'avis signé : la signature du PDF n'est pas valide ou le fichier n'est pas un PDF signé. Signez l'avis à nouveau.",
    "signature.error.alreadySigned":
      "Cet avis est déjà signé ; inutile de le signer à nouveau.",
    "signature.error.notPdf":
      "Le PDF de l'avis n'a pas pu être produit avant la signature. Réessayez ou contactez le support technique.",
    "sync.error.failed":
      "La synchronisation avec le serveur central a échoué. Elle sera retentée automatiquement ; vous pouvez aussi cliquer sur « Synchroniser ».",
    "sync.error.offline":
      "Le serveur central est injoignable. Votre travail est gardé sur ce poste et partira au retour de la connexion.",
    "sync.error.rejected":
      "Le serveur a refusé certaines modifications locales. Rechargez le dossier et vérifiez votre travail.",
    "sync.error.badCursor":
      "L'état de synchronisation est incohérent. Cliquez sur « Synchroniser » pour recharger les données.",
    "server.error.internal":
      "Le serveur central a rencontré une panne. Une nouvelle tentative aura lieu ; si cela persiste, prévenez l'administrateur.",
    "request.error.invalid":
      "La demande a été refusée car ses données ne sont pas valides. Rechargez la page puis réessayez.",
    "request.error.tooLarge":
      "Le fichier envoyé est trop volumineux. Choisissez un fichier plus petit.",
    "signature.error.certificateExpired":
      "Ce certificat de signature a expiré le {notAfter} : une signature faite avec lui n'a pas de valeur. L'avis n'est pas signé et reste un brouillon. Utilisez un certificat en cours de validité.",
    "signature.error.certificateNotYetValid":
      "Ce certificat de signature n'est valide qu'à partir du {notBefore}. L'avis n'est pas signé et reste un brouillon. Utilisez un certificat valide ou vérifiez l'horloge de l'ordinateur.",
    "session.error.pendingChanges":
      "Les modifications de {name} ne sont pas encore parvenues au serveur central. {name} doit se reconnecter sur ce poste, en ligne, pour les envoyer, puis se déconnecter.",
    "session.error.signOutPending":
      "Certaines de vos modifications ne sont pas encore parvenues au serveur central ; vous déconnecter maintenant les bloquerait. Connectez-vous au réseau puis réessayez de vous déconnecter.",
    "store.error.reset":
      "La base locale de ce poste était endommagée : elle a été mise de côté et les données sont rechargées depuis le serveur. Ce qui n'avait pas été envoyé peut être perdu : vérifiez votre dernier travail.",
  },
  en: {
    "document.error.immutable":
      "This document is signed or registered and can no longer change. Create a new one instead.",
    "document.error.kindNotWritable":
      "A workstation cannot add this kind of document: only the secretariat files a dossier's documents.",
    "sync.error.entityNotWritable":
      "The server refused a change a workstation may not send. Reload the dossier; if it happens again, tell the administrator.",
    "sync.error.invalidRecord":
      "The server refused an invalid change from this workstation. Reload the dossier and make the change again.",
    "session.error.badCredentials":
      "Wrong username or password. Check them and try again.",
    "auth.error.invalidCredentials":
      "The central server refused this username or password. Check them and try again.",
    "auth.error.required":
      "Your connection to the central server has expired. Sign out, then sign in again.",
    "session.error.expired":
      "Your session has expired. Sign in again to continue.",
    "session.error.signedOut":
      "You are no longer signed in. Sign in again to continue.",
    "session.error.notFound":
      "This session cannot be found. Sync, then try again.",
    "dossier.error.notFound":
      "This dossier is not on this workstation. Click “Sync now”, then open it again.",
    "document.error.notFound":
      "This document cannot be found. Click “Sync now”, then try again.",
    "document.error.missing":
      "This document is not on this workstation yet. Click “Sync now” and wait for the download to finish.",
    "document.error.blobMissing":
      "This document's file is missing on the server. Ask the secretariat to upload it again.",
    "document.error.corrupt":
      "The downloaded file is damaged. Click “Sync now” to download it again.",
    "document.error.hashMismatch":
      "The downloaded file does not match the registered original. Click “Sync now” to download it again.",
    "markup.error.notFound":
      "This markup no longer exists; its author may have deleted it. Reload the dossier.",
    "opinion.error.notAuthor":
      "You can only change your own opinion. Open yours instead.",
    "opinion.error.notOwner":
      "This opinion belongs to another member: you can neither change nor sign it.",
    "opinion.error.notFound":
      "This opinion cannot be found. Reload the dossier and try again.",
    "opinion.error.notMember":
      "You are not a member of the commission reviewing this dossier, so you cannot give an opinion on it.",
    "opinion.error.notSigned":
      "This opinion is not signed yet, so it has no signed PDF. Sign it first.",
    "opinion.error.offline":
      "This action needs the central server. Reconnect, then try again.",
    "opinion.error.signedPdfMissing":
      "The signed PDF is not on this workstation yet. Click “Sync now”, then try again.",
    "opinion.error.duplicate":
      "You already have an opinion on this dossier for this review round. Open your existing opinion and change it instead of creating another.",
    "opinion.error.signatureInvalid":
      "The server refused the signed opinion: the PDF's signature does not verify or the file is not a signed PDF. Sign the opinion again.",
    "signature.error.alreadySigned":
      "This opinion is already signed; there is no need to sign it again.",
    "signature.error.notPdf":
      "The opinion's PDF could not be produced before signing. Try again or contact technical support.",
    "sync.error.failed":
      "Sync with the central server failed. It will be retried automatically; you can also click “Sync now”.",
    "sync.error.offline":
      "The central server cannot be reached. Your work is kept on this workstation and will be sent when the connection returns.",
    "sync.error.rejected":
      "The server refused some local changes. Reload the dossier and check your work.",
    "sync.error.badCursor":
      "The sync state is inconsistent. Click “Sync now” to reload the data.",
    "server.error.internal":
      "The central server had a failure. It will be retried; if this persists, tell the administrator.",
    "request.error.invalid":
      "The request was refused because its data is not valid. Reload the page and try again.",
    "request.error.tooLarge":
      "The file sent is too large. Choose a smaller file.",
    "signature.error.certificateExpired":
      "This signing certificate expired on {notAfter}: a signature made with it has no value. The opinion is not signed and stays a draft. Use a certificate that is still valid.",
    "signature.error.certificateNotYetValid":
      "This signing certificate is only valid from {notBefore}. The opinion is not signed and stays a draft. Use a valid certificate or check the computer's clock.",
    "session.error.pendingChanges":
      "{name}'s changes have not reached the central server yet. {name} must sign in again on this workstation, online, to send them, then sign out.",
    "session.error.signOutPending":
      "Some of your changes have not reached the central server yet; signing out now would hold them back. Connect to the network, then sign out again.",
    "store.error.reset":
      "This workstation's local database was damaged: it was set aside and the data is loaded again from the server. Work not sent before may be lost: check your latest work.",
  },
};

# Skyfolio، العربية.
# كل نص يراه المستخدم في Skyfolio موجود هنا. المعرّفات مكتوبة بصيغة kebab-case: `area-thing[-state]`؛
# ورسائل الأخطاء بصيغة `error-<code>`، رسالة لكل رمز يمكن أن يُبلغ عنه التطبيق.

## النافذة

app-title = Skyfolio
page-loading = جارٍ التحميل…
nav-label = الأقسام
nav-photos = الصور
nav-albums = الألبومات
nav-trash = سلة المحذوفات
nav-storage = مساحة التخزين
nav-devices = الأجهزة
nav-account = الحساب

## التشغيل الأول

welcome-title = مرحبًا بك في Skyfolio
welcome-lead = صورك ومقاطع الفيديو الخاصة بك على كل كمبيوتر تستخدمه، وفي سحابة تملكها أنت.
welcome-local-title = استخدام سحابة محلية على هذا الكمبيوتر
welcome-local-body = ابدأ فورًا: يحتفظ Skyfolio بنسخة ثانية آمنة من صورك في مجلد خاص به على هذا الكمبيوتر. ويمكنك الانتقال إلى خادم لاحقًا.
welcome-local-button = البدء بسحابة محلية
welcome-local-starting = جارٍ البدء…
welcome-server-title = تسجيل الدخول إلى خادم Skyfolio
welcome-server-body = استخدم الخادم الذي تديره عائلتك أو شركتك، أو خادمك الخاص.
welcome-server = عنوان الخادم
welcome-email = البريد الإلكتروني
welcome-password = كلمة المرور
welcome-register = إنشاء حساب على هذا الخادم
welcome-invite = رمز الدعوة (إن أعطاك مسؤول الخادم رمزًا)
welcome-sign-in-button = تسجيل الدخول
welcome-register-button = إنشاء حساب

## شريط الأدوات

add-photos = إضافة صور
add-photos-dialog = اختر الصور ومقاطع الفيديو التي تريد رفعها
add-folder = إضافة مجلد
add-folder-dialog = اختر مجلدًا لرفعه
filter-label = عرض
filter-all = الكل
filter-photos = الصور
filter-videos = مقاطع الفيديو
selection-count = { $count ->
    [zero] لم يتم تحديد أي عنصر
    [one] تم تحديد عنصر واحد
    [two] تم تحديد عنصرين
    [few] تم تحديد { $count } عناصر
    [many] تم تحديد { $count } عنصرًا
   *[other] تم تحديد { $count } عنصر
}
selection-download = تنزيل
selection-trash = نقل إلى سلة المحذوفات
selection-clear = إلغاء التحديد

## المخطط الزمني

gallery-label = الصور ومقاطع الفيديو، الأحدث أولًا
gallery-loading = جارٍ تحميل صورك…
gallery-empty-title = ستظهر صورك هنا
gallery-empty = اسحب الصور ومقاطع الفيديو إلى هذه النافذة، أو اختر «إضافة صور».
gallery-count = { $count ->
    [zero] لا توجد عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
gallery-count-more = { $count ->
    [zero] لا توجد عناصر حتى الآن…
    [one] عنصر واحد حتى الآن…
    [two] عنصران حتى الآن…
    [few] { $count } عناصر حتى الآن…
    [many] { $count } عنصرًا حتى الآن…
   *[other] { $count } عنصر حتى الآن…
}
# المتغير $day تاريخ مكتوب بالكامل.
gallery-select-day = تحديد كل العناصر في { $day }
gallery-day-count = { $count ->
    [zero] لا توجد عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
gallery-photo = صورة
gallery-video = فيديو
place-this-computer = على هذا الكمبيوتر فقط
place-cloud = في السحابة فقط
place-both = على هذا الكمبيوتر وفي السحابة
tile-uploading = جارٍ الرفع
tile-failed = تعذّر الرفع

## عارض الصور

viewer-label = عارض الصور
viewer-previous = السابق
viewer-next = التالي
viewer-zoom-in = تكبير
viewer-zoom-out = تصغير
viewer-info = التفاصيل
viewer-download = تنزيل
viewer-trash = نقل إلى سلة المحذوفات
viewer-close = إغلاق
viewer-counter = { $position } من { $count }
viewer-photo-alt = صورة التُقطت في { $date }
viewer-no-preview = لا تتوفر معاينة لهذا العنصر.
info-date = تاريخ الالتقاط
info-size = الحجم
info-dimensions = الأبعاد
info-dimensions-value = { $width } × { $height }
info-duration = المدة
info-camera = الكاميرا
info-place = الموقع
info-where = مكان الحفظ
info-file = الملف
info-cloud-path = المسار في السحابة

## الرفع والتنزيل

drop-here = أفلِت الملفات هنا لرفعها
upload-album-title = { $count ->
    [zero] إلى أي ألبوم تريد رفع { $count } عنصر؟
    [one] إلى أي ألبوم تريد رفع عنصر واحد؟
    [two] إلى أي ألبوم تريد رفع عنصرين؟
    [few] إلى أي ألبوم تريد رفع { $count } عناصر؟
    [many] إلى أي ألبوم تريد رفع { $count } عنصرًا؟
   *[other] إلى أي ألبوم تريد رفع { $count } عنصر؟
}
upload-album-label = الألبوم
upload-album-default = المرفوعات
upload-finished = { $count ->
    [zero] لم يتم رفع أي عنصر.
    [one] تم رفع عنصر واحد.
    [two] تم رفع عنصرين.
    [few] تم رفع { $count } عناصر.
    [many] تم رفع { $count } عنصرًا.
   *[other] تم رفع { $count } عنصر.
}
download-dialog = اختر مكان حفظ النسخ الأصلية
download-finished = { $count ->
    [zero] لم يتم تنزيل أي عنصر.
    [one] تم تنزيل عنصر واحد.
    [two] تم تنزيل عنصرين.
    [few] تم تنزيل { $count } عناصر.
    [many] تم تنزيل { $count } عنصرًا.
   *[other] تم تنزيل { $count } عنصر.
}
download-only-here = { $count ->
    [zero] لا توجد عناصر موجودة على هذا الكمبيوتر فقط.
    [one] لن يتم تنزيل عنصر واحد لأنه موجود على هذا الكمبيوتر فقط.
    [two] لن يتم تنزيل عنصرين لأنهما موجودان على هذا الكمبيوتر فقط.
    [few] لن يتم تنزيل { $count } عناصر لأنها موجودة على هذا الكمبيوتر فقط.
    [many] لن يتم تنزيل { $count } عنصرًا لأنها موجودة على هذا الكمبيوتر فقط.
   *[other] لن يتم تنزيل { $count } عنصر لأنها موجودة على هذا الكمبيوتر فقط.
}
transfers-label = الرفع والتنزيل
transfer-upload-running = جارٍ الرفع: { $done } من { $total }
transfer-upload-paused = الرفع متوقف مؤقتًا: { $done } من { $total }
transfer-upload-done = تم رفع { $done } من { $total }
transfer-upload-cancelled = تم إلغاء الرفع
transfer-upload-failed = انتهى الرفع مع وجود مشكلات
transfer-download-running = جارٍ التنزيل: { $done } من { $total }
transfer-download-paused = التنزيل متوقف مؤقتًا: { $done } من { $total }
transfer-download-done = تم تنزيل { $done } من { $total }
transfer-download-cancelled = تم إلغاء التنزيل
transfer-download-failed = انتهى التنزيل مع وجود مشكلات
transfer-bytes = { $done } من { $total }
transfer-file = { $name }: { $percent }
transfer-pause = إيقاف مؤقت
transfer-resume = استئناف
transfer-cancel = إلغاء
transfer-dismiss = إخفاء
transfer-failures = { $count ->
    [zero] لم يفشل أي ملف
    [one] فشل نقل ملف واحد
    [two] فشل نقل ملفين
    [few] فشل نقل { $count } ملفات
    [many] فشل نقل { $count } ملفًا
   *[other] فشل نقل { $count } ملف
}

## المزامنة

sync-syncing = جارٍ المزامنة…
# يبدأ المتغير $done من 1: وهو الملف الذي يُرسَل الآن.
sync-uploading = جارٍ الرفع: { $done } من { $total }
sync-downloading = جارٍ التنزيل: { $done } من { $total }
sync-up-to-date = كل شيء محدَّث
sync-up-to-date-at = كل شيء محدَّث · { $time }
sync-pending = للرفع: { $uploads }، للتنزيل: { $downloads }
sync-failed = { $count ->
    [zero] لا توجد ملفات تعذّرت مزامنتها
    [one] تعذّرت مزامنة ملف واحد
    [two] تعذّرت مزامنة ملفين
    [few] تعذّرت مزامنة { $count } ملفات
    [many] تعذّرت مزامنة { $count } ملفًا
   *[other] تعذّرت مزامنة { $count } ملف
}
sync-signed-out = لم يتم تسجيل الدخول
sync-held = { $count ->
    [zero] لا توجد مجلدات تنتظر ردك
    [one] مجلد واحد ينتظر ردك
    [two] مجلدان ينتظران ردك
    [few] { $count } مجلدات تنتظر ردك
    [many] { $count } مجلدًا تنتظر ردك
   *[other] { $count } مجلد تنتظر ردك
}
sync-folder-problems = { $count ->
    [zero] لا توجد مجلدات تتعذر مزامنتها
    [one] تتعذر مزامنة مجلد واحد
    [two] تتعذر مزامنة مجلدين
    [few] تتعذر مزامنة { $count } مجلدات
    [many] تتعذر مزامنة { $count } مجلدًا
   *[other] تتعذر مزامنة { $count } مجلد
}

## الألبومات

albums-title = الألبومات
albums-top = بدون ألبوم
albums-empty = تظهر الألبومات هنا بعد أن ترفع صورًا إليها.
albums-count = { $count ->
    [zero] لا توجد عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $countText } عناصر
    [many] { $countText } عنصرًا
   *[other] { $countText } عنصر
}
albums-download = تنزيل
albums-download-all = تنزيل الكل
albums-download-named = تنزيل الألبوم «{ $name }»

## سلة المحذوفات

trash-title = سلة المحذوفات
trash-lead = تبقى الصور ومقاطع الفيديو المحذوفة هنا، وتُحتسب من مساحة التخزين الخاصة بك، إلى أن تُحذف نهائيًا.
trash-nothing = سلة المحذوفات فارغة.
trash-days-left = { $days ->
    [0] سيُحذف نهائيًا اليوم
    [zero] سيُحذف نهائيًا اليوم
    [one] سيُحذف نهائيًا بعد يوم واحد
    [two] سيُحذف نهائيًا بعد يومين
    [few] سيُحذف نهائيًا بعد { $days } أيام
    [many] سيُحذف نهائيًا بعد { $days } يومًا
   *[other] سيُحذف نهائيًا بعد { $days } يوم
}
trash-restore = استعادة
trash-restored = تمت استعادة «{ $name }».
trash-delete-forever = حذف نهائيًا
trash-delete-forever-title = هل تريد الحذف نهائيًا؟
trash-delete-forever-body = سيُحذف «{ $name }» من كل الأجهزة، ولن يمكن استرجاعه.
trash-empty-button = إفراغ سلة المحذوفات
trash-empty-title = هل تريد إفراغ سلة المحذوفات؟
trash-empty-body = سيُحذف كل ما فيها من كل الأجهزة، ولن يمكن استرجاعه.
trash-move = نقل إلى سلة المحذوفات
trash-move-title = { $count ->
    [zero] هل تريد نقل { $count } عنصر إلى سلة المحذوفات؟
    [one] هل تريد نقل عنصر واحد إلى سلة المحذوفات؟
    [two] هل تريد نقل عنصرين إلى سلة المحذوفات؟
    [few] هل تريد نقل { $count } عناصر إلى سلة المحذوفات؟
    [many] هل تريد نقل { $count } عنصرًا إلى سلة المحذوفات؟
   *[other] هل تريد نقل { $count } عنصر إلى سلة المحذوفات؟
}
trash-move-body = سيختفي ما حددته من كل الأجهزة، ويمكنك استعادته من سلة المحذوفات ما دام فيها.
trash-moved = { $count ->
    [zero] لم يتم نقل أي عنصر إلى سلة المحذوفات.
    [one] تم نقل عنصر واحد إلى سلة المحذوفات.
    [two] تم نقل عنصرين إلى سلة المحذوفات.
    [few] تم نقل { $count } عناصر إلى سلة المحذوفات.
    [many] تم نقل { $count } عنصرًا إلى سلة المحذوفات.
   *[other] تم نقل { $count } عنصر إلى سلة المحذوفات.
}
trash-only-here = هذه العناصر موجودة على هذا الكمبيوتر فقط: احذفها من المجلد الذي توجد فيه.

## مساحة التخزين

storage-title = مساحة التخزين
storage-used = تم استخدام { $used } من { $quota }
storage-used-disk = تم استخدام { $used } · المساحة المتاحة على هذا الكمبيوتر: { $free }
storage-photos = الصور
storage-videos = مقاطع الفيديو
storage-other = ملفات أخرى
storage-trash = سلة المحذوفات
storage-free-title = إخلاء مساحة
storage-empty-trash = إفراغ سلة المحذوفات
storage-largest-videos = أكبر مقاطع الفيديو
storage-no-videos = لا توجد مقاطع فيديو بعد.
storage-duplicates = الصورة نفسها بأسماء مختلفة
storage-no-duplicates = لا توجد صورة محفوظة مرتين.
storage-move-to-trash = نقل إلى سلة المحذوفات
storage-uploads-title = عمليات رفع جارية
storage-uploads-lead = الملفات في طريقها إلى السحابة تشغل { $size } من مساحتك حتى تصل. الجهاز الذي ما زال يرسلها يكمل من تلقاء نفسه؛ ألغِ ما لن يصل.
storage-upload-detail = من { $device } · { $done } من { $size }
storage-upload-unknown-device = جهاز آخر
storage-upload-cancel = إلغاء الرفع

## الأجهزة

devices-title = الأجهزة
devices-lead = كل أجهزة الكمبيوتر والهواتف التي سُجِّل الدخول منها إلى حسابك. عند إلغاء ربط أحدها، تتوقف مزامنته فورًا.
devices-this = هذا الكمبيوتر
devices-never = لم تتم بعد
devices-meta = { $platform } · آخر نشاط: { $seen } · آخر مزامنة: { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = إلغاء الربط
devices-unlink-title = هل تريد إلغاء ربط «{ $name }»؟
devices-unlink-body = ستتوقف مزامنته فورًا، ويجب تسجيل الدخول منه مجددًا لإعادة ربطه. وتبقى صوره محفوظة عليه.

## الحساب

account-title = الحساب
account-where = السحابة
account-local-cloud = سحابة محلية على هذا الكمبيوتر
account-email = الحساب
account-local-owner = أنت، على هذا الكمبيوتر
account-device = هذا الكمبيوتر
account-folders = المجلدات قيد المزامنة
account-no-folders = لا توجد مجلدات بعد. أضف مجلدًا لتتم مزامنته مع السحابة في الاتجاهين.
account-add-folder = إضافة مجلد
account-add-folder-dialog = اختر مجلدًا لمزامنته
account-sign-out = تسجيل الخروج
account-sign-out-title = هل تريد الاحتفاظ بصورك على هذا الكمبيوتر؟
account-sign-out-body = أنت على وشك تسجيل الخروج. يمكن أن تبقى الصور ومقاطع الفيديو الموجودة في مجلداتك المتزامنة هنا، أو أن يُنقل المحفوظ منها بأمان في السحابة إلى سلة المحذوفات.
account-sign-out-keep = الاحتفاظ بها وتسجيل الخروج
account-sign-out-remove = إزالتها
account-sign-out-remove-title = هل تريد إزالة الصور من هذا الكمبيوتر؟
account-sign-out-remove-body = ستُنقل كل الصور ومقاطع الفيديو المحفوظة بأمان في السحابة إلى سلة المحذوفات على هذا الكمبيوتر. أما الملفات الموجودة هنا فقط فستبقى.
mode-two-way = في الاتجاهين
mode-upload-only = نسخ احتياطي: من هذا الكمبيوتر إلى السحابة
mode-download-only = من السحابة إلى هذا الكمبيوتر
folder-state-ok = جاهز
folder-state-missing = غير موجود (هل القرص غير موصول؟)
folder-state-error = تتعذّر قراءته
folder-state-emptied = فارغ، رغم أنه كان يحتوي على صور

## الإعدادات

nav-settings = الإعدادات
settings-title = الإعدادات
settings-language = اللغة
settings-language-system = لغة هذا الكمبيوتر ({ $language })
settings-language-hint = تتغير النافذة وشريط المهام والإشعارات فورًا.
settings-folders = المجلدات على هذا الكمبيوتر
settings-folders-hint = تتم مزامنة كل مجلد مع السحابة بطريقته الخاصة. وإزالة مجلد توقف مزامنته فقط، وتبقى صوره في مكانها.
# المتغير $path هو مكان المجلد على هذا الكمبيوتر.
settings-folder-mode = طريقة مزامنة { $path }
settings-folder-whole-cloud = السحابة كلها
settings-folder-album = الألبوم «{ $album }»
settings-folder-paused = متوقف مؤقتًا
settings-folder-pause = إيقاف مؤقت
settings-folder-resume = استئناف
settings-folder-remove = إزالة
settings-folder-remove-title = هل تريد إيقاف مزامنة { $path }؟
settings-folder-remove-body = ستبقى صوره ومقاطع الفيديو التي فيه على هذا الكمبيوتر وفي السحابة. ويمكنك إضافة المجلد مجددًا في أي وقت.
settings-sync = المزامنة
settings-transfers = عدد الملفات المنقولة في الوقت نفسه
settings-upload-limit = سرعة الرفع
settings-download-limit = سرعة التنزيل
settings-limit-none = بأقصى سرعة ممكنة
# المتغير $size حجم مثل «1 ميغابايت».
settings-limit-rate = بحد أقصى { $size } في الثانية
settings-deletions = عند حذف صورة في أحد الجانبين
settings-deletions-ask = حذفها من الجانب الآخر أيضًا، مع السؤال أولًا عند حذف الكثير دفعة واحدة
settings-deletions-send = حذفها من الجانب الآخر أيضًا دائمًا
settings-deletions-never = الاحتفاظ بها في الجانب الآخر حتى أؤكد ذلك
settings-deletions-hint = تُنقل الصور المحذوفة إلى سلة المحذوفات في كلا الجانبين، ولا تُحذف نهائيًا على الفور.
settings-app = هذا الكمبيوتر
settings-start-at-login = تشغيل Skyfolio عند تسجيل الدخول
settings-close-to-tray = متابعة المزامنة في شريط المهام عند إغلاق النافذة
settings-notifications = إظهار الإشعارات
settings-phone = هاتفك
settings-phone-switch = السماح لهاتفي بالوصول إلى هذا الكمبيوتر
settings-phone-hint = عند تشغيل هذا الخيار، يمكن للهواتف والأجهزة الأخرى المتصلة بالشبكة نفسها (Wi-Fi) فتح Skyfolio الموجود على هذا الكمبيوتر في متصفحاتها. الاتصال على شبكتك المنزلية غير مشفّر: شغّل هذا الخيار في المنزل، لا على شبكات Wi-Fi العامة.
settings-phone-qr = رمز QR لتسجيل دخول هاتفك
settings-phone-address = العنوان الذي يفتحه هاتفك
# المتغير $time هو وقت انتهاء صلاحية الرمز: ساعة من اليوم (مع التاريخ إن لم يكن قريبًا).
settings-phone-scan = امسح هذا الرمز بكاميرا هاتفك، أو افتح العنوان في متصفحه. يسجّل الرمز دخول هاتفك مرة واحدة ويبقى صالحًا حتى { $time }.
settings-phone-new-code = رمز جديد
settings-phone-expired = انتهت صلاحية هذا الرمز. اختر «رمز جديد» للحصول على رمز آخر.
settings-phone-no-network = هذا الكمبيوتر غير متصل بأي شبكة يمكن للهاتف الوصول إليها. صِله بشبكة Wi-Fi لديك، ثم اختر «رمز جديد».
settings-cache = ذاكرة التخزين المؤقت للصور المصغّرة
settings-cache-hint = صور صغيرة محفوظة لعرض المخطط الزمني بسرعة. وإذا مسحتها، فستُنشأ من جديد أثناء التمرير.
settings-cache-size = { $size } على هذا الكمبيوتر
settings-cache-clear = مسح
settings-cache-cleared = تم مسح ذاكرة التخزين المؤقت للصور المصغّرة
settings-account = الخادم والحساب
settings-account-open = إدارة الحساب

## حالة المزامنة

nav-health = المزامنة
health-title = حالة المزامنة
health-lead = ما ينتظر، وما تعذّرت مزامنته وسبب ذلك، وما ينتظر موافقتك.
health-last-success = آخر مزامنة مكتملة
health-never = لم تتم بعد
health-pending = قيد الانتظار
health-nothing-pending = لا شيء
# المتغير $count هو عدد الملفات التي تعذّرت مزامنتها.
health-failed = { $count ->
    [zero] لا توجد ملفات تعذّرت مزامنتها
    [one] تعذّرت مزامنة ملف واحد
    [two] تعذّرت مزامنة ملفين
    [few] تعذّرت مزامنة { $count } ملفات
    [many] تعذّرت مزامنة { $count } ملفًا
   *[other] تعذّرت مزامنة { $count } ملف
}
health-direction-upload = رفع
health-direction-download = تنزيل
# المتغير $direction هو «رفع» أو «تنزيل»، و$reason هو السبب، و$next هو موعد المحاولة التالية.
health-failed-meta = { $direction } · { $reason } · { $attempts ->
    [zero] لم تتم أي محاولة
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $attempts } محاولات
    [many] { $attempts } محاولةً
   *[other] { $attempts } محاولة
}، المحاولة التالية: { $next }
health-retry = إعادة المحاولة الآن
health-retried = { $count ->
    [zero] لا توجد ملفات لإعادة محاولة مزامنتها
    [one] تُعاد محاولة مزامنة ملف واحد
    [two] تُعاد محاولة مزامنة ملفين
    [few] تُعاد محاولة مزامنة { $count } ملفات
    [many] تُعاد محاولة مزامنة { $count } ملفًا
   *[other] تُعاد محاولة مزامنة { $count } ملف
}
health-held-folder-empty = هذا المجلد فارغ، رغم أنه كان يحتوي على صور. لن يُجرى فيه أي شيء حتى ترد: استرجعها من السحابة، أو احذفها من السحابة أيضًا.
health-held-album-empty = لم تعد السحابة تحتوي على أي شيء لهذا المجلد، رغم أنها كانت تحتوي عليه. لن يُجرى فيه أي شيء حتى ترد: أعدها إلى السحابة، أو انقلها إلى سلة المحذوفات على هذا الكمبيوتر أيضًا.
health-held-many = { $count ->
    [zero] لا توجد عمليات حذف تنتظر ردك.
    [one] عملية حذف واحدة تنتظر ردك.
    [two] عمليتا حذف تنتظران ردك.
    [few] { $count } عمليات حذف دفعة واحدة تنتظر ردك.
    [many] { $count } عمليةَ حذف دفعة واحدة تنتظر ردك.
   *[other] { $count } عملية حذف دفعة واحدة تنتظر ردك.
}
health-held-always-ask = { $count ->
    [zero] لا توجد عمليات حذف تنتظر ردك.
    [one] عملية حذف واحدة تنتظر ردك، كما تطلب الإعدادات.
    [two] عمليتا حذف تنتظران ردك، كما تطلب الإعدادات.
    [few] { $count } عمليات حذف تنتظر ردك، كما تطلب الإعدادات.
    [many] { $count } عمليةَ حذف تنتظر ردك، كما تطلب الإعدادات.
   *[other] { $count } عملية حذف تنتظر ردك، كما تطلب الإعدادات.
}
health-held-to-cloud = إلى سلة محذوفات السحابة
health-held-to-trash = إلى سلة المحذوفات على هذا الكمبيوتر
health-held-more = و{ $count } أخرى
health-held-delete = احذفها من الجهة الأخرى أيضًا
health-held-restore = استرجعها
health-apply-title = { $count ->
    [zero] هل تريد حذف { $count } صورة من الجانب الآخر أيضًا؟
    [one] هل تريد حذف صورة واحدة من الجانب الآخر أيضًا؟
    [two] هل تريد حذف صورتين من الجانب الآخر أيضًا؟
    [few] هل تريد حذف { $count } صور من الجانب الآخر أيضًا؟
    [many] هل تريد حذف { $count } صورةً من الجانب الآخر أيضًا؟
   *[other] هل تريد حذف { $count } صورة من الجانب الآخر أيضًا؟
}
health-apply-body = ستُنقل إلى سلة المحذوفات هناك، ويمكن استعادتها منها خلال 30 يومًا.
health-rename-twin = امنحه اسمًا خاصًا به
health-renamed-twin = أُعيدت تسميته في السحابة إلى { $name }.
health-not-synced = { $count ->
    [zero] لا توجد ملفات مستبعدة من المزامنة
    [one] لا تتم مزامنة ملف واحد
    [two] لا تتم مزامنة ملفين
    [few] لا تتم مزامنة { $count } ملفات
    [many] لا تتم مزامنة { $count } ملفًا
   *[other] لا تتم مزامنة { $count } ملف
}
health-all-good = كل شيء محدَّث.
health-diagnostics = التشخيص
health-diagnostics-hint = ملف واحد يضم الإصدارات والإعدادات وحالة المزامنة والسجلات الأخيرة، لمن يساعدك. ولا يحتوي على أي صور أو كلمات مرور أو رموز مميزة.
health-diagnostics-save = حفظ ملف التشخيص…
health-diagnostics-dialog = حفظ ملف التشخيص
# المتغير $path هو مكان حفظ الملف، و$size حجمه.
health-diagnostics-saved = تم الحفظ في { $path } ({ $size })

## الإشعارات

notice-sync-finished-title = اكتملت المزامنة
notice-sync-finished-body = { $uploaded ->
    [zero] لم يتم رفع أي ملف
    [one] تم رفع ملف واحد
    [two] تم رفع ملفين
    [few] تم رفع { $uploaded } ملفات
    [many] تم رفع { $uploaded } ملفًا
   *[other] تم رفع { $uploaded } ملف
}، { $downloaded ->
    [zero] ولم يتم تنزيل أي ملف
    [one] وتم تنزيل ملف واحد
    [two] وتم تنزيل ملفين
    [few] وتم تنزيل { $downloaded } ملفات
    [many] وتم تنزيل { $downloaded } ملفًا
   *[other] وتم تنزيل { $downloaded } ملف
}.
notice-failed-title = { $count ->
    [zero] لا توجد ملفات تعذّرت مزامنتها
    [one] تعذّرت مزامنة ملف واحد
    [two] تعذّرت مزامنة ملفين
    [few] تعذّرت مزامنة { $count } ملفات
    [many] تعذّرت مزامنة { $count } ملفًا
   *[other] تعذّرت مزامنة { $count } ملف
}
notice-failed-body = افتح Skyfolio وانتقل إلى «المزامنة» لمعرفة السبب وإعادة المحاولة.
notice-signed-out-title = توقفت المزامنة
notice-signed-out-body = تم تسجيل خروج هذا الكمبيوتر. سجّل الدخول مجددًا لمتابعة المزامنة، وستبقى صورك في مكانها.
notice-unlinked-body = تم إلغاء ربط هذا الكمبيوتر بالحساب. سجّل الدخول مجددًا لمتابعة المزامنة، وستبقى صورك في مكانها.
notice-storage-title = مساحة التخزين في السحابة على وشك الامتلاء
# المتغير $percent عدد صحيح.
notice-storage-body = تم استخدام { $percent }% من المساحة. أفرغ سلة المحذوفات أو أزِل مقاطع الفيديو الكبيرة لمتابعة النسخ الاحتياطي.
notice-tray-title = يواصل Skyfolio المزامنة
notice-tray-body = عند إغلاق النافذة يبقى Skyfolio في شريط المهام. ويمكنك فتحه أو إنهاؤه من هناك.

## اللغات، كل منها باسمها في لغتها

language-en-us = English
language-zh-cn = 简体中文
language-ru-ru = Русский
language-es-es = Español
language-pt-br = Português (Brasil)
language-hi-in = हिन्दी
language-id-id = Bahasa Indonesia
language-de-de = Deutsch
language-fr-fr = Français
language-ar = العربية

## شريط المهام

tray-open = فتح Skyfolio
tray-sync-now = المزامنة الآن
tray-pause = إيقاف المزامنة مؤقتًا
tray-resume = استئناف المزامنة
tray-language = اللغة
tray-quit = إنهاء Skyfolio
tray-status-paused = المزامنة متوقفة مؤقتًا
tray-tooltip = Skyfolio · { $status }

## مربعات الحوار

dialog-ok = حسنًا
dialog-cancel = إلغاء
dialog-close = إغلاق

## سطر الأوامر

# ما يعرضه الأمر `skyfolio`. أسطره قصيرة مثل أسطر أدوات سطر الأوامر الأخرى؛ وما يأتي بعد `--`
# (--all و--home DIR) و`skyfolio …` يُكتب كما هو ولا يُترجم. المتغيران $path و$folder مكانان على
# هذا الكمبيوتر، و$reason يذكر سبب الفشل (رسالة خطأ ثم تفاصيلها بين قوسين).
# المتغير $message رسالة خطأ، و$detail يذكر الملف والسبب بالإنجليزية.
cli-error = skyfolio: { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = لا يوجد مكان للمكتبة: حدّده باستخدام --home DIR
cli-no-runtime = تعذّر على Skyfolio تشغيل مسارات العمل الخاصة به
cli-download-what = حدّد ما تريد تنزيله: --all أو --album الاسم أو --id المعرّف
# المتغير $language اسم لغة مكتوب بتلك اللغة، و$tag رمزها (ar).
cli-language-chosen = { $language } ({ $tag })، اخترتها هنا (يعود `skyfolio language --system` إلى اتباع لغة هذا الكمبيوتر)
cli-language-system = { $language } ({ $tag })، لغة هذا الكمبيوتر (يختار `skyfolio language TAG` لغة أخرى)
cli-language-available = اللغات:
cli-language-set = يستخدم Skyfolio من الآن اللغة { $language } ({ $tag })، هنا وفي التطبيق
cli-language-set-system = يعود Skyfolio إلى اتباع لغة هذا الكمبيوتر: { $language } ({ $tag })
# المتغير $languages قائمة الرموز: en-US وzh-CN…
cli-language-unknown = لا يتوفر Skyfolio باللغة { $tag }؛ اختر إحدى هذه اللغات: { $languages }
# العلامة بين العدد الصحيح وكسره (1.5 ميغابايت).
cli-decimal-mark = .
# ما يفصل بين أجزاء القائمة (تم رفع: 3، تم تنزيل: 2).
cli-list-separator = { "، " }
cli-size-bytes = { $count ->
   *[other] { $count } بايت
}
# المتغير $amount عدد مثل 1.5.
cli-size-kb = { $amount } كيلوبايت
cli-size-mb = { $amount } ميغابايت
cli-size-gb = { $amount } غيغابايت
cli-size-tb = { $amount } تيرابايت
cli-never = لم تتم بعد
cli-login-password = كلمة المرور:
cli-login-password-stdin = أدخل كلمة المرور عبر الإدخال القياسي باستخدام --password-stdin
cli-login-password-unread = تتعذّر قراءة كلمة المرور
# المتغير $device هو الاسم الذي يظهر به هذا الكمبيوتر بين الأجهزة المرتبطة.
cli-login-done = تم تسجيل الدخول إلى { $server } باسم { $email } (اسم هذا الكمبيوتر «{ $device }»، والرمز المميز محفوظ { $store ->
    [keychain] في سلسلة المفاتيح
   *[file] في ملف خاص
})
cli-logout-server-not-told = تعذّر إبلاغ الخادم؛ وقد نسي هذا الكمبيوتر رمزه المميز
cli-logout-trashed = { $count ->
    [zero] تم تسجيل الخروج؛ ولم يُنقل أي ملف إلى سلة المحذوفات
    [one] تم تسجيل الخروج؛ ونُقل ملف واحد متزامن إلى سلة المحذوفات
    [two] تم تسجيل الخروج؛ ونُقل ملفان متزامنان إلى سلة المحذوفات
    [few] تم تسجيل الخروج؛ ونُقلت { $count } ملفات متزامنة إلى سلة المحذوفات
    [many] تم تسجيل الخروج؛ ونُقل { $count } ملفًا متزامنًا إلى سلة المحذوفات
   *[other] تم تسجيل الخروج؛ ونُقل { $count } ملف متزامن إلى سلة المحذوفات
}
cli-logout-kept = تم تسجيل الخروج؛ وتبقى صورك على هذا الكمبيوتر
# المتغير $done قائمة بما فعلته جولة المزامنة (الرسائل أدناه)، أو «كل شيء محدَّث».
cli-sync-folder = { $folder }: { $done }
cli-sync-uploaded = تم رفع: { $count }
cli-sync-downloaded = تم تنزيل: { $count }
cli-sync-moved = تم نقل: { $count }
cli-sync-trashed-in-cloud = أُرسل إلى سلة محذوفات السحابة: { $count }
cli-sync-trashed-here = نُقل إلى سلة المحذوفات على هذا الكمبيوتر: { $count }
cli-sync-conflicts = { $count ->
    [zero] لم يُحتفظ بنسختين من أي ملف
    [one] احتُفظ بنسختي ملف واحد
    [two] احتُفظ بنسختي ملفين
    [few] احتُفظ بنسختي { $count } ملفات
    [many] احتُفظ بنسختي { $count } ملفًا
   *[other] احتُفظ بنسختي { $count } ملف
}
cli-sync-in-step = كل شيء محدَّث
cli-sync-settling-wait = { $count ->
    [zero] لا توجد ملفات قيد الكتابة…
    [one] بانتظار ملف واحد لا يزال قيد الكتابة…
    [two] بانتظار ملفين لا يزالان قيد الكتابة…
    [few] بانتظار { $count } ملفات لا تزال قيد الكتابة…
    [many] بانتظار { $count } ملفًا لا تزال قيد الكتابة…
   *[other] بانتظار { $count } ملف لا تزال قيد الكتابة…
}
cli-sync-settling = { $count ->
    [zero] لا توجد ملفات قيد الكتابة
    [one] ملف واحد لا يزال قيد الكتابة: لم يُرسل بعد
    [two] ملفان لا يزالان قيد الكتابة: لم يُرسلا بعد
    [few] { $count } ملفات لا تزال قيد الكتابة: لم تُرسل بعد
    [many] { $count } ملفًا لا تزال قيد الكتابة: لم تُرسل بعد
   *[other] { $count } ملف لا تزال قيد الكتابة: لم تُرسل بعد
}
cli-sync-skipped = { $count ->
    [zero] لم يتغير أي ملف أثناء المزامنة
    [one] تغيّر ملف واحد أثناء المزامنة: تُرك للجولة التالية
    [two] تغيّر ملفان أثناء المزامنة: تُركا للجولة التالية
    [few] تغيّرت { $count } ملفات أثناء المزامنة: تُركت للجولة التالية
    [many] تغيّر { $count } ملفًا أثناء المزامنة: تُركت للجولة التالية
   *[other] تغيّر { $count } ملف أثناء المزامنة: تُركت للجولة التالية
}
# المتغير $problem يذكر بالإنجليزية سبب عدم مزامنة المجلد (غير موجود، تتعذّر قراءته).
cli-sync-folder-problem = لم تتم المزامنة: { $problem }
cli-sync-waiting = { $count ->
    [zero] لا توجد عمليات نقل تنتظر إعادة المحاولة
    [one] عملية نقل واحدة تنتظر إعادة المحاولة
    [two] عمليتا نقل تنتظران إعادة المحاولة
    [few] { $count } عمليات نقل تنتظر إعادة المحاولة
    [many] { $count } عمليةَ نقل تنتظر إعادة المحاولة
   *[other] { $count } عملية نقل تنتظر إعادة المحاولة
}
cli-held-folder-empty = المجلد فارغ، رغم أنه كان يحتوي على صور: لن يُجرى فيه أي شيء حتى ترد
cli-held-album-empty = لم تعد السحابة تحتوي على أي شيء لهذا المجلد، رغم أنها كانت تحتوي عليه: لن يُجرى فيه أي شيء حتى ترد
cli-held-many = { $count ->
    [zero] لن يُنقل أي ملف إلى سلة المحذوفات
    [one] سيُنقل ملف واحد إلى سلة المحذوفات: ينتظر ردك
    [two] سيُنقل ملفان إلى سلة المحذوفات: ينتظران ردك
    [few] ستُنقل { $count } ملفات دفعة واحدة إلى سلة المحذوفات: تنتظر ردك
    [many] سيُنقل { $count } ملفًا دفعة واحدة إلى سلة المحذوفات: تنتظر ردك
   *[other] سيُنقل { $count } ملف دفعة واحدة إلى سلة المحذوفات: تنتظر ردك
}
cli-held-always-ask = { $count ->
    [zero] لا توجد عمليات حذف تنتظر ردك
    [one] عملية حذف واحدة تنتظر ردك، كما تطلب الإعدادات
    [two] عمليتا حذف تنتظران ردك، كما تطلب الإعدادات
    [few] { $count } عمليات حذف تنتظر ردك، كما تطلب الإعدادات
    [many] { $count } عمليةَ حذف تنتظر ردك، كما تطلب الإعدادات
   *[other] { $count } عملية حذف تنتظر ردك، كما تطلب الإعدادات
}
cli-held-to-cloud = { $path } → سلة محذوفات السحابة
cli-held-to-trash = { $path } → سلة المحذوفات على هذا الكمبيوتر
cli-held-more = و{ $count } أخرى
cli-held-answer = رُدّ باستخدام `skyfolio sync --delete-held { $fingerprint }` (احذفها من الجهة الأخرى أيضًا) أو `skyfolio sync --restore-held { $fingerprint }` (استرجعها)
cli-held-prompt = أتحذفها من الجهة الأخرى أيضًا (d)، أم تسترجعها (r)، أم تتركها الآن (Enter)؟{ " " }
cli-failed = فشل: { $path }: { $reason }
cli-not-synced = لم تتم المزامنة: { $path }: { $reason }
cli-status-signed-in = تم تسجيل الدخول إلى { $server } باسم { $email } («{ $device }»)
cli-status-signed-out = لم يتم تسجيل الدخول
cli-status-paused = المزامنة متوقفة مؤقتًا (skyfolio resume)
# المتغير $other يعدّ عمليات النقل والحذف والتسجيل، و$time آخر وقت كان فيه كل شيء محدَّثًا.
cli-status-summary = قيد الانتظار: للرفع { $uploads }، للتنزيل { $downloads }، غير ذلك { $other }؛ فشل: { $failed }؛ آخر مزامنة مكتملة: { $time }
cli-status-failed = { $direction ->
    [upload] رفع
   *[download] تنزيل
} { $path }: { $reason } ({ $attempts ->
    [zero] لم تتم أي محاولة
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $attempts } محاولات
    [many] { $attempts } محاولةً
   *[other] { $attempts } محاولة
})
# المتغير $mode هو two-way أو upload-only أو download-only كما يُكتب بعد --mode، و$album إحدى
# الرسالتين أدناه.
cli-folder = { $path } ({ $mode }، { $album })
cli-whole-cloud = السحابة كلها
cli-album = الألبوم «{ $album }»
cli-folder-removed = تمت إزالة { $path } (لم تُمسّ الملفات التي فيه)
cli-paused = تم إيقاف المزامنة مؤقتًا
cli-resumed = تم استئناف المزامنة
cli-upload-summary = تم رفع: { $uploaded }، موجود في السحابة من قبل: { $already }، ليس صورًا أو مقاطع فيديو: { $skipped }، فشل: { $failed }
cli-download-summary = تم تنزيل: { $downloaded }، موجود من قبل: { $already }، فشل: { $failed }
# المتغير $id معرّف العنصر لكتابته بعد `skyfolio trash restore`، و$time وقت حذفه.
cli-trash-item = { $id }  { $path }  حُذف في { $time }
cli-trash-restored = تمت استعادة { $path }
cli-trash-emptied = سلة المحذوفات فارغة
# كل قيمة حجم مثل 1.5 غيغابايت.
cli-storage = تم استخدام { $used } من { $quota }: الصور { $photos }، مقاطع الفيديو { $videos }، غير ذلك { $other }، سلة المحذوفات { $trash }
# المتغيران $seen و$synced تاريخ ووقت، أو «لم تتم بعد».
cli-device = { $id }  { $name } ({ $platform })  آخر نشاط { $seen }، آخر مزامنة { $synced }
cli-device-this = { $id }  { $name } ({ $platform })، هذا الكمبيوتر  آخر نشاط { $seen }، آخر مزامنة { $synced }
cli-device-unlinked = تم إلغاء ربط { $id }
# المتغير $state إحدى حالات المجلد أعلاه (جاهز، غير موجود…).
cli-scan-not-ok = { $folder }: { $state }؛ لم يتغير شيء
cli-scan-summary = { $folder }: { $files ->
    [zero] لا توجد ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
}؛ جديد: { $added }، تغيّر: { $changed }، نُقل: { $moved }، حُذف: { $deleted }، بلا تغيير: { $unchanged }، ليس صورًا أو مقاطع فيديو: { $ignored }، فشل: { $failed }
cli-scan-busy = لا تزال الكتابة جارية، وسيُترك للفحص التالي: { $path }
cli-scan-no-folders = لا توجد مجلدات في المكتبة بعد: أضف مجلدًا باستخدام `skyfolio folder add DIR`
cli-thumbnails-summary = الصور المصغّرة: تم إنشاء { $made }، بلا معاينة { $without }، فشل { $failed }
cli-no-thumbnail = لا توجد صورة مصغّرة: { $path }: { $reason }
cli-watch-ready = تتم متابعة التغييرات (Ctrl+C للإيقاف)
# المتغير $reason يذكر بالإنجليزية سبب عدم إبلاغ النظام بالتغييرات.
cli-watch-not-followed = { $folder }: لا تُتابع التغييرات فور حدوثها ({ $reason })؛ ويُعاد فحص المجلد بانتظام
cli-cache-size = تشغل الصور المصغّرة { $size } ({ $bytes ->
   *[other] { $bytes } بايت
})
cli-cache-cleared = تم مسح ذاكرة التخزين المؤقت للصور المصغّرة
# بدلًا من وقت الالتقاط في قائمة المكتبة.
cli-no-date = (بلا تاريخ)
cli-import-not-a-library-folder = { $path } ليس مجلدًا في المكتبة: أضفه باستخدام `skyfolio folder add { $path }`
# المتغير $how هو move (نقل) أو copy (نسخ).
cli-import-summary = { $how ->
    [move] تم نقل
   *[copy] تم نسخ
}: { $imported }، موجود في المكتبة من قبل: { $duplicates }، ليس صورًا أو مقاطع فيديو: { $skipped }، فشل: { $failed }
cli-info-error = خطأ: { $reason }
cli-info-summary = { $files ->
    [zero] لا توجد ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
}، تتعذّر قراءة { $failed } منها
cli-info-size-unknown = الأبعاد غير معروفة
# المتغير $mime نوع مثل image/jpeg، و$dimensions العرض×الارتفاع بالبكسل أو «الأبعاد غير معروفة»،
# و$size حجم الملف، و$seconds مدة الفيديو.
cli-info-what = { $kind ->
    [photo] صورة
   *[video] فيديو
} ({ $mime })، { $dimensions }، { $size }
cli-info-what-timed = { $kind ->
    [photo] صورة
   *[video] فيديو
} ({ $mime })، { $dimensions }، { $seconds } ث، { $size }
# المتغير $time ساعة الكاميرا، و$source المصدر الذي قُرئ منه (exif-original وxmp وquicktime…).
cli-info-taken = تاريخ الالتقاط { $time } (حسب { $source })
cli-info-no-date = وقت الالتقاط غير معروف
cli-info-camera = الكاميرا { $camera }
cli-info-place = الموقع { $latitude }, { $longitude }
# المتغير $orientation اتجاه EXIF من 1 إلى 8، و$hash تجزئة المحتوى.
cli-info-orientation = الاتجاه { $orientation }، التجزئة { $hash }
cli-thumbs-size = يجب أن يكون الحجم 256 أو 1440
cli-thumbs-cannot-create = تعذّر إنشاء { $path }
# المتغير $skipped مجموع الأعداد الثلاثة بين القوسين.
cli-thumbs-summary = تم إنشاء: { $made }، تم تخطي: { $skipped } (منشأة من قبل: { $there }، ليست صورًا أو مقاطع فيديو: { $unsupported }، بلا معاينة: { $without })، فشل: { $failed }
cli-thumbs-no-preview = لا توجد معاينة: { $path }: { $reason }

## الأخطاء حسب الرمز

error-io = تعذّر على Skyfolio قراءة ملف أو كتابته.
error-empty-file = هذا الملف فارغ.
error-unsupported-format = لا يستطيع Skyfolio عرض هذا النوع من الملفات.
error-too-large = هذه الصورة أكبر من أن تُفتح بأمان.
error-corrupt = هذا الملف تالف أو غير مكتمل.
error-timeout = استغرق إنشاء المعاينة وقتًا طويلًا جدًا.
error-database = تعذّرت قراءة السجلات الخاصة بـ Skyfolio. أعد تشغيل Skyfolio، وإذا تكرر ذلك فافحص القرص.
error-not-a-folder = هذا ليس مجلدًا.
error-folder-overlaps = هذا المجلد موجود داخل مجلد تتم مزامنته بالفعل، أو يحتوي على مجلد كهذا.
error-unknown-folder = هذا المجلد لا تتم مزامنته.
error-invalid-setting = قيمة هذا الإعداد خارج النطاق المسموح به.
error-invalid-server = هذا ليس عنوان خادم. اكتبه بهذا الشكل: https://photos.example.org.
error-unreachable = يتعذّر الوصول إلى الخادم. تحقّق من العنوان ومن اتصالك بالشبكة؛ وسيعيد Skyfolio المحاولة تلقائيًا.
error-protocol = ردّ الخادم بشيء لا يفهمه Skyfolio. هل هو خادم Skyfolio من الإصدار نفسه؟
error-not-signed-in = لم يتم تسجيل الدخول على هذا الكمبيوتر.
error-credentials = تعذّر على Skyfolio حفظ بيانات تسجيل الدخول على هذا الكمبيوتر أو العثور عليها.
error-hash-mismatch = وصل ملف تالفًا. سيجلبه Skyfolio مرة أخرى.
error-changed-meanwhile = تغيّر ملف أثناء إرساله. سيرسله Skyfolio مرة أخرى.
error-invalid-album = لا يمكن استخدام اسم الألبوم هذا. استخدم أسماء بسيطة، بدون / في بدايتها أو نهايتها.
error-album-taken = هناك مجلد آخر يزامن هذا الألبوم في الاتجاهين بالفعل.
error-nothing-selected = لا يوجد في السحابة ما يطابق ذلك.
error-invalid-name = لا تقبل السحابة اسم هذا الملف.
error-name-taken = يوجد هنا ملف آخر بالاسم نفسه، ولا يختلف عنه إلا في حالة الأحرف الكبيرة والصغيرة.
error-invalid-path = لا يمكن استخدام هذا الاسم.
error-online-only = لا يوجد على هذا الكمبيوتر سوى عنصر نائب لهذا الملف: محتواه في تخزين سحابي مثل OneDrive أو iCloud Drive. لا ينزّله Skyfolio من تلقاء نفسه؛ احتفظ بالملف على هذا الكمبيوتر لتضمينه.
error-bad-request = رفض الخادم طلبًا أرسله Skyfolio.
error-unsupported-media-type = رفض الخادم طلبًا أرسله Skyfolio.
error-headers-too-large = رفض الخادم طلبًا أرسله Skyfolio.
error-uri-too-long = رفض الخادم طلبًا أرسله Skyfolio.
error-unauthorized = تم تسجيل خروج هذا الكمبيوتر أو إلغاء ربطه. سجّل الدخول مجددًا لمتابعة المزامنة.
error-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-too-many-attempts = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
error-forbidden = لا يمكن إلا لمسؤول الخادم تنفيذ ذلك.
error-registration-closed = لا يقبل هذا الخادم حسابات جديدة دون دعوة. اطلب دعوة من مسؤول الخادم.
error-invalid-invite = رمز الدعوة هذا لا يعمل: ربما كُتب خطأً، أو استُخدم من قبل، أو انتهت صلاحيته. اطلب رمزًا جديدًا من مسؤول الخادم.
error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول بدلًا من ذلك.
error-weak-password = اختر كلمة مرور لا تقل عن 8 أحرف.
error-not-found = لم يعد هذا موجودًا.
error-path-taken = يوجد عنصر آخر بهذا الاسم.
error-offset-mismatch = انقطع الرفع. سيستأنفه Skyfolio.
error-checksum-mismatch = وصل جزء من ملف مرفوع تالفًا. سيرسله Skyfolio مرة أخرى.
error-size-mismatch = تغيّر ملف أثناء إرساله. سيرسله Skyfolio مرة أخرى.
error-upload-busy = يجري رفع هذا الملف بالفعل.
error-quota-exceeded = مساحة التخزين ممتلئة. أفرغ سلة المحذوفات أو أخلِ بعض المساحة.
error-storage-full = قرص السحابة ممتلئ، لذا لا يمكن تخزين المزيد. لم يضِع شيء: الملفات تنتظر هنا، وستستأنف المزامنة من تلقاء نفسها حين يتوفر مكان على الخادم.
error-not-ready = لا يزال إنشاء المعاينة جاريًا.
error-no-preview = لا تتوفر معاينة لهذا العنصر.
error-range-not-satisfiable = طلب Skyfolio من الخادم شيئًا غير موجود لديه.
error-server-busy = الخادم مشغول الآن. حاول مرة أخرى بعد قليل.
error-internal = حدث خطأ ما داخل Skyfolio أو على الخادم. حاول مرة أخرى بعد قليل.
error-unknown = حدث خطأ ما.
error-held-changed = تغيّر ما ينتظر ردك منذ أن عُرض. انظر إليه مرة أخرى، ثم رُدّ.

## في المتصفح

welcome-browser-title = تسجيل الدخول إلى Skyfolio
# $host is the server's address, as the browser shows it.
welcome-browser-body = صورك ومقاطع الفيديو الخاصة بك على { $host }. سجّل الدخول أو أنشئ حسابًا لعرضها ورفعها وتنزيلها من هذا المتصفح.
welcome-not-encrypted = هذه الصفحة غير مشفّرة (فُتحت عبر http:// وليس https://). تمر كلمة مرورك وصورك عبر الشبكة بحيث يمكن لغيرك قراءتها. اطلب من مسؤول الخادم عنوانًا يبدأ بـ https://.
settings-language-browser = مثل هذا المتصفح ({ $language })
settings-language-hint-browser = تتغير الصفحة فورًا، ويحفظ هذا المتصفح اختيارك.
account-browser = هذا المتصفح
error-desktop-only = يعمل هذا فقط في تطبيق Skyfolio على الكمبيوتر.
gallery-empty-browser = اختر «إضافة صور» لرفع الصور ومقاطع الفيديو من هذا الجهاز، أو اسحبها إلى هذه الصفحة.
error-unauthorized-browser = تم تسجيل خروجك. سجّل الدخول مجددًا لعرض صورك.
error-not-signed-in-browser = لم تسجّل الدخول. سجّل الدخول لعرض صورك.
error-unreachable-browser = يتعذّر الوصول إلى الخادم. تحقّق من اتصالك بالشبكة وحاول مرة أخرى.
error-storage-full-browser = قرص السحابة ممتلئ، لذا لا يمكن تخزين المزيد. حاول مرة أخرى حين يتوفر مكان على الخادم.
welcome-pair-refused = رمز تسجيل الدخول القادم من الكمبيوتر استُخدم من قبل أو انتهت صلاحيته. أنشئ رمزًا جديدًا على الكمبيوتر: الإعدادات ← السماح لهاتفي بالوصول إلى هذا الكمبيوتر ← رمز جديد، ثم امسحه مرة أخرى.
welcome-pair-hint = هل تسجّل الدخول إلى Skyfolio على جهاز الكمبيوتر لديك؟ شغّل هناك الإعدادات ← السماح لهاتفي بالوصول إلى هذا الكمبيوتر، ثم امسح الرمز الظاهر.

## Google Takeout import

cli-takeout-source = { $path }: الملفات: { $entries }
cli-takeout-source-unreadable = { $path }: لم تتم قراءته: { $reason }
cli-takeout-review = الصور: { $photos }، مقاطع الفيديو: { $videos } (الصور المتحركة: { $motion })، الألبومات: { $albums }، { $size }
cli-takeout-review-details = مؤرخة من JSON جوجل: { $dated }؛ مع مكان: { $places }؛ المفضلة: { $favorites }؛ المؤرشفة: { $archived }؛ في سلة مهملات جوجل: { $trashed }؛ بلا JSON: { $without }
cli-takeout-skipped = لم يُستورد: { $count } × { $what } ({ $reason })
cli-takeout-dry-run = لم يُرسل شيء (--dry-run)
cli-takeout-summary = تم الاستيراد: { $imported }، موجود من قبل: { $already }، أنجزه استيراد سابق: { $earlier }، فشل: { $failed }؛ ملفات JSON من جوجل بلا صورتها: { $orphans }، ملفات متجاهلة: { $ignored }، مرفوضة: { $refused }
cli-takeout-marks = وصلت المفضلة ({ $favorites }) والعناصر المؤرشفة ({ $archived }) كصور عادية: لا توجد هذه العلامات في السحابة بعد؛ عناصر سلة مهملات جوجل ({ $trashed }) في سلة المحذوفات
cli-takeout-report = كُتب التقرير في { $path }
cli-takeout-time-zone = { $zone } ليست منطقة زمنية يعرفها هذا الكمبيوتر (Asia/Riyadh، UTC…)
error-bad-zip = هذا ليس أرشيف zip، أو أنه تالف (تنزيل لم يكتمل؟). نزّل هذا الجزء مرة أخرى.
error-not-a-file = هذا ليس ملفًا (مجلد أو رابط): يبقى في مكانه.
error-damaged-json = ملف JSON الخاص بهذه الصورة من Google تالف: لا تُستخدم تواريخه وأماكنه.
error-not-an-object = ملف JSON الخاص بهذه الصورة من Google ليس من النوع الذي يكتبه صور Google: لا تُستخدم تواريخه وأماكنه.
error-zip-bomb = يدّعي هذا العنصر في zip بايتات أكثر بكثير مما تحويه صورة: لم تتم قراءته.
error-scratch-full = لا توجد مساحة فارغة كافية على هذا الكمبيوتر لقراءة هذا الملف من zip.
error-part-missing = الملف ليس في أجزاء Takeout المعطاة. أضف الجزء الناقص واستورد مرة أخرى.

## الهواتف وبطاقات الكاميرا

cli-device-found = { $name } ({ $path })
cli-device-none = لا يوجد هاتف أو بطاقة بمجلد DCIM متصل: حدّد مجلده.
cli-device-several = عدة هواتف أو بطاقات متصلة: حدّد مجلد أحدها:
cli-device-summary = نُسخ احتياطيًا: { $imported }، موجود مسبقًا في السحابة أو على هذا الحاسوب: { $already }، ليست صورًا ولا فيديو: { $skipped }، فشل: { $failed }
cli-free-device-plan = الملفات ({ $files }، { $size }) محفوظة في السحابة ويمكن حذفها: شغّل الأمر مجددًا مع ‎--yes لحذفها
cli-free-device-done = حُذف { $files } ملفًا (تحرّر { $size })؛ أُبقي { $kept }
error-not-confirmed = السحابة لا تحوي محتوى هذا الملف: سيبقى.

## الهواتف وبطاقات الكاميرا وGoogle Takeout في التطبيق

card-found = { $name } متصل: هل تنسخ صوره وفيديوهاته احتياطيًا؟
card-backing-up = جارٍ النسخ الاحتياطي لـ { $name }…
card-backed-up = تم النسخ الاحتياطي لـ { $name }.
card-back-up = انسخ هذا الهاتف أو البطاقة احتياطيًا
card-free-space = حرّر مساحة
card-not-now = ليس الآن
card-nothing-to-free = لا شيء على { $name } موجود في السحابة بعد.
card-free-title = تحرير مساحة على { $name }؟
card-free-body = الملفات ({ $count }، { $size }) محفوظة بأمان في السحابة. ستُحذف من البطاقة وتحتفظ بها السحابة.
card-free-confirm = احذف الملفات ({ $count })
card-freed = حُذفت الملفات ({ $count })، وتحرّر { $size }؛ أُبقي { $kept }.
add-takeout = من صور Google
takeout-dialog = اختر ملفات zip الخاصة بـ Google Takeout
takeout-review-title = الاستيراد من صور Google؟
takeout-review-items = صور: { $photos }، فيديو: { $videos }، في ألبومات: { $albums }، { $size }.
takeout-review-details = مؤرخة من Google: { $dated }. مع مكان: { $places }. المفضلة: { $favorites }. من سلة Google (تذهب إلى سلة المحذوفات): { $trashed }.
takeout-review-earlier = استُورد { $count } من قبل وسيُتخطّى.
takeout-review-unreadable = تعذّرت قراءة { $path }: { $reason }
takeout-import = استيراد
takeout-report-at = سيُحفظ تقرير عن كل عنصر في { $path }
import-finished = العناصر في السحابة: { $count } (كان { $already } منها هناك من قبل).
transfer-import-running = استيراد { $done } من { $total }
transfer-import-paused = الاستيراد متوقف مؤقتًا، { $done } من { $total }
transfer-import-done = استُورد { $done } من { $total }
transfer-import-cancelled = أُلغي الاستيراد
transfer-import-failed = انتهى الاستيراد مع مشكلات
error-not-a-backup-folder = لا تُحرَّر المساحة إلا في مجلدات النسخ الاحتياطي (رفع فقط): هنا سيؤدي حذف صورة إلى حذفها من السحابة أيضًا، أو ستعود.

health-imports = الاستيراد من صور Google
health-import = استُورد في { $when }
takeout-show-report = عرض التقرير
takeout-report-title = ما وصل من صور Google
takeout-report-saved = التقرير كاملًا محفوظ كجدول بيانات: { $path }
takeout-report-marks = المفضلة: { $favorites }. المؤرشفة: { $archived }. من سلة Google، وهي الآن في سلة المحذوفات: { $trashed }.
takeout-report-empty = لا شيء هنا.
takeout-report-more = عرض { $count } أخرى
takeout-group-failed = فشلت
takeout-group-not-imported = صورة غائبة عن Takeout
takeout-group-imported = استُوردت
takeout-group-already = موجودة من قبل
takeout-group-skipped = ليست صورًا
takeout-group-all = الكل
takeout-column-name = الاسم
takeout-column-outcome = ما حدث
takeout-column-where = مكانه
takeout-column-why = السبب
takeout-earlier = باستيراد سابق
takeout-outcome-imported = استُورد
takeout-outcome-already-present = موجود من قبل
takeout-outcome-failed = فشل
takeout-outcome-not-imported = لم يُستورد
takeout-outcome-ignored = تُخطّي
takeout-outcome-refused = رُفض
takeout-outcome-problem = ملاحظة
takeout-reason-no-media = ملف JSON من Google موجود وصورته غير موجودة: هل ينقص جزء من Takeout؟
takeout-reason-ambiguous = عدة صور تطابق ملف JSON هذا بالتساوي؛ لم يُعطَ لأيٍّ منها.
takeout-reason-not-media = ليس صورة ولا فيديو.
takeout-reason-system-file = ملف تركه الحاسوب أو برنامج الضغط.
takeout-reason-not-a-sidecar = بيانات Google لا تخص صورة.
takeout-reason-extra-album-metadata = وصف ثانٍ لألبوم في مجلد واحد.
takeout-reason-unused-album-metadata = وصف ألبوم في مجلد بلا صور.
takeout-reason-empty = المدخل بلا اسم.
takeout-reason-not-utf8 = اسم المدخل ليس نصًا مقروءًا.
takeout-reason-too-long = اسم المدخل طويل جدًا.
takeout-reason-absolute = اسم المدخل يشير إلى خارج Takeout.
takeout-reason-dot-segment = اسم المدخل يشير إلى خارج Takeout.
takeout-reason-empty-segment = في اسم المدخل مجلد فارغ.
takeout-reason-backslash = في اسم المدخل شرطة مائلة عكسية.
takeout-reason-control-character = في اسم المدخل محارف تحكم.
takeout-reason-damaged-json = ملف JSON الخاص به من Google تالف: لا تُستخدم تواريخه وأماكنه.
takeout-reason-json-not-read = تعذّرت قراءة ملف JSON الخاص به من Google.
takeout-reason-conflicting-copies = تحوي الأجزاء ملفات مختلفة بهذا الاسم: احتُفظ بكليهما.

settings-folder-free = تحرير مساحة
free-title = تحرير مساحة في { $path }
free-lead = يمكن لصور ومقاطع مجلد النسخ الاحتياطي هذا المحفوظة بأمان في السحابة أن تغادر هذا الحاسوب (عبر سلة المحذوفات). تبقى في مخططك الزمني وتُنزَّل عند فتحها.
free-age = أيّها
free-age-any = أي عمر
free-age-months = لم تتغير منذ { $months } شهر
free-size = الحجم
free-size-any = أي حجم
free-size-over = أكبر من { $size }
free-counting = جارٍ سؤال السحابة…
free-found = الملفات ({ $count }، { $size }) محفوظة بأمان في السحابة.
free-nothing = لا شيء يطابق بعد: لا شيء للإزالة.
free-confirm-none = لا شيء للإزالة

update-available = Skyfolio { $version } جاهز للتثبيت.
update-install = ثبّت وأعد التشغيل
update-later = لاحقًا
update-installing = جارٍ تثبيت Skyfolio { $version }… سيُعاد تشغيل Skyfolio عند الانتهاء.
error-no-update = لم يُعثر على إصدار أحدث لتثبيته.
error-update-failed = تعذّر تثبيت التحديث؛ يستمر هذا الإصدار في العمل.
health-keep-here = نزّل وضمِّن
health-kept-here = يُجلب { $name } إلى هذا الحاسوب؛ ستأخذه المزامنة بعد ذلك.

# Skyfolio, हिन्दी (भारत)।
# Skyfolio में लोगों को दिखने वाला हर टेक्स्ट यहीं है। Id kebab-case में हैं `area-thing[-state]`;
# गड़बड़ी के संदेश `error-<code>` हैं, ऐप जो भी कोड बता सकता है, हर एक के लिए एक।

## विंडो

app-title = Skyfolio
page-loading = लोड हो रहा है…
nav-label = अनुभाग
nav-photos = फ़ोटो
nav-albums = एल्बम
nav-trash = रीसायकल बिन
nav-storage = स्टोरेज
nav-devices = डिवाइस
nav-account = खाता

## पहली बार शुरू करना

welcome-title = Skyfolio में आपका स्वागत है
welcome-lead = आपकी फ़ोटो और वीडियो, आपके हर कंप्यूटर पर और ऐसे क्लाउड में जो आपका अपना है।
welcome-local-title = इस कंप्यूटर पर लोकल क्लाउड इस्तेमाल करें
welcome-local-body = तुरंत शुरू करें: Skyfolio इस कंप्यूटर पर अपने फ़ोल्डर में आपकी फ़ोटो की एक दूसरी, सुरक्षित कॉपी रखता है। बाद में आप किसी सर्वर पर जा सकते हैं।
welcome-local-button = लोकल क्लाउड के साथ शुरू करें
welcome-local-starting = शुरू हो रहा है…
welcome-server-title = Skyfolio सर्वर में साइन इन करें
welcome-server-body = अपने परिवार या कंपनी का सर्वर इस्तेमाल करें, या अपना खुद का।
welcome-server = सर्वर का पता
welcome-email = ईमेल
welcome-password = पासवर्ड
welcome-register = इस सर्वर पर खाता बनाएँ
welcome-invite = आमंत्रण कोड (अगर सर्वर के एडमिनिस्ट्रेटर ने आपको दिया है)
welcome-sign-in-button = साइन इन करें
welcome-register-button = खाता बनाएँ

## टूलबार

add-photos = फ़ोटो जोड़ें
add-photos-dialog = अपलोड करने के लिए फ़ोटो और वीडियो चुनें
add-folder = फ़ोल्डर जोड़ें
add-folder-dialog = अपलोड करने के लिए फ़ोल्डर चुनें
filter-label = दिखाएँ
filter-all = सभी
filter-photos = फ़ोटो
filter-videos = वीडियो
selection-count = { $count ->
    [one] { $count } चुना गया
   *[other] { $count } चुने गए
}
selection-download = डाउनलोड करें
selection-trash = रीसायकल बिन में ले जाएँ
selection-clear = चुनाव हटाएँ

## टाइमलाइन

gallery-label = फ़ोटो और वीडियो, सबसे नए पहले
gallery-loading = आपकी फ़ोटो लोड हो रही हैं…
gallery-empty-title = आपकी फ़ोटो यहाँ दिखेंगी
gallery-empty = फ़ोटो और वीडियो को खींचकर इस विंडो पर छोड़ें, या “फ़ोटो जोड़ें” चुनें।
gallery-count = { $count ->
    [one] { $count } आइटम
   *[other] { $count } आइटम
}
gallery-count-more = { $count ->
    [one] अब तक { $count } आइटम…
   *[other] अब तक { $count } आइटम…
}
# $day पूरी लिखी गई तारीख है।
gallery-select-day = { $day } के सभी आइटम चुनें
gallery-day-count = { $count ->
    [one] { $count } आइटम
   *[other] { $count } आइटम
}
gallery-photo = फ़ोटो
gallery-video = वीडियो
place-this-computer = सिर्फ़ इस कंप्यूटर पर
place-cloud = सिर्फ़ क्लाउड में
place-both = इस कंप्यूटर पर और क्लाउड में
tile-uploading = अपलोड हो रहा है
tile-failed = अपलोड नहीं हो सका

## व्यूअर

viewer-label = फ़ोटो व्यूअर
viewer-previous = पिछला
viewer-next = अगला
viewer-zoom-in = ज़ूम इन करें
viewer-zoom-out = ज़ूम आउट करें
viewer-info = विवरण
viewer-download = डाउनलोड करें
viewer-trash = रीसायकल बिन में ले जाएँ
viewer-close = बंद करें
viewer-counter = { $count } में से { $position }
viewer-photo-alt = { $date } को ली गई फ़ोटो
viewer-no-preview = इस आइटम की कोई झलक नहीं है।
info-date = कब लिया गया
info-size = साइज़
info-dimensions = माप
info-dimensions-value = { $width } × { $height }
info-duration = अवधि
info-camera = कैमरा
info-place = जगह
info-where = कहाँ है
info-file = फ़ाइल
info-cloud-path = क्लाउड में

## अपलोड और डाउनलोड

drop-here = अपलोड करने के लिए यहाँ छोड़ें
upload-album-title = { $count ->
    [one] { $count } आइटम किस एल्बम में अपलोड करें?
   *[other] { $count } आइटम किस एल्बम में अपलोड करें?
}
upload-album-label = एल्बम
upload-album-default = अपलोड
upload-finished = { $count ->
    [one] { $count } आइटम अपलोड हो गया।
   *[other] { $count } आइटम अपलोड हो गए।
}
download-dialog = चुनें कि मूल फ़ाइलें कहाँ सेव हों
download-finished = { $count ->
    [one] { $count } आइटम डाउनलोड हो गया।
   *[other] { $count } आइटम डाउनलोड हो गए।
}
download-only-here = { $count ->
    [one] { $count } आइटम पहले से सिर्फ़ इस कंप्यूटर पर है; उसे डाउनलोड नहीं किया गया।
   *[other] { $count } आइटम पहले से सिर्फ़ इस कंप्यूटर पर हैं; उन्हें डाउनलोड नहीं किया गया।
}
transfers-label = अपलोड और डाउनलोड
transfer-upload-running = अपलोड हो रहा है: { $total } में से { $done }
transfer-upload-paused = अपलोड रुका हुआ है: { $total } में से { $done }
transfer-upload-done = अपलोड हो गया: { $total } में से { $done }
transfer-upload-cancelled = अपलोड रद्द किया गया
transfer-upload-failed = अपलोड पूरा हुआ, लेकिन कुछ समस्याएँ आईं
transfer-download-running = डाउनलोड हो रहा है: { $total } में से { $done }
transfer-download-paused = डाउनलोड रुका हुआ है: { $total } में से { $done }
transfer-download-done = डाउनलोड हो गया: { $total } में से { $done }
transfer-download-cancelled = डाउनलोड रद्द किया गया
transfer-download-failed = डाउनलोड पूरा हुआ, लेकिन कुछ समस्याएँ आईं
transfer-bytes = { $total } में से { $done }
transfer-file = { $name }: { $percent }
transfer-pause = रोकें
transfer-resume = फिर से शुरू करें
transfer-cancel = रद्द करें
transfer-dismiss = खारिज करें
transfer-failures = { $count ->
    [one] { $count } फ़ाइल विफल रही
   *[other] { $count } फ़ाइलें विफल रहीं
}

## सिंक

sync-syncing = सिंक हो रहा है…
# $done 1 से गिना जाता है: वह फ़ाइल जो अभी भेजी जा रही है।
sync-uploading = अपलोड हो रहा है: { $total } में से { $done }
sync-downloading = डाउनलोड हो रहा है: { $total } में से { $done }
sync-up-to-date = सब अप-टू-डेट है
sync-up-to-date-at = सब अप-टू-डेट है · { $time }
sync-pending = अपलोड बाकी: { $uploads }, डाउनलोड बाकी: { $downloads }
sync-failed = { $count ->
    [one] { $count } फ़ाइल सिंक नहीं हो सकी
   *[other] { $count } फ़ाइलें सिंक नहीं हो सकीं
}
sync-signed-out = साइन इन नहीं किया गया है
sync-held = { $count ->
    [one] { $count } फ़ोल्डर आपके जवाब का इंतज़ार कर रहा है
   *[other] { $count } फ़ोल्डर आपके जवाब का इंतज़ार कर रहे हैं
}
sync-folder-problems = { $count ->
    [one] { $count } फ़ोल्डर सिंक नहीं हो सकता
   *[other] { $count } फ़ोल्डर सिंक नहीं हो सकते
}

## एल्बम

albums-title = एल्बम
albums-top = किसी एल्बम में नहीं
albums-empty = जब आप एल्बम में फ़ोटो अपलोड करेंगे, तो वे एल्बम यहाँ दिखेंगे।
albums-count = { $count ->
    [one] { $countText } आइटम
   *[other] { $countText } आइटम
}
albums-download = डाउनलोड करें
albums-download-all = सब कुछ डाउनलोड करें
albums-download-named = एल्बम { $name } डाउनलोड करें

## रीसायकल बिन

trash-title = रीसायकल बिन
trash-lead = मिटाई गई फ़ोटो और वीडियो यहाँ तब तक रहते हैं, और आपके स्टोरेज में गिने जाते हैं, जब तक उन्हें हमेशा के लिए मिटा नहीं दिया जाता।
trash-nothing = रीसायकल बिन खाली है।
trash-days-left = { $days ->
    [0] आज हमेशा के लिए मिटा दिया जाएगा
    [one] { $days } दिन में हमेशा के लिए मिटा दिया जाएगा
   *[other] { $days } दिनों में हमेशा के लिए मिटा दिया जाएगा
}
trash-restore = वापस लाएँ
trash-restored = { $name } वापस आ गया है।
trash-delete-forever = हमेशा के लिए मिटाएँ
trash-delete-forever-title = हमेशा के लिए मिटाएँ?
trash-delete-forever-body = { $name } हर डिवाइस से हट जाएगा और उसे वापस नहीं लाया जा सकेगा।
trash-empty-button = रीसायकल बिन खाली करें
trash-empty-title = रीसायकल बिन खाली करें?
trash-empty-body = इसमें मौजूद सब कुछ हर डिवाइस से हट जाएगा और उसे वापस नहीं लाया जा सकेगा।
trash-move = रीसायकल बिन में ले जाएँ
trash-move-title = { $count ->
    [one] { $count } आइटम रीसायकल बिन में ले जाएँ?
   *[other] { $count } आइटम रीसायकल बिन में ले जाएँ?
}
trash-move-body = ये हर डिवाइस से हट जाएँगे। जब तक ये रीसायकल बिन में हैं, आप इन्हें वापस ला सकते हैं।
trash-moved = { $count ->
    [one] { $count } आइटम रीसायकल बिन में ले जाया गया।
   *[other] { $count } आइटम रीसायकल बिन में ले जाए गए।
}
trash-only-here = ये आइटम सिर्फ़ इस कंप्यूटर पर हैं: इन्हें इनके फ़ोल्डर से मिटाएँ।

## स्टोरेज

storage-title = स्टोरेज
storage-used = { $quota } में से { $used } इस्तेमाल हुआ
storage-used-disk = { $used } इस्तेमाल हुआ · इस कंप्यूटर पर { $free } खाली
storage-photos = फ़ोटो
storage-videos = वीडियो
storage-other = अन्य फ़ाइलें
storage-trash = रीसायकल बिन
storage-free-title = जगह खाली करें
storage-empty-trash = रीसायकल बिन खाली करें
storage-largest-videos = सबसे बड़े वीडियो
storage-no-videos = अभी कोई वीडियो नहीं है।
storage-duplicates = अलग-अलग नामों से सेव की गई एक ही फ़ोटो
storage-no-duplicates = कोई भी फ़ोटो दो बार सेव नहीं है।
storage-move-to-trash = रीसायकल बिन में ले जाएँ
storage-uploads-title = चल रहे अपलोड
storage-uploads-lead = क्लाउड की ओर जा रही फ़ाइलें पहुँचने तक आपके स्टोरेज का { $size } घेरती हैं। जो डिवाइस अभी भेज रहा है वह अपने आप जारी रखेगा; जो नहीं आएँगी उन्हें रद्द करें।
storage-upload-detail = { $device } से · { $size } में से { $done }
storage-upload-unknown-device = कोई दूसरा डिवाइस
storage-upload-cancel = अपलोड रद्द करें

## डिवाइस

devices-title = डिवाइस
devices-lead = आपके खाते में साइन इन किए गए सभी कंप्यूटर और फ़ोन। किसी डिवाइस को अनलिंक करते ही उसका सिंक तुरंत बंद हो जाता है।
devices-this = यह कंप्यूटर
devices-never = कभी नहीं
devices-meta = { $platform } · आखिरी बार ऑनलाइन: { $seen } · आखिरी सिंक: { $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = अनलिंक करें
devices-unlink-title = { $name } को अनलिंक करें?
devices-unlink-body = इसका सिंक तुरंत बंद हो जाएगा और वापस जुड़ने के लिए इसे फिर से साइन इन करना होगा। इसकी फ़ोटो इस पर बनी रहेंगी।

## खाता

account-title = खाता
account-where = क्लाउड
account-local-cloud = इस कंप्यूटर पर एक लोकल क्लाउड
account-email = खाता
account-local-owner = आप, इस कंप्यूटर पर
account-device = यह कंप्यूटर
account-folders = सिंक में रखे गए फ़ोल्डर
account-no-folders = अभी कोई फ़ोल्डर नहीं है। कोई फ़ोल्डर जोड़ें, ताकि वह क्लाउड के साथ दोनों तरफ़ से सिंक रहे।
account-add-folder = फ़ोल्डर जोड़ें
account-add-folder-dialog = सिंक में रखने के लिए फ़ोल्डर चुनें
account-sign-out = साइन आउट करें
account-sign-out-title = अपनी फ़ोटो इस कंप्यूटर पर रखें?
account-sign-out-body = आप साइन आउट कर रहे हैं। सिंक किए गए फ़ोल्डरों की फ़ोटो और वीडियो यहीं रह सकते हैं, या जो क्लाउड में सुरक्षित हैं, उन्हें इस कंप्यूटर के ट्रैश में भेजा जा सकता है।
account-sign-out-keep = रखें और साइन आउट करें
account-sign-out-remove = हटाएँ
account-sign-out-remove-title = इस कंप्यूटर से फ़ोटो हटाएँ?
account-sign-out-remove-body = जो भी फ़ोटो और वीडियो क्लाउड में सुरक्षित हैं, वे इस कंप्यूटर के ट्रैश में चले जाएँगे। जो फ़ाइलें सिर्फ़ यहीं हैं, वे यहीं रहेंगी।
mode-two-way = दोनों तरफ़
mode-upload-only = बैकअप: इस कंप्यूटर से क्लाउड में
mode-download-only = क्लाउड से इस कंप्यूटर में
folder-state-ok = तैयार
folder-state-missing = नहीं मिला (क्या कोई ड्राइव निकाल दी गई है?)
folder-state-error = पढ़ा नहीं जा सकता
folder-state-emptied = खाली है, जबकि इसमें फ़ोटो थीं

## सेटिंग

nav-settings = सेटिंग
settings-title = सेटिंग
settings-language = भाषा
settings-language-system = इस कंप्यूटर जैसी ({ $language })
settings-language-hint = विंडो, ट्रे और सूचनाएँ तुरंत बदल जाती हैं।
settings-folders = इस कंप्यूटर के फ़ोल्डर
settings-folders-hint = हर फ़ोल्डर अपने तरीके से क्लाउड के साथ सिंक होता है। फ़ोल्डर हटाने से सिर्फ़ उसका सिंक बंद होता है: उसकी फ़ोटो जहाँ हैं, वहीं रहती हैं।
# $path इस कंप्यूटर पर फ़ोल्डर की जगह है।
settings-folder-mode = { $path } कैसे सिंक हो
settings-folder-whole-cloud = पूरा क्लाउड
settings-folder-album = एल्बम “{ $album }”
settings-folder-paused = रुका हुआ है
settings-folder-pause = रोकें
settings-folder-resume = फिर से शुरू करें
settings-folder-remove = हटाएँ
settings-folder-remove-title = { $path } का सिंक बंद करें?
settings-folder-remove-body = इसकी फ़ोटो और वीडियो इस कंप्यूटर पर और क्लाउड में बने रहेंगे। आप इस फ़ोल्डर को कभी भी फिर से जोड़ सकते हैं।
settings-sync = सिंक
settings-transfers = एक साथ भेजी या लाई जाने वाली फ़ाइलें
settings-upload-limit = अपलोड की स्पीड
settings-download-limit = डाउनलोड की स्पीड
settings-limit-none = जितनी तेज़ हो सके
# $size कोई साइज़ है, जैसे “1 MB”।
settings-limit-rate = ज़्यादा से ज़्यादा { $size }/सेकंड
settings-deletions = जब किसी एक तरफ़ कोई फ़ोटो मिटाई जाए
settings-deletions-ask = दूसरी तरफ़ से भी मिटाएँ, लेकिन एक साथ बहुत सारी फ़ोटो मिटें तो पहले पूछें
settings-deletions-send = हमेशा दूसरी तरफ़ से भी मिटाएँ
settings-deletions-never = जब तक मैं पुष्टि न करूँ, दूसरी तरफ़ रहने दें
settings-deletions-hint = मिटाई गई फ़ोटो किसी भी तरफ़ हों, पहले रीसायकल बिन में जाती हैं, सीधे नहीं मिटतीं।
settings-app = यह कंप्यूटर
settings-start-at-login = लॉग इन करते ही Skyfolio शुरू करें
settings-close-to-tray = विंडो बंद होने पर भी ट्रे में सिंक जारी रखें
settings-notifications = सूचनाएँ दिखाएँ
settings-phone = आपका फ़ोन
settings-phone-switch = मेरे फ़ोन को इस कंप्यूटर तक पहुँचने दें
settings-phone-hint = इसे चालू करने पर एक ही नेटवर्क (वाई-फ़ाई) पर मौजूद फ़ोन और दूसरे डिवाइस अपने ब्राउज़र में इस कंप्यूटर का Skyfolio खोल सकते हैं। घर के नेटवर्क पर कनेक्शन एन्क्रिप्ट नहीं होता: इसे घर पर चालू करें, सार्वजनिक वाई-फ़ाई पर नहीं।
settings-phone-qr = आपके फ़ोन को साइन इन करने वाला QR कोड
settings-phone-address = आपके फ़ोन के लिए पता
# $time वह समय है जब कोड काम करना बंद करता है: दिन का समय (जल्द न हो तो तारीख के साथ)।
settings-phone-scan = इसे अपने फ़ोन के कैमरे से स्कैन करें, या फ़ोन के ब्राउज़र में पता खोलें। यह कोड आपके फ़ोन को एक बार साइन इन करता है और { $time } तक काम करता है।
settings-phone-new-code = नया कोड
settings-phone-expired = इस कोड की समय-सीमा खत्म हो गई है। दूसरा कोड पाने के लिए “नया कोड” चुनें।
settings-phone-no-network = यह कंप्यूटर किसी ऐसे नेटवर्क पर नहीं है जिस तक फ़ोन पहुँच सके। इसे अपने वाई-फ़ाई से जोड़ें, फिर “नया कोड” चुनें।
settings-cache = थंबनेल कैश
settings-cache-hint = टाइमलाइन जल्दी दिखाने के लिए रखी गई छोटी तस्वीरें। साफ़ करने पर, स्क्रॉल करते समय ये फिर से बन जाती हैं।
settings-cache-size = इस कंप्यूटर पर { $size }
settings-cache-clear = साफ़ करें
settings-cache-cleared = थंबनेल कैश साफ़ हो गया
settings-account = सर्वर और खाता
settings-account-open = खाता मैनेज करें

## सिंक की स्थिति

nav-health = सिंक
health-title = सिंक की स्थिति
health-lead = क्या बाकी है, क्या सिंक नहीं हो सका और क्यों, और किस चीज़ के लिए आपकी मंज़ूरी चाहिए।
health-last-success = आखिरी बार पूरा सिंक
health-never = कभी नहीं
health-pending = बाकी
health-nothing-pending = कुछ नहीं
# $count उन फ़ाइलों की संख्या है जो सिंक नहीं हो सकीं।
health-failed = { $count ->
    [one] { $count } फ़ाइल सिंक नहीं हो सकी
   *[other] { $count } फ़ाइलें सिंक नहीं हो सकीं
}
health-direction-upload = अपलोड
health-direction-download = डाउनलोड
# $direction अपलोड या डाउनलोड है; $reason वजह बताता है; $next बताता है कि फिर से कोशिश कब होगी।
health-failed-meta = { $direction } · { $reason } · { $attempts ->
    [one] { $attempts } बार कोशिश की गई
   *[other] { $attempts } बार कोशिश की गई
}, अगली कोशिश { $next }
health-retry = अभी फिर से कोशिश करें
health-retried = { $count ->
    [one] { $count } फ़ाइल के लिए फिर से कोशिश हो रही है
   *[other] { $count } फ़ाइलों के लिए फिर से कोशिश हो रही है
}
health-held-folder-empty = यह फ़ोल्डर खाली है, जबकि इसमें फ़ोटो थीं। जब तक आप जवाब नहीं देते, इसमें कुछ नहीं किया जाएगा: उन्हें क्लाउड से वापस लाएँ, या उन्हें क्लाउड में भी मिटा दें।
health-held-album-empty = क्लाउड में अब इस फ़ोल्डर के लिए कुछ नहीं है, जबकि पहले था। जब तक आप जवाब नहीं देते, इसमें कुछ नहीं किया जाएगा: उन्हें वापस क्लाउड में भेजें, या इस कंप्यूटर पर भी उन्हें ट्रैश में डालें।
health-held-many = { $count ->
    [one] { $count } आइटम मिटाने के लिए आपके जवाब का इंतज़ार है।
   *[other] एक साथ { $count } आइटम मिटाने के लिए आपके जवाब का इंतज़ार है।
}
health-held-always-ask = { $count ->
    [one] सेटिंग के अनुसार, { $count } आइटम मिटाने के लिए आपके जवाब का इंतज़ार है।
   *[other] सेटिंग के अनुसार, { $count } आइटम मिटाने के लिए आपके जवाब का इंतज़ार है।
}
health-held-to-cloud = क्लाउड के रीसायकल बिन में
health-held-to-trash = इस कंप्यूटर के ट्रैश में
health-held-more = और { $count }
health-held-delete = दूसरी तरफ़ से भी मिटाएँ
health-held-restore = वापस लाएँ
health-apply-title = { $count ->
    [one] दूसरी तरफ़ से भी { $count } फ़ोटो मिटाएँ?
   *[other] दूसरी तरफ़ से भी { $count } फ़ोटो मिटाएँ?
}
health-apply-body = वे वहाँ रीसायकल बिन में जाएँगी, जहाँ से उन्हें 30 दिनों तक वापस लाया जा सकता है।
health-rename-twin = इसे अपना अलग नाम दें
health-renamed-twin = क्लाउड में नाम बदलकर { $name } किया गया।
health-not-synced = { $count ->
    [one] { $count } फ़ाइल सिंक में शामिल नहीं है
   *[other] { $count } फ़ाइलें सिंक में शामिल नहीं हैं
}
health-all-good = सब कुछ अप-टू-डेट है।
health-diagnostics = निदान
health-diagnostics-hint = वर्शन, सेटिंग, सिंक की स्थिति और हाल के लॉग वाली एक फ़ाइल, उस व्यक्ति के लिए जो आपकी मदद कर रहा है। इसमें कोई फ़ोटो, पासवर्ड या टोकन नहीं होता।
health-diagnostics-save = निदान फ़ाइल सेव करें…
health-diagnostics-dialog = निदान फ़ाइल सेव करें
# $path वह जगह है जहाँ फ़ाइल सेव हुई; $size उसका साइज़।
health-diagnostics-saved = { $path } में सेव हो गई ({ $size })

## सूचनाएँ

notice-sync-finished-title = सिंक पूरा हुआ
notice-sync-finished-body = { $uploaded ->
    [one] { $uploaded } फ़ाइल अपलोड हुई
   *[other] { $uploaded } फ़ाइलें अपलोड हुईं
}, { $downloaded ->
    [one] { $downloaded } डाउनलोड हुई
   *[other] { $downloaded } डाउनलोड हुईं
}।
notice-failed-title = { $count ->
    [one] { $count } फ़ाइल सिंक नहीं हो सकी
   *[other] { $count } फ़ाइलें सिंक नहीं हो सकीं
}
notice-failed-body = वजह देखने और फिर से कोशिश करने के लिए Skyfolio खोलें और “सिंक” में देखें।
notice-signed-out-title = सिंक रुक गया
notice-signed-out-body = यह कंप्यूटर साइन आउट हो गया है। सिंक जारी रखने के लिए फिर से साइन इन करें; आपकी फ़ोटो जहाँ हैं, वहीं रहेंगी।
notice-unlinked-body = इस कंप्यूटर को खाते से अनलिंक कर दिया गया है। सिंक जारी रखने के लिए फिर से साइन इन करें; आपकी फ़ोटो जहाँ हैं, वहीं रहेंगी।
notice-storage-title = क्लाउड स्टोरेज लगभग भर गया है
# $percent एक पूर्ण संख्या है।
notice-storage-body = { $percent }% जगह इस्तेमाल हो चुकी है। बैकअप जारी रखने के लिए रीसायकल बिन खाली करें या बड़े वीडियो हटाएँ।
notice-tray-title = Skyfolio अब भी सिंक कर रहा है
notice-tray-body = विंडो बंद करने पर भी Skyfolio ट्रे में चलता रहता है। वहीं से इसे खोलें या बंद करें।

## भाषाएँ, हर एक अपनी ही भाषा में

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

## ट्रे

tray-open = Skyfolio खोलें
tray-sync-now = अभी सिंक करें
tray-pause = सिंक रोकें
tray-resume = सिंक फिर से शुरू करें
tray-language = भाषा
tray-quit = Skyfolio बंद करें
tray-status-paused = सिंक रुका हुआ है
tray-tooltip = Skyfolio · { $status }

## डायलॉग

dialog-ok = ठीक है
dialog-cancel = रद्द करें
dialog-close = बंद करें

## कमांड लाइन

# `skyfolio` कमांड जो दिखाती है। इसकी पंक्तियाँ छोटी होती हैं, दूसरे कमांड-लाइन टूल की तरह;
# `--` के बाद के शब्द (--all, --home DIR) और `skyfolio …` वैसे ही टाइप किए जाते हैं, इनका अनुवाद नहीं
# होता। $path और $folder इस कंप्यूटर पर जगहें हैं, $reason बताता है कि कुछ क्यों नहीं हो सका (एक
# गड़बड़ी का संदेश, फिर कोष्ठक में उसका ब्योरा)।
# $message गड़बड़ी का संदेश है; $detail अंग्रेज़ी में फ़ाइल और वजह बताता है।
cli-error = skyfolio: { $message }
cli-error-detail = { $message } ({ $detail })
cli-no-home = लाइब्रेरी रखने की कोई जगह नहीं है: --home DIR दें
cli-no-runtime = Skyfolio अपने वर्कर थ्रेड शुरू नहीं कर सका
cli-download-what = बताएँ कि क्या डाउनलोड करना है: --all, --album नाम या --id ID
# $language किसी भाषा का उसी भाषा में नाम है, $tag उसका कोड (hi-IN)।
cli-language-chosen = { $language } ({ $tag }), यहाँ चुनी गई (`skyfolio language --system` से फिर इस कंप्यूटर की भाषा अपनाई जाती है)
cli-language-system = { $language } ({ $tag }), इस कंप्यूटर की भाषा (`skyfolio language TAG` से दूसरी भाषा चुनें)
cli-language-available = भाषाएँ:
cli-language-set = अब से Skyfolio यहाँ और ऐप में { $language } ({ $tag }) में बात करेगा
cli-language-set-system = Skyfolio फिर से इस कंप्यूटर की भाषा अपना रहा है: { $language } ({ $tag })
# $languages कोड की सूची है: en-US, zh-CN…
cli-language-unknown = Skyfolio { $tag } भाषा में उपलब्ध नहीं है; इनमें से कोई एक चुनें: { $languages }
# पूर्ण संख्या और दशमलव भाग के बीच का चिह्न (1.5 MB)।
cli-decimal-mark = .
# सूची के हिस्सों के बीच क्या आता है (3 अपलोड हुए, 2 डाउनलोड हुए)।
cli-list-separator = { ", " }
cli-size-bytes = { $count ->
    [one] { $count } बाइट
   *[other] { $count } बाइट
}
# $amount 1.5 जैसी कोई संख्या है।
cli-size-kb = { $amount } kB
cli-size-mb = { $amount } MB
cli-size-gb = { $amount } GB
cli-size-tb = { $amount } TB
cli-never = कभी नहीं
cli-login-password = पासवर्ड:
cli-login-password-stdin = पासवर्ड --password-stdin के साथ स्टैंडर्ड इनपुट पर दें
cli-login-password-unread = पासवर्ड पढ़ा नहीं जा सका
# $device वह नाम है जिससे यह कंप्यूटर जुड़े हुए डिवाइस में दिखता है।
cli-login-done = { $server } में { $email } के रूप में साइन इन हो गया (यह कंप्यूटर “{ $device }” है; टोकन { $store ->
    [keychain] कीचेन में
   *[file] एक निजी फ़ाइल में
} रखा गया है)
cli-logout-server-not-told = सर्वर को बताया नहीं जा सका; यह कंप्यूटर अपना टोकन भूल गया है
cli-logout-trashed = { $count ->
    [one] साइन आउट हो गया; सिंक की गई { $count } फ़ोटो या वीडियो ट्रैश में ले जाया गया
   *[other] साइन आउट हो गया; सिंक की गई { $count } फ़ोटो और वीडियो ट्रैश में ले जाए गए
}
cli-logout-kept = साइन आउट हो गया; आपकी फ़ोटो इस कंप्यूटर पर बनी रहेंगी
# $done उन कामों की सूची है जो एक बार के सिंक में हुए (नीचे के संदेश), या “सब अप-टू-डेट”।
cli-sync-folder = { $folder }: { $done }
cli-sync-uploaded = { $count } अपलोड हुए
cli-sync-downloaded = { $count } डाउनलोड हुए
cli-sync-moved = { $count } की जगह बदली
cli-sync-trashed-in-cloud = { $count } क्लाउड के रीसायकल बिन में भेजे गए
cli-sync-trashed-here = { $count } इस कंप्यूटर के ट्रैश में ले जाए गए
cli-sync-conflicts = { $count ->
    [one] { $count } फ़ाइल के दोनों वर्शन रखे गए
   *[other] { $count } फ़ाइलों के दोनों वर्शन रखे गए
}
cli-sync-in-step = सब अप-टू-डेट
cli-sync-settling-wait = { $count ->
    [one] अभी लिखी जा रही { $count } फ़ाइल का इंतज़ार…
   *[other] अभी लिखी जा रही { $count } फ़ाइलों का इंतज़ार…
}
cli-sync-settling = { $count ->
    [one] { $count } फ़ाइल अभी लिखी जा रही है: अभी भेजी नहीं गई
   *[other] { $count } फ़ाइलें अभी लिखी जा रही हैं: अभी भेजी नहीं गईं
}
cli-sync-skipped = { $count ->
    [one] सिंक के दौरान { $count } फ़ाइल बदल गई: अगली बार के लिए छोड़ी गई
   *[other] सिंक के दौरान { $count } फ़ाइलें बदल गईं: अगली बार के लिए छोड़ी गईं
}
# $problem अंग्रेज़ी में बताता है कि फ़ोल्डर सिंक क्यों नहीं हुआ (नहीं मिला, पढ़ा नहीं जा सका)।
cli-sync-folder-problem = सिंक नहीं हुआ: { $problem }
cli-sync-waiting = { $count ->
    [one] { $count } ट्रांसफ़र फिर से कोशिश का इंतज़ार कर रहा है
   *[other] { $count } ट्रांसफ़र फिर से कोशिश का इंतज़ार कर रहे हैं
}
cli-held-folder-empty = फ़ोल्डर खाली है, जबकि इसमें फ़ोटो थीं: जब तक आप जवाब नहीं देते, इसमें कुछ नहीं किया जाएगा
cli-held-album-empty = क्लाउड में अब इस फ़ोल्डर के लिए कुछ नहीं है, जबकि पहले था: जब तक आप जवाब नहीं देते, इसमें कुछ नहीं किया जाएगा
cli-held-many = { $count ->
    [one] { $count } फ़ाइल ट्रैश में चली जाती: यह आपके जवाब का इंतज़ार कर रही है
   *[other] { $count } फ़ाइलें एक साथ ट्रैश में चली जातीं: ये आपके जवाब का इंतज़ार कर रही हैं
}
cli-held-always-ask = { $count ->
    [one] सेटिंग के अनुसार, { $count } आइटम मिटाने के लिए आपके जवाब का इंतज़ार है
   *[other] सेटिंग के अनुसार, { $count } आइटम मिटाने के लिए आपके जवाब का इंतज़ार है
}
cli-held-to-cloud = { $path } → क्लाउड का रीसायकल बिन
cli-held-to-trash = { $path } → इस कंप्यूटर का ट्रैश
cli-held-more = और { $count }
cli-held-answer = जवाब दें: `skyfolio sync --delete-held { $fingerprint }` (दूसरी तरफ़ से भी मिटाएँ) या `skyfolio sync --restore-held { $fingerprint }` (वापस लाएँ)
cli-held-prompt = दूसरी तरफ़ से भी मिटाएँ (d), वापस लाएँ (r), या अभी रहने दें (Enter)?{ " " }
cli-failed = विफल: { $path }: { $reason }
cli-not-synced = सिंक नहीं हुआ: { $path }: { $reason }
cli-status-signed-in = { $server } में { $email } के रूप में साइन इन है (“{ $device }”)
cli-status-signed-out = साइन इन नहीं किया गया है
cli-status-paused = सिंक रुका हुआ है (skyfolio resume)
# $other जगह बदलने, मिटाने और दर्ज करने को गिनता है; $time वह समय है जब आखिरी बार सब सिंक था।
cli-status-summary = बाकी: अपलोड { $uploads }, डाउनलोड { $downloads }, अन्य { $other }; विफल: { $failed }; आखिरी बार पूरा सिंक: { $time }
cli-status-failed = { $direction ->
    [upload] अपलोड
   *[download] डाउनलोड
} { $path }: { $reason } ({ $attempts ->
    [one] { $attempts } बार कोशिश की गई
   *[other] { $attempts } बार कोशिश की गई
})
# $mode two-way, upload-only या download-only है, जैसा --mode के बाद टाइप किया जाता है; $album नीचे
# के दो संदेशों में से एक है।
cli-folder = { $path } ({ $mode }, { $album })
cli-whole-cloud = पूरा क्लाउड
cli-album = एल्बम “{ $album }”
cli-folder-removed = { $path } हटाया गया (इसकी फ़ाइलें जैसी थीं वैसी हैं)
cli-paused = सिंक रोका गया
cli-resumed = सिंक फिर से शुरू हुआ
cli-upload-summary = { $uploaded } अपलोड हुए, { $already } पहले से क्लाउड में, { $skipped } फ़ोटो या वीडियो नहीं, { $failed } विफल
cli-download-summary = { $downloaded } डाउनलोड हुए, { $already } पहले से मौजूद, { $failed } विफल
# $id आइटम की ID है, जिसे `skyfolio trash restore` के बाद टाइप किया जाता है; $time वह समय जब इसे मिटाया गया।
cli-trash-item = { $id }  { $path }  { $time } को मिटाया गया
cli-trash-restored = { $path } वापस लाया गया
cli-trash-emptied = रीसायकल बिन खाली है
# हर मान 1.5 GB जैसा कोई साइज़ है।
cli-storage = { $quota } में से { $used } इस्तेमाल हुआ: फ़ोटो { $photos }, वीडियो { $videos }, अन्य { $other }, रीसायकल बिन { $trash }
# $seen और $synced तारीख और समय हैं, या “कभी नहीं”।
cli-device = { $id }  { $name } ({ $platform })  आखिरी बार ऑनलाइन { $seen }, आखिरी सिंक { $synced }
cli-device-this = { $id }  { $name } ({ $platform }), यह कंप्यूटर  आखिरी बार ऑनलाइन { $seen }, आखिरी सिंक { $synced }
cli-device-unlinked = { $id } अनलिंक किया गया
# $state ऊपर की फ़ोल्डर स्थितियों में से एक है (तैयार, नहीं मिला…)।
cli-scan-not-ok = { $folder }: { $state }; कुछ नहीं बदला गया
cli-scan-summary = { $folder }: { $files ->
    [one] { $files } फ़ाइल
   *[other] { $files } फ़ाइलें
}, { $added } नई, { $changed } बदली हुई, { $moved } की जगह बदली, { $deleted } मिटाई गईं, { $unchanged } बिना बदलाव, { $ignored } फ़ोटो या वीडियो नहीं, { $failed } विफल
cli-scan-busy = अभी लिखी जा रही है, अगली स्कैन के लिए छोड़ी गई: { $path }
cli-scan-no-folders = लाइब्रेरी में अभी कोई फ़ोल्डर नहीं है: `skyfolio folder add DIR` से एक जोड़ें
cli-thumbnails-summary = थंबनेल: { $made } बने, { $without } बिना झलक के, { $failed } विफल
cli-no-thumbnail = थंबनेल नहीं बना: { $path }: { $reason }
cli-watch-ready = बदलावों पर नज़र रखी जा रही है (रोकने के लिए Ctrl+C)
# $reason अंग्रेज़ी में बताता है कि सिस्टम बदलावों की सूचना क्यों नहीं देता।
cli-watch-not-followed = { $folder }: बदलाव होते ही उन पर नज़र नहीं रखी जाती ({ $reason }); इसे समय-समय पर फिर से स्कैन किया जाता है
cli-cache-size = थंबनेल { $size } ले रहे हैं ({ $bytes ->
    [one] { $bytes } बाइट
   *[other] { $bytes } बाइट
})
cli-cache-cleared = थंबनेल कैश साफ़ हो गया
# लाइब्रेरी की सूची में, खींचे जाने के समय की जगह।
cli-no-date = (कोई तारीख नहीं)
cli-import-not-a-library-folder = { $path } लाइब्रेरी का फ़ोल्डर नहीं है: इसे `skyfolio folder add { $path }` से जोड़ें
# $how move (जगह बदलना) या copy (कॉपी करना) है।
cli-import-summary = { $imported } { $how ->
    [move] की जगह बदली
   *[copy] कॉपी हुए
}, { $duplicates } पहले से लाइब्रेरी में, { $skipped } फ़ोटो या वीडियो नहीं, { $failed } विफल
cli-info-error = गड़बड़ी: { $reason }
cli-info-summary = { $files ->
    [one] { $files } फ़ाइल
   *[other] { $files } फ़ाइलें
}, { $failed } पढ़ी नहीं जा सकीं
cli-info-size-unknown = माप पता नहीं
# $mime image/jpeg जैसा कोई टाइप है; $dimensions पिक्सेल में चौड़ाई×ऊँचाई है, या “माप पता नहीं”;
# $size फ़ाइल का साइज़; $seconds वीडियो की अवधि।
cli-info-what = { $kind ->
    [photo] फ़ोटो
   *[video] वीडियो
} ({ $mime }), { $dimensions }, { $size }
cli-info-what-timed = { $kind ->
    [photo] फ़ोटो
   *[video] वीडियो
} ({ $mime }), { $dimensions }, { $seconds } सेकंड, { $size }
# $time कैमरे की घड़ी है; $source वह जगह जहाँ से यह पढ़ा गया (exif-original, xmp, quicktime…)।
cli-info-taken = { $time } को लिया गया ({ $source } के अनुसार)
cli-info-no-date = लेने का समय पता नहीं
cli-info-camera = कैमरा { $camera }
cli-info-place = जगह { $latitude }, { $longitude }
# $orientation EXIF ओरिएंटेशन है, 1 से 8; $hash सामग्री का हैश।
cli-info-orientation = ओरिएंटेशन { $orientation }, हैश { $hash }
cli-thumbs-size = साइज़ 256 या 1440 होना चाहिए
cli-thumbs-cannot-create = { $path } नहीं बनाया जा सका
# $skipped कोष्ठक की तीनों संख्याओं का जोड़ है।
cli-thumbs-summary = { $made } बने, { $skipped } छोड़े गए ({ $there } पहले से बने हुए, { $unsupported } फ़ोटो या वीडियो नहीं, { $without } बिना झलक के), { $failed } विफल
cli-thumbs-no-preview = कोई झलक नहीं: { $path }: { $reason }

## गड़बड़ियाँ, कोड के हिसाब से

error-io = Skyfolio कोई फ़ाइल पढ़ या लिख नहीं सका।
error-empty-file = यह फ़ाइल खाली है।
error-unsupported-format = Skyfolio इस तरह की फ़ाइल नहीं दिखा सकता।
error-too-large = यह तस्वीर इतनी बड़ी है कि इसे सुरक्षित रूप से खोला नहीं जा सकता।
error-corrupt = यह फ़ाइल खराब या अधूरी है।
error-timeout = झलक बनाने में बहुत ज़्यादा समय लगा।
error-database = Skyfolio के अपने रिकॉर्ड पढ़े नहीं जा सके। Skyfolio को रीस्टार्ट करें; अगर फिर से ऐसा हो, तो डिस्क जाँचें।
error-not-a-folder = यह फ़ोल्डर नहीं है।
error-folder-overlaps = यह फ़ोल्डर पहले से सिंक हो रहे किसी फ़ोल्डर के अंदर है, या उसमें ऐसा कोई फ़ोल्डर है।
error-unknown-folder = यह फ़ोल्डर सिंक में नहीं है।
error-invalid-setting = यह सेटिंग तय सीमा से बाहर है।
error-invalid-server = यह सर्वर का पता नहीं है। इसे https://photos.example.org की तरह लिखें।
error-unreachable = सर्वर से कनेक्ट नहीं हो पा रहा है। पता और अपना कनेक्शन जाँचें; Skyfolio अपने-आप फिर से कोशिश करता रहेगा।
error-protocol = सर्वर ने ऐसा जवाब दिया जिसे Skyfolio समझ नहीं पाया। क्या यह उसी वर्शन का Skyfolio सर्वर है?
error-not-signed-in = यह कंप्यूटर साइन इन नहीं है।
error-credentials = Skyfolio इस कंप्यूटर पर साइन-इन की जानकारी न तो सेव कर सका, न ढूँढ सका।
error-hash-mismatch = एक फ़ाइल खराब होकर पहुँची। Skyfolio उसे फिर से ला रहा है।
error-changed-meanwhile = भेजते समय एक फ़ाइल बदल गई। Skyfolio उसे फिर से भेज रहा है।
error-invalid-album = इस एल्बम नाम का इस्तेमाल नहीं किया जा सकता। सामान्य नाम रखें, जिसके शुरू या आखिर में / न हो।
error-album-taken = कोई दूसरा फ़ोल्डर इस एल्बम को पहले से दोनों तरफ़ से सिंक कर रहा है।
error-nothing-selected = क्लाउड में इससे मेल खाता कुछ नहीं है।
error-invalid-name = क्लाउड इस फ़ाइल का नाम स्वीकार नहीं करता।
error-name-taken = यहाँ इसी नाम की एक और फ़ाइल है, बस बड़े और छोटे अक्षरों का फ़र्क है।
error-invalid-path = इस नाम का इस्तेमाल नहीं किया जा सकता।
error-online-only = इस कंप्यूटर पर इस फ़ाइल का सिर्फ़ एक प्लेसहोल्डर है: इसकी सामग्री OneDrive या iCloud Drive जैसी किसी क्लाउड ड्राइव में है। Skyfolio इसे अपने आप डाउनलोड नहीं करता; इसे शामिल करने के लिए फ़ाइल को इसी कंप्यूटर पर रखें।
error-bad-request = Skyfolio ने सर्वर को कुछ ऐसा भेजा जिसे सर्वर ने अस्वीकार कर दिया।
error-unsupported-media-type = Skyfolio ने सर्वर को कुछ ऐसा भेजा जिसे सर्वर ने अस्वीकार कर दिया।
error-headers-too-large = Skyfolio ने सर्वर को कुछ ऐसा भेजा जिसे सर्वर ने अस्वीकार कर दिया।
error-uri-too-long = Skyfolio ने सर्वर को कुछ ऐसा भेजा जिसे सर्वर ने अस्वीकार कर दिया।
error-unauthorized = इस कंप्यूटर को साइन आउट या अनलिंक कर दिया गया है। सिंक जारी रखने के लिए फिर से साइन इन करें।
error-invalid-credentials = ईमेल या पासवर्ड गलत है।
error-too-many-attempts = बहुत ज़्यादा कोशिशें हो गईं। थोड़ी देर रुकें और फिर से कोशिश करें।
error-forbidden = यह सिर्फ़ सर्वर का एडमिनिस्ट्रेटर कर सकता है।
error-registration-closed = यह सर्वर बिना आमंत्रण के नए खाते नहीं बनाने देता। इसके एडमिनिस्ट्रेटर से आमंत्रण माँगें।
error-invalid-invite = यह आमंत्रण कोड काम नहीं कर रहा: हो सकता है यह गलत लिखा गया हो, पहले ही इस्तेमाल हो चुका हो या इसकी अवधि खत्म हो गई हो। सर्वर के एडमिनिस्ट्रेटर से नया कोड माँगें।
error-email-taken = इस ईमेल से पहले से एक खाता है। इसके बजाय साइन इन करें।
error-weak-password = कम से कम 8 वर्णों का पासवर्ड चुनें।
error-not-found = यह अब वहाँ नहीं है।
error-path-taken = इस नाम का एक और आइटम पहले से है।
error-offset-mismatch = एक अपलोड बीच में रुक गया था। Skyfolio उसे वहीं से जारी रख रहा है।
error-checksum-mismatch = अपलोड का एक हिस्सा खराब होकर पहुँचा। Skyfolio उसे फिर से भेज रहा है।
error-size-mismatch = भेजते समय एक फ़ाइल बदल गई। Skyfolio उसे फिर से भेज रहा है।
error-upload-busy = यह फ़ाइल पहले से अपलोड हो रही है।
error-quota-exceeded = आपका स्टोरेज भर गया है। रीसायकल बिन खाली करें या जगह खाली करें।
error-storage-full = क्लाउड की डिस्क भर गई है, इसलिए और कुछ सहेजा नहीं जा सकता। कुछ भी खोया नहीं है: फ़ाइलें यहीं इंतज़ार करती हैं, और सर्वर में जगह होते ही सिंक अपने आप आगे बढ़ेगा।
error-not-ready = झलक अभी बन रही है।
error-no-preview = इस आइटम की कोई झलक नहीं है।
error-range-not-satisfiable = Skyfolio ने सर्वर से कुछ ऐसा माँगा जो उसके पास नहीं है।
error-server-busy = सर्वर अभी व्यस्त है। थोड़ी देर में फिर से कोशिश करें।
error-internal = Skyfolio या सर्वर के अंदर कुछ गड़बड़ हो गई। थोड़ी देर में फिर से कोशिश करें।
error-unknown = कुछ गड़बड़ हो गई।
error-held-changed = जो आपके जवाब का इंतज़ार कर रहा था, वह दिखाए जाने के बाद बदल गया है। उसे फिर से देखें, फिर जवाब दें।

## ब्राउज़र में

welcome-browser-title = Skyfolio में साइन इन करें
# $host is the server's address, as the browser shows it.
welcome-browser-body = { $host } पर आपकी फ़ोटो और वीडियो। इस ब्राउज़र से उन्हें देखने, अपलोड करने और डाउनलोड करने के लिए साइन इन करें या खाता बनाएँ।
welcome-not-encrypted = यह पेज एन्क्रिप्ट नहीं है (इसे https:// नहीं, http:// से खोला गया है)। आपका पासवर्ड और आपकी फ़ोटो नेटवर्क पर ऐसे जाती हैं कि दूसरे उन्हें पढ़ सकते हैं। सर्वर के एडमिनिस्ट्रेटर से https:// पता माँगें।
settings-language-browser = इस ब्राउज़र जैसी ({ $language })
settings-language-hint-browser = पेज तुरंत बदल जाता है; यह ब्राउज़र आपकी पसंद याद रखता है।
account-browser = यह ब्राउज़र
error-desktop-only = यह केवल कंप्यूटर पर Skyfolio ऐप में काम करता है।
gallery-empty-browser = इस डिवाइस से फ़ोटो और वीडियो अपलोड करने के लिए “फ़ोटो जोड़ें” चुनें, या उन्हें खींचकर इस पेज पर छोड़ें।
error-unauthorized-browser = आप साइन आउट हो गए हैं। अपनी फ़ोटो देखने के लिए फिर से साइन इन करें।
error-not-signed-in-browser = आप साइन इन नहीं हैं। अपनी फ़ोटो देखने के लिए साइन इन करें।
error-unreachable-browser = सर्वर से कनेक्ट नहीं हो पा रहा है। अपना कनेक्शन जाँचें और फिर से कोशिश करें।
error-storage-full-browser = क्लाउड की डिस्क भर गई है, इसलिए और कुछ सहेजा नहीं जा सकता। सर्वर में जगह होने पर फिर से कोशिश करें।
welcome-pair-refused = आपके कंप्यूटर का साइन-इन कोड पहले ही इस्तेमाल हो चुका है या उसकी समय-सीमा खत्म हो गई है। कंप्यूटर पर नया कोड बनाएँ: सेटिंग → मेरे फ़ोन को इस कंप्यूटर तक पहुँचने दें → नया कोड। फिर उसे दोबारा स्कैन करें।
welcome-pair-hint = अपने कंप्यूटर के Skyfolio में साइन इन कर रहे हैं? वहाँ सेटिंग → मेरे फ़ोन को इस कंप्यूटर तक पहुँचने दें चालू करें और उसका कोड स्कैन करें।

## Google Takeout import

cli-takeout-source = { $path }: { $entries } फ़ाइलें
cli-takeout-source-unreadable = { $path }: पढ़ा नहीं गया: { $reason }
cli-takeout-review = { $photos } फ़ोटो और { $videos } वीडियो ({ $motion } मोशन फ़ोटो), { $albums } एल्बम में, { $size }
cli-takeout-review-details = Google के JSON से तारीख: { $dated }; जगह के साथ: { $places }; पसंदीदा: { $favorites }; संग्रहित: { $archived }; Google के ट्रैश में: { $trashed }; बिना JSON: { $without }
cli-takeout-skipped = इम्पोर्ट नहीं हुआ: { $count } × { $what } ({ $reason })
cli-takeout-dry-run = कुछ नहीं भेजा गया (--dry-run)
cli-takeout-summary = { $imported } इम्पोर्ट हुए, { $already } पहले से मौजूद, { $earlier } पिछले इम्पोर्ट से हो चुके, { $failed } विफल; { $orphans } Google JSON फ़ाइलें बिना फ़ोटो के, { $ignored } फ़ाइलें छोड़ी गईं, { $refused } अस्वीकार
cli-takeout-marks = पसंदीदा ({ $favorites }) और संग्रहित आइटम ({ $archived }) सामान्य फ़ोटो की तरह आए: क्लाउड में अभी ये निशान नहीं हैं; Google के ट्रैश के आइटम ({ $trashed }) रीसायकल बिन में हैं
cli-takeout-report = रिपोर्ट { $path } में लिखी गई
cli-takeout-time-zone = { $zone } ऐसा समय क्षेत्र नहीं है जिसे यह कंप्यूटर जानता हो (Asia/Kolkata, UTC…)
error-bad-zip = यह zip आर्काइव नहीं है, या खराब है (डाउनलोड पूरा नहीं हुआ?)। यह हिस्सा फिर से डाउनलोड करें।
error-not-a-file = यह फ़ाइल नहीं है (फ़ोल्डर या लिंक है): यह जहाँ है वहीं रहता है।
error-damaged-json = इस फ़ोटो की Google JSON फ़ाइल खराब है: उसकी तारीखें और जगहें इस्तेमाल नहीं होतीं।
error-not-an-object = इस फ़ोटो की Google JSON फ़ाइल उस तरह की नहीं है जैसी Google Photos लिखता है: उसकी तारीखें और जगहें इस्तेमाल नहीं होतीं।
error-zip-bomb = यह zip एंट्री किसी फ़ोटो से कहीं ज़्यादा बाइट होने का दावा करती है: इसे पढ़ा नहीं गया।
error-scratch-full = इस कंप्यूटर पर इस फ़ाइल को zip से निकालने के लिए पर्याप्त खाली जगह नहीं है।
error-part-missing = यह फ़ाइल दिए गए Takeout हिस्सों में नहीं है। छूटा हुआ हिस्सा जोड़कर फिर से इम्पोर्ट करें।

## फ़ोन और कैमरा कार्ड

cli-device-found = { $name } ({ $path })
cli-device-none = DCIM फ़ोल्डर वाला कोई फ़ोन या कार्ड जुड़ा नहीं है: उसका फ़ोल्डर बताइए।
cli-device-several = कई फ़ोन या कार्ड जुड़े हैं: किसी एक का फ़ोल्डर बताइए:
cli-device-summary = { $imported } का बैकअप हुआ, { $already } पहले से क्लाउड या इस कंप्यूटर पर, { $skipped } फ़ोटो या वीडियो नहीं, { $failed } विफल
cli-free-device-plan = { $files } फ़ाइलें ({ $size }) क्लाउड में सुरक्षित हैं और हटाई जा सकती हैं: हटाने के लिए --yes के साथ फिर चलाएँ
cli-free-device-done = { $files } फ़ाइलें हटाई गईं ({ $size } खाली); { $kept } रखी गईं
error-not-confirmed = क्लाउड में इस फ़ाइल की सामग्री नहीं है: यह बनी रहेगी।

## ऐप में फ़ोन, कैमरा कार्ड और Google Takeout

card-found = { $name } जुड़ा है: इसकी फ़ोटो और वीडियो का बैकअप लें?
card-backing-up = { $name } का बैकअप हो रहा है…
card-backed-up = { $name } का बैकअप हो गया।
card-back-up = इस फ़ोन या कार्ड का बैकअप लें
card-free-space = जगह खाली करें
card-not-now = अभी नहीं
card-nothing-to-free = { $name } पर अभी कुछ भी क्लाउड में नहीं है।
card-free-title = { $name } पर जगह खाली करें?
card-free-body = { $count } फ़ाइलें ({ $size }) क्लाउड में सुरक्षित हैं। इन्हें कार्ड से हटाया जाएगा; क्लाउड इन्हें रखेगा।
card-free-confirm = { $count } फ़ाइलें हटाएँ
card-freed = { $count } फ़ाइलें हटाई गईं, { $size } खाली; { $kept } रखी गईं।
add-takeout = Google Photos से
takeout-dialog = अपने Google Takeout की zip फ़ाइलें चुनें
takeout-review-title = Google Photos से आयात करें?
takeout-review-items = { $albums } एल्बम में { $photos } फ़ोटो और { $videos } वीडियो, { $size }।
takeout-review-details = Google से तारीख: { $dated }। स्थान के साथ: { $places }। पसंदीदा: { $favorites }। Google के ट्रैश से (रीसायकल बिन में जाएँगे): { $trashed }।
takeout-review-earlier = { $count } पहले आयात हो चुके हैं और छोड़े जाएँगे।
takeout-review-unreadable = { $path } पढ़ा नहीं जा सकता: { $reason }
takeout-import = आयात करें
takeout-report-at = हर आइटम की रिपोर्ट { $path } में सहेजी जाएगी
import-finished = { $count } आइटम क्लाउड में हैं ({ $already } पहले से थे)।
transfer-import-running = { $total } में से { $done } आयात हो रहे हैं
transfer-import-paused = आयात रुका, { $total } में से { $done }
transfer-import-done = { $total } में से { $done } आयात हुए
transfer-import-cancelled = आयात रद्द हुआ
transfer-import-failed = आयात समस्याओं के साथ पूरा हुआ
error-not-a-backup-folder = जगह केवल बैकअप (सिर्फ़ अपलोड) फ़ोल्डरों में खाली होती है: इस फ़ोल्डर में फ़ोटो हटाने से वह क्लाउड से भी हट जाएगी, या वापस आ जाएगी।

health-imports = Google Photos से आयात
health-import = { $when } को आयात किया गया
takeout-show-report = रिपोर्ट दिखाएँ
takeout-report-title = Google Photos से क्या आया
takeout-report-saved = पूरी रिपोर्ट स्प्रेडशीट के रूप में सहेजी गई है: { $path }
takeout-report-marks = पसंदीदा: { $favorites }। संग्रहित: { $archived }। Google के ट्रैश से, अब रीसायकल बिन में: { $trashed }।
takeout-report-empty = यहाँ कुछ नहीं है।
takeout-report-more = { $count } और दिखाएँ
takeout-group-failed = विफल
takeout-group-not-imported = Takeout में फ़ोटो नहीं
takeout-group-imported = आयात हुए
takeout-group-already = पहले से यहाँ
takeout-group-skipped = फ़ोटो नहीं
takeout-group-all = सब कुछ
takeout-column-name = नाम
takeout-column-outcome = क्या हुआ
takeout-column-where = कहाँ है
takeout-column-why = क्यों
takeout-earlier = पिछले आयात से
takeout-outcome-imported = आयात हुआ
takeout-outcome-already-present = पहले से यहाँ
takeout-outcome-failed = विफल
takeout-outcome-not-imported = आयात नहीं हुआ
takeout-outcome-ignored = छोड़ा गया
takeout-outcome-refused = अस्वीकार
takeout-outcome-problem = सूचना
takeout-reason-no-media = Google का JSON यहाँ है, उसकी फ़ोटो नहीं: क्या Takeout का कोई हिस्सा नहीं है?
takeout-reason-ambiguous = कई फ़ोटो इस JSON से बराबर मेल खाती हैं; किसी को नहीं दिया गया।
takeout-reason-not-media = फ़ोटो या वीडियो नहीं।
takeout-reason-system-file = कंप्यूटर या ज़िप प्रोग्राम द्वारा छोड़ी गई फ़ाइल।
takeout-reason-not-a-sidecar = Google का डेटा जो किसी फ़ोटो के बारे में नहीं है।
takeout-reason-extra-album-metadata = एक फ़ोल्डर में एल्बम का दूसरा विवरण।
takeout-reason-unused-album-metadata = बिना फ़ोटो वाले फ़ोल्डर में एल्बम का विवरण।
takeout-reason-empty = प्रविष्टि का कोई नाम नहीं है।
takeout-reason-not-utf8 = प्रविष्टि का नाम पढ़ने योग्य टेक्स्ट नहीं है।
takeout-reason-too-long = प्रविष्टि का नाम बहुत लंबा है।
takeout-reason-absolute = प्रविष्टि का नाम Takeout के बाहर इशारा करता है।
takeout-reason-dot-segment = प्रविष्टि का नाम Takeout के बाहर इशारा करता है।
takeout-reason-empty-segment = प्रविष्टि के नाम में एक खाली फ़ोल्डर है।
takeout-reason-backslash = प्रविष्टि के नाम में बैकस्लैश है।
takeout-reason-control-character = प्रविष्टि के नाम में नियंत्रण वर्ण हैं।
takeout-reason-damaged-json = इसका Google JSON खराब है: उसकी तारीखें और जगहें इस्तेमाल नहीं होतीं।
takeout-reason-json-not-read = इसका Google JSON पढ़ा नहीं जा सका।
takeout-reason-conflicting-copies = हिस्सों में इस नाम से अलग-अलग फ़ाइलें हैं: दोनों रखी गईं।

settings-folder-free = जगह खाली करें
free-title = { $path } में जगह खाली करें
free-lead = इस बैकअप फ़ोल्डर की जो फ़ोटो और वीडियो क्लाउड में सुरक्षित हैं, वे इस कंप्यूटर से हट सकती हैं (ट्रैश के ज़रिए)। वे आपकी टाइमलाइन में रहती हैं और खोलने पर डाउनलोड होती हैं।
free-age = कौन-सी
free-age-any = कोई भी उम्र
free-age-months = { $months ->
    [one] एक महीने से नहीं बदली
   *[other] { $months } महीनों से नहीं बदली
}
free-size = आकार
free-size-any = कोई भी आकार
free-size-over = { $size } से बड़ी
free-counting = क्लाउड से पूछ रहे हैं…
free-found = { $count ->
    [one] 1 फ़ाइल ({ $size }) क्लाउड में सुरक्षित है।
   *[other] { $count } फ़ाइलें ({ $size }) क्लाउड में सुरक्षित हैं।
}
free-nothing = अभी कुछ मेल नहीं खाता: हटाने को कुछ नहीं।
free-confirm-none = हटाने को कुछ नहीं

update-available = Skyfolio { $version } इंस्टॉल के लिए तैयार है।
update-install = इंस्टॉल करें और फिर से शुरू करें
update-later = बाद में
update-installing = Skyfolio { $version } इंस्टॉल हो रहा है… पूरा होने पर Skyfolio फिर से शुरू होगा।
error-no-update = इंस्टॉल करने के लिए कोई नया संस्करण नहीं मिला।
error-update-failed = अपडेट इंस्टॉल नहीं हो सका; यह संस्करण चलता रहेगा।
health-keep-here = डाउनलोड करें और शामिल करें
health-kept-here = { $name } इस कंप्यूटर पर लाया जा रहा है; इसके बाद सिंक इसे ले लेगा।

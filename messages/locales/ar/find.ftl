## Look up a withdrawal key

lookup-title = مفتاح السحب لفهرس مفتاح
lookup-hint = يعرض المفتاح العام للسحب ({ $path }) لفهرس المفتاح i من عبارة الاسترداد الخاصة بك، وبيانات اعتماد السحب 0x00 الناتجة عنه، لتقارنها بما تعرضه سلسلة المنارة.
lookup-index-label = فهرس المفتاح
lookup-show = عرض مفاتيحه
lookup-withdrawal-path = مسار مفتاح السحب
lookup-withdrawal-pubkey = المفتاح العام للسحب
lookup-credentials = بيانات اعتماد السحب 0x00
lookup-signing = مسار مفتاح التوقيع ومفتاحه العام
lookup-copy-withdrawal-pubkey = المفتاح العام للسحب
lookup-copy-credentials = بيانات اعتماد السحب
lookup-copy-signing-pubkey = مفتاح التوقيع العام

## Find my validators

find-title = البحث عن المدققين الخاصين بي
find-hint = استورد ما تعرفه سلسلة المنارة بأحد الأشكال التالية، وستحدد المحفظة المدققين الذين تتحكم فيهم مفاتيح عبارة الاسترداد الخاصة بك. تُقرأ الملفات المستوردة حتى 1 GiB (القائمة الكاملة للشبكة الرئيسية نحو 500 MB).
find-hint-beacon-api = استجابة beacon API للطلب
find-hint-ethdo = ملف ethdo
find-hint-csv = ملف CSV يتضمن الأعمدة
find-key-count-label = عدد فهارس المفاتيح المراد فحصها، بدءًا من 0 (يفحص ethdo أول 1,024 فهرسًا)
find-submit = البحث عن المدققين الخاصين بي
find-summary = { $format }: { $read ->
        [zero] لم يُقرأ أي مدقق
        [one] قُرئ مدقق واحد
        [two] قُرئ مدققان
        [few] قُرئ { $read } مدققين
        [many] قُرئ { $read } مدققًا
       *[other] قُرئ { $read } مدقق
    }، يتحكم في { $found } منهم فهارسُ المفاتيح { $first }–{ $last } من عبارة الاسترداد هذه.
find-format-beacon-api = استجابة validators من beacon API
find-format-ethdo = ملف offline-preparation.json من ethdo
find-format-csv = CSV
find-format-list = قائمة

## The import

find-import-file-label = ملف الاستيراد
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …أو الصقه هنا

## The validators found

find-column-sign = توقيع
find-column-validator = المدقق
find-column-key-index = فهرس المفتاح
find-column-status = الحالة
find-column-credentials = بيانات اعتماد السحب
find-column-found-by = طريقة العثور عليه
find-column-change = تغيير العنوان
find-select-validator = التوقيع للمدقق { $validator }
find-found-by-both = بيانات الاعتماد والمفتاح العام
find-found-by-credentials = بيانات اعتماد السحب
find-found-by-pubkey = مفتاح التوقيع العام
find-change-possible = 0x00: يمكن تغييره
find-change-other-key = 0x00 لمفتاح سحب آخر: ليس من عبارة الاسترداد هذه
find-change-already = { $prefix } بالفعل

## Signing for the validators found

find-bls-warning = لا يمكن تضمين تغيير BLS في السلسلة إلا مرة واحدة، ولا يمكن التراجع عنه. تحقق من العنوان على جهاز ثانٍ.
find-address-label = عنوان التنفيذ (السحب) الجديد، بمجموع تحقق EIP-55
find-address-again-label = العنوان نفسه مرة أخرى
find-with-exits = توقيع عمليات خروج طوعي مسبقًا للمدققين المحددين أيضًا
find-exit-epoch-label = حقبة الخروج (epoch)
find-review = مراجعة ما سيُوقَّع
find-sign = التوقيع للمدققين المحددين
find-error-none-selected = حدد مدققًا واحدًا على الأقل تستطيع عبارة الاسترداد هذه التوقيع له
find-error-address-twice = اكتب العنوان الجديد مرتين

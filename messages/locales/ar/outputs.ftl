## Signing review: what will be signed, shown before every sign button

review-what-bls-changes = تغييرات BLS-to-execution
review-what-deposits = إيداعات المدققين الجدد
review-what-exits = عمليات الخروج الطوعي
review-title = المراجعة: ما سيُوقَّع ({ $what })
review-signed-title = تم التوقيع: { $what }
review-summary-label = ما تم توقيعه
review-chain = السلسلة
review-fork-version = إصدار تفرّع التكوين (genesis fork version)
review-root = جذر مدققي التكوين (genesis validators root)
review-root-label = جذر مدققي التكوين
review-address = عنوان الوجهة
review-address-label = عنوان الوجهة
review-amount = المبلغ لكل مدقق
review-epoch = صالح ابتداءً من الحقبة
review-validators = المدققون
review-count-bls-changes = { $count ->
        [one] تغيير واحد من نوع BLS-to-execution
        [two] تغييران من نوع BLS-to-execution
        [few] { $count } تغييرات من نوع BLS-to-execution
        [many] { $count } تغييرًا من نوع BLS-to-execution
       *[other] { $count } تغيير من نوع BLS-to-execution
    }
review-count-deposits = { $count ->
        [one] إيداع واحد لمدقق جديد
        [two] إيداعان لمدققَين جديدَين
        [few] { $count } إيداعات لمدققين جدد
        [many] { $count } إيداعًا لمدققين جدد
       *[other] { $count } إيداع لمدققين جدد
    }
review-count-exits = { $count ->
        [one] عملية خروج طوعي واحدة
        [two] عمليتا خروج طوعي
        [few] { $count } عمليات خروج طوعي
        [many] { $count } عملية خروج طوعي
       *[other] { $count } عملية خروج طوعي
    }
review-count = { $count } { $what }
review-column-validator = المدقق
review-column-key-index = فهرس المفتاح
review-column-check = التحقق
review-pubkey-from-bls = من المفتاح العام BLS (مفتاح السحب)
review-pubkey-signing = مفتاح التوقيع العام
review-pubkey-label = المفتاح العام
review-row-new = جديد
review-row-keystore = keystore
review-confirm-ending = { $count ->
        [one] للتأكيد، اكتب الحرف الأخير من عنوان الوجهة
        [two] للتأكيد، اكتب الحرفين الأخيرين من عنوان الوجهة
        [few] للتأكيد، اكتب آخر { $count } أحرف من عنوان الوجهة
        [many] للتأكيد، اكتب آخر { $count } حرفًا من عنوان الوجهة
       *[other] للتأكيد، اكتب آخر { $count } حرف من عنوان الوجهة
    }
review-confirm-each = تأكيد كل جزء
review-tick-chain = السلسلة هي { $chain }
review-tick-address = عنوان الوجهة ملكي، وقد تحققت منه على جهاز ثانٍ
review-tick-validators = المدققون المدرجون تابعون لي ({ $count })
review-tick-amount = { $amount } لكل مدقق
review-tick-epoch = صالح ابتداءً من الحقبة { $epoch }
review-blocked = لا يمكن توقيع أي شيء حتى يجتاز كل مدقق أعلاه التحقق.

## Hex values and their Copy button

hex-copy = نسخ
hex-copied = تم النسخ
hex-copy-label = نسخ { $label }

## QR codes, files and long jobs

qr-too-long = أطول من أن يتسع له رمز QR واحد: { $detail }
files-read-failed = تعذّر على المتصفح قراءة الملف
files-download-failed = تعذّر على المتصفح تقديم الملف للتنزيل
jobs-worker-refused = رفض المتصفح تشغيل Web Worker
jobs-module-not-sent = تعذّر إرسال وحدة wasm إلى Web Worker
jobs-job-not-sent = تعذّر إرسال المهمة إلى Web Worker
job-progress = { $phase }: { $count }، { $elapsed } ث
job-progress-eta = { $phase }: { $count }، { $elapsed } ث، يتبقى نحو { $eta } ث
job-progress-done = { $done }
job-progress-of = { $done } من { $total }
job-progress-percent = { $percent }%
job-cancel = إلغاء
job-cancelled = تم الإلغاء. لم يُنتَج أي شيء.

## Next steps: what to do with each file made

next-steps-title = الخطوات التالية
next-deposit-title = بيانات الإيداع: ارفعها ثم أجرِ الإيداع
next-deposit-copy = انسخ { $file } إلى الحاسوب الذي تُجري منه الإيداع (لا يحتوي على أي سر).
next-deposit-open = افتح { $page }، وارفع الملف، وتحقق من أن كل مفتاح عام وبيانات اعتماد السحب والمبلغ مطابقة لما في الملخص أعلاه.
next-deposit-upload = ارفعه على صفحة الإيداع الخاصة بـ { $chain }، وقارن كل مفتاح عام وبيانات اعتماد السحب والمبلغ بالملخص أعلاه.
next-deposit-sign = وقّع معاملات الإيداع هناك بالمحفظة التي تحتفظ بالأموال. لا يمكن التراجع عن الإيداعات.
next-deposit-start = شغّل المدقق بملف keystore الخاص به قبل معالجة الإيداع، كي لا تفوته أي مهمة.
next-keystores-title = ملفات keystore: استوردها إلى عميل المدقق أو الموقِّع البعيد
next-keystores-copy = { $count ->
        [one] انسخ ملف keystore (أو ملف zip) إلى جهاز المدقق. كلمة مروره تُنقل معه بكتابتها يدويًا هناك، ولا تُحفظ أبدًا بجانبه.
        [two] انسخ ملفَّي keystore (أو ملف zip) إلى جهاز المدقق. كلمة مرورهما تُنقل معهما بكتابتها يدويًا هناك، ولا تُحفظ أبدًا بجانبهما.
       *[other] انسخ ملفات keystore البالغ عددها { $count } (أو ملف zip) إلى جهاز المدقق. كلمة مرورها تُنقل معها بكتابتها يدويًا هناك، ولا تُحفظ أبدًا بجانبها.
    }
next-keystores-import = استوردها، على سبيل المثال:
next-keystores-web3signer = Web3Signer: حدّد «تضمين ملفات إعداد مفاتيح Web3Signer» قبل «تنزيل الكل»؛ تشير ملفات { $files } إلى كل ملف keystore وإلى ملف كلمة مروره.
next-keystores-one-machine = شغّل كل مفتاح على جهاز واحد فقط: تشغيل المفتاح نفسه على جهازين يؤدي إلى معاقبته بالاقتطاع (slashing).
next-bls-change-title = تغيير BLS-to-execution: يُبَثّ مرة واحدة فقط
next-bls-change-copy = انسخ { $file } إلى حاسوب متصل بالإنترنت (لا يحتوي على أي سر).
next-bls-change-send = أرسله إلى عقدة المنارة (beacon node) الخاصة بك:
next-bls-change-explorer = أو الصقه في صفحة البث لدى مستكشف كتل ({ $page } على الشبكة الرئيسية).
next-bls-change-after = خلال بضعة أيام تصبح بيانات اعتماد المدقق { $prefix } متبوعةً بعنوانك؛ وعندئذٍ تذهب عمليات السحب إليه. لا يمكن التراجع عن هذا التغيير.
next-ethdo-title = ملف { $file } من ethdo: التغييرات نفسها، لاستخدامها مع ethdo
next-ethdo-broadcast = إن كنت تستخدم ethdo وهو متصل بالإنترنت، فقم بالبث بواسطته بدلًا من الملف أعلاه (وليس بالطريقتين معًا):
next-exits-title = عمليات الخروج الطوعي: احتفظ بها حتى تقرر الخروج
next-exits-store = { $count ->
        [one] احفظ ملف الخروج في مكان آمن: يستطيع كل من يحوزه إخراج ذلك المدقق، ولا يمكن التراجع عن الخروج.
        [two] احفظ ملفَّي الخروج في مكان آمن: يستطيع كل من يحوز أحدهما إخراج المدقق المعني، ولا يمكن التراجع عن الخروج.
       *[other] احفظ ملفات الخروج البالغ عددها { $count } في مكان آمن: يستطيع كل من يحوز أحدها إخراج المدقق المعني، ولا يمكن التراجع عن الخروج.
    }
next-exits-send = للخروج، أرسل أحدها إلى عقدة منارة:
next-exits-explorer = أو الصقه في صفحة البث لدى مستكشف كتل. يواصل المدقق أداء مهامه حتى يكتمل الخروج.
next-never-title = لا يغادر هذا الحاسوب غير المتصل أبدًا
next-never-text = عبارة الاسترداد الخاصة بك وعبارة مرورها. لا تكتبهما في أي مكان آخر؛ ولا تكتب كلمات مرور keystore إلا على الجهاز الذي يشغّل المفاتيح.
next-print = طباعة هذه الخطوات

## Shared form pieces: the chain picker, the file list, the public mnemonic acknowledgement,
## and the notice shown when a flow needs a mnemonic first.

common-chain-label = السلسلة
common-chain-choose = اختر السلسلة…
common-chain-custom = سلسلة مخصصة…
common-custom-name-label = اسم السلسلة
common-custom-genesis-fork-label = إصدار تفرّع التكوين (genesis fork version)
common-custom-capella-fork-label = إصدار تفرّع Capella (Capella fork version)
common-custom-root-label = جذر مدققي التكوين (genesis validators root)، مطلوب لتغييرات BLS وعمليات الخروج
common-files-verified = ✓ جرى التحقق من كل ملف أدناه (التواقيع، والجذور، وفك تشفير keystore) قبل عرضه.
common-download = تنزيل
common-web3signer = تضمين ملفات إعداد مفاتيح Web3Signer ({ $files }، النوع { $kind })
common-download-all = تنزيل الكل ({ $file })
common-show-qr = رموز QR للهاتف
common-qr-caption = { $file }، الرسالة { $number } من { $total }
common-qr-label = رمز QR: { $file }، الرسالة { $number } من { $total }
common-qr-too-long = { $file }، الرسالة { $number } من { $total }: أطول من أن يتسع لها رمز QR واحد
common-public-ack = أعلم أن هذه المفاتيح عامة، ومع ذلك أريد ملفات لهذه السلسلة
common-needs-mnemonic = تعتمد هذه الخطوة على عبارة الاسترداد الخاصة بك. أنشئ عبارة جديدة أو أدخل العبارة التي لديك أولًا.
common-needs-use = إدخال عبارة الاسترداد الخاصة بي
common-needs-create = إنشاء عبارة استرداد جديدة

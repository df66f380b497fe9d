keys-title = توليد مفاتيح المدققين
keys-hint = لا يُنقل إلى عقدة المدقق أو الموقِّع البعيد سوى ملفات keystore الخاصة بالتوقيع. أما عبارة الاسترداد فلا تُنقل أبدًا: أبقِها دون اتصال بالإنترنت، فهي تتحكم أيضًا في مفاتيح السحب.
keys-public-mnemonic = هذه عبارة استرداد تجريبية منشورة: يستطيع أي شخص اشتقاق هذه المفاتيح. لا تستخدمها إلا على الشبكات التجريبية.
keys-start-index-label = فهرس البداية (أول فهرس مفتاح يُستخدم)
keys-count-label = عدد المدققين
keys-budget-label = الحد الأقصى للمفاتيح لكل عبارة استرداد
keys-budget-new-mnemonic = بدء عبارة استرداد جديدة للمفاتيح المتبقية
keys-plan-next = التالي في خطتك: عبارة الاسترداد { $mnemonic } من { $mnemonics }، فهارس المفاتيح { $first }–{ $last }، الحزمة { $label }. أنشئها وعبارة الاسترداد تلك محمّلة.
keys-plan-use = استخدمها
keys-credentials-legend = بيانات اعتماد السحب (withdrawal credentials)
keys-kind-compounding = 0x02 مُركَّبة (compounding؛ موصى بها؛ من 1 إلى 2048 ETH)
keys-kind-execution = 0x01 عنوان تنفيذ (32 ETH بالضبط)
keys-kind-bls = 0x00 BLS (غير موصى بها)
keys-amount-label = المبلغ لكل مدقق، بعملة { $currency }
keys-bls-warning = بيانات اعتماد 0x00 تُقفل عمليات السحب إلى أن توقّع تغيير BLS-to-execution بمفتاح السحب.
keys-bls-ack = أفهم ذلك وأريد بيانات اعتماد 0x00
keys-address-label = عنوان التنفيذ (عنوان السحب)، بمجموع تحقق EIP-55
keys-address-again-label = العنوان نفسه مرة أخرى
keys-password-label = كلمة مرور keystore
keys-password-again-label = كلمة مرور keystore مرة أخرى
keys-rule-minimum-length = { $count ->
        [one] حرف واحد على الأقل (لا تُحتسب أحرف التحكم)
        [two] حرفان على الأقل (لا تُحتسب أحرف التحكم)
        [few] { $count } أحرف على الأقل (لا تُحتسب أحرف التحكم)
        [many] { $count } حرفًا على الأقل (لا تُحتسب أحرف التحكم)
       *[other] { $count } حرف على الأقل (لا تُحتسب أحرف التحكم)
    }
keys-rule-confirmed = كُتبت متطابقة مرتين
keys-kdf-label = دالة اشتقاق المفتاح (KDF) لملف keystore
keys-kdf-scrypt = scrypt (الافتراضية، كما في deposit-cli)
keys-independent-salts = ملح (salt) وتشغيل KDF مستقلان لكل ملف keystore (أبطأ؛ لا شيء مشترك بين الملفات)
keys-review = مراجعة ما سيُوقَّع
keys-sign = التوقيع: إنشاء ملفات keystore وبيانات الإيداع

## Top-up

top-up-title = زيادة رصيد مدقق
top-up-hint = يضيف أموالًا إلى مدقق موجود بالفعل، موقَّعةً بمفتاح التوقيع الخاص بالمدقق نفسه (أمر partial-deposit في deposit-cli). يذهب الملف إلى عقد الإيداع مثل أي إيداع، ولا يمكن التراجع عنه بعد إرساله.
top-up-explain-title = ما الذي يفعله الإيداع الإضافي
top-up-explain-compounding = مدقق 0x02 (مُركَّب): يُضاف الإيداع الإضافي إلى رصيده، ويزداد رصيده الفعّال معه حتى 2048 ETH (64 GNO على سلاسل Gnosis)، فتتراكم مكافآته.
top-up-explain-execution = مدقق 0x01: كل ما يزيد على 32 ETH (1 GNO على سلاسل Gnosis) يُحوَّل إلى عنوان السحب خلال أيام، لذا لا يفيد الإيداع الإضافي مدققًا من نوع 0x01 إلا إذا انخفض رصيده دون ذلك. مدققو 0x02 وحدهم تتراكم أرصدتهم.
top-up-explain-credentials = يذكر الإيداع بيانات اعتماد السحب، لكن السلسلة تتجاهلها لمدقق موجود: أدخل مع ذلك بيانات المدقق نفسه. أما المفتاح العام الذي لا يملكه أي مدقق بعد، فسيصبح مدققًا جديدًا بهذه البيانات.
top-up-source-legend = التوقيع بمفتاح المدقق، مأخوذًا من
top-up-source-mnemonic = عبارة الاسترداد الخاصة بي، عند فهرس مفتاح
top-up-source-keystore = ملف keystore الخاص به وكلمة مروره
top-up-key-index-label = فهرس مفتاح التوقيع الخاص بالمدقق
top-up-keystore-file-label = ملف keystore الخاص بالمدقق
top-up-keystore-password-label = كلمة مرور keystore
top-up-validator-pubkey-label = المفتاح العام للمدقق (موصى به: يجب عندئذٍ أن يكون المفتاح هو مفتاح هذا المدقق)
top-up-credentials-legend = بيانات اعتماد السحب الخاصة بالمدقق
top-up-kind-compounding = 0x02 مُركَّبة (compounding)
top-up-kind-execution = 0x01 عنوان تنفيذ
top-up-execution-warning = مع بيانات اعتماد 0x01، ما يرفع الرصيد فوق 32 ETH يُعاد إلى عنوان السحب ولا يتراكم. لكي يتراكم، يجب أن يحوّل عنوان السحب المدقق أولًا إلى 0x02 (طلب دمج).
top-up-address-label = عنوان السحب الخاص به، بمجموع تحقق EIP-55
top-up-address-again-label = العنوان نفسه مرة أخرى
top-up-amount-label = المبلغ المُضاف، بعملة { $currency }
top-up-amount-hint = من 1 إلى 2048 ETH (من 1/32 إلى 64 GNO على سلاسل Gnosis)، بوحدات gwei صحيحة.
top-up-review = مراجعة ما سيُوقَّع
top-up-sign = توقيع الإيداع الإضافي
top-up-credentials = بيانات اعتماد السحب
top-up-credentials-compounding = { $prefix } مُركَّبة
top-up-credentials-execution = { $prefix } عنوان تنفيذ
top-up-credentials-full = البايتات الـ32 كاملة
top-up-credentials-label = بيانات اعتماد السحب
top-up-amount-gwei = المبلغ في الإيداع (gwei)
top-up-key-path = مسار مفتاح التوقيع
top-up-details-title = في الإيداع
review-what-top-up = إيداع إضافي لمدقق موجود
review-count-top-up = { $count ->
        [one] إيداع إضافي واحد
        [two] إيداعان إضافيان
        [few] { $count } إيداعات إضافية
        [many] { $count } إيداعًا إضافيًا
       *[other] { $count } إيداع إضافي
    }
review-amount-top-up = المبلغ المُضاف
review-row-existing = موجود
next-top-up-title = الإيداع الإضافي: أودِعه مرة واحدة
next-top-up-copy = انسخ { $file } إلى الحاسوب الذي تُجري منه الإيداع (لا يحتوي على أي سر).
next-top-up-open = ارفعه على { $page } وتحقق من المفتاح العام وبيانات اعتماد السحب والمبلغ مقارنةً بالملخص أعلاه.
next-top-up-upload = ارفعه على صفحة الإيداع الخاصة بـ { $chain }، وتحقق من المفتاح العام وبيانات اعتماد السحب والمبلغ مقارنةً بالملخص أعلاه.
next-top-up-wallet = أو أرسله من محفظتك الخاصة: استدعاء لعقد الإيداع بقيم الملف ومبلغه:
next-top-up-after = لا يمكن التراجع عن الإيداعات. بعد معالجته، تحقق من رصيد المدقق في مستكشف لسلسلة المنارة (beacon chain).

## Builder deposits

builder-title = إيداعات البنّائين (builder)
builder-hint = مفاتيح وملفات keystore وإيداعات لبنّائي الكتل (EIP-8282، أمر builder في deposit-cli): حصة تسجّل بنّاءً لا مدققًا.
builder-warning = مفتاح البنّاء i هو مفتاح توقيع المدقق i من عبارة الاسترداد نفسها (المسار نفسه m/12381/3600/i/0/0). لا تستخدم فهارس المدققين في عبارة استرداد للبنّائين: الأكثر أمانًا عبارة استرداد جديدة.
builder-start-index-label = فهرس البداية (أول فهرس لمفتاح بنّاء)
builder-count-label = عدد البنّائين
builder-address-label = عنوان السحب، بمجموع تحقق EIP-55 (بيانات اعتماد 0xb0)
builder-address-again-label = العنوان نفسه مرة أخرى
builder-amount-label = المبلغ لكل بنّاء، بعملة { $currency }
builder-amount-hint = 1 على الأقل، بوحدات gwei صحيحة، بلا حد أقصى؛ لا يُطبَّق مُضاعِف السلسلة على إيداعات البنّائين.
builder-password-label = كلمة مرور keystore
builder-password-again-label = كلمة مرور keystore مرة أخرى
builder-review = مراجعة ما سيُوقَّع
builder-notice-ack = تحققت من أن عبارة الاسترداد هذه ليس لها مدققون عند فهارس المفاتيح هذه
builder-sign = التوقيع: إنشاء ملفات keystore وإيداعات البنّائين
builder-credentials = بيانات اعتماد السحب
builder-credentials-label = بيانات اعتماد السحب
builder-amount-gwei = المبلغ لكل إيداع (gwei)
builder-details-title = في كل إيداع
review-what-builder-deposits = إيداعات البنّائين
review-count-builder-deposits = { $count ->
        [one] إيداع بنّاء واحد
        [two] إيداعا بنّاءَين
        [few] { $count } إيداعات بنّائين
        [many] { $count } إيداعًا لبنّائين
       *[other] { $count } إيداع لبنّائين
    }
review-builders = البنّاؤون
review-amount-builder = المبلغ لكل بنّاء
review-pubkey-builder = المفتاح العام للبنّاء (مفتاح توقيع المدقق)
review-row-builder = بنّاء
review-tick-builders = هذه مفاتيح البنّاء الخاصة بي ({ $count })
next-builder-deposit-title = بيانات إيداع البنّاء: أرسلها عند تفعيل البنّائين
next-builder-deposit-copy = انسخ { $file } إلى حاسوب متصل بالإنترنت (لا يحتوي على أي سر).
next-builder-deposit-submit = بعد أن يفعّل تفرّع Gloas البنّائين على { $chain }، أرسل كل إدخال إلى عقد إيداع البنّائين في EIP-8282 كما تصف وثائقه، من محفظة عنوان السحب. لا توجد بعدُ صفحة إيداع تقبل هذه الملفات.
next-builder-deposit-check = تحقق من المفاتيح العامة وبيانات اعتماد السحب والمبلغ مقارنةً بالملخص أعلاه قبل إرسال أي شيء: لا يمكن التراجع عن الإيداعات.
next-builder-keystores-title = ملفات keystore للبنّائين: لبرنامج البنّاء
next-builder-keystores-copy = { $count ->
        [one] لا تعطِ ملف keystore وكلمة مروره إلا لبرنامج البنّاء الذي يشغّل هذا البنّاء.
        [two] لا تعطِ ملفَّي keystore وكلمة مرورهما إلا لبرنامج البنّاء الذي يشغّل هذين البنّاءَين.
       *[other] لا تعطِ ملفات keystore البالغ عددها { $count } وكلمة مرورها إلا لبرنامج البنّاء الذي يشغّل هؤلاء البنّائين.
    }
next-builder-keystores-not-validator = هذه المفاتيح هي أيضًا مفاتيح توقيع المدققين في عبارة الاسترداد هذه: لا تشغّل المفتاح نفسه بنّاءً ومدققًا أبدًا.

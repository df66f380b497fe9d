keys-title = توليد مفاتيح المدققين
keys-hint = لا يُنقل إلى عقدة المدقق أو الموقِّع البعيد سوى ملفات keystore الخاصة بالتوقيع. أما عبارة الاسترداد فلا تُنقل أبدًا: أبقِها دون اتصال بالإنترنت، فهي تتحكم أيضًا في مفاتيح السحب.
keys-public-mnemonic = هذه عبارة استرداد تجريبية منشورة: يستطيع أي شخص اشتقاق هذه المفاتيح. لا تستخدمها إلا على الشبكات التجريبية.
keys-start-index-label = فهرس البداية (أول فهرس مفتاح يُستخدم)
keys-count-label = عدد المدققين
keys-budget-label = الحد الأقصى للمفاتيح لكل عبارة استرداد
keys-budget-new-mnemonic = بدء عبارة استرداد جديدة للمفاتيح المتبقية
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

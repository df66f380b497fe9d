hand-off-title = تسليم المفاتيح إلى موقِّع
hand-off-hint = لملفات keystore الخاصة بالتوقيع فقط. لا تُنقل عبارة الاسترداد ومفاتيح السحب أبدًا إلى عقدة أو موقِّع: أبقِها دون اتصال بالإنترنت.
hand-off-keystores-label = ملفات keystore الخاصة بالتوقيع (ملف واحد أو أكثر)
hand-off-keystores-read = { $count ->
        [one] تمت قراءة ملف keystore واحد
        [two] تمت قراءة ملفَّي keystore
        [few] تمت قراءة { $count } ملفات keystore
        [many] تمت قراءة { $count } ملفًا من ملفات keystore
       *[other] تمت قراءة { $count } ملف keystore
    }
hand-off-from-keys = تم تحميل ملفات keystore التي أنشأتها للتو.
hand-off-password-label = كلمة مرور ملفات keystore
hand-off-destination-legend = وجهة المفاتيح
hand-off-keymanager = عميل مدقق أو Web3Signer، عبر keymanager API (ملف استيراد واحد)
hand-off-web3signer = Web3Signer، يقرأ ملفات keystore من قرصه
hand-off-vault = Web3Signer مع HashiCorp Vault (حزمة رفع)
hand-off-aws = Web3Signer مع AWS Secrets Manager (حزمة رفع)
hand-off-vault-host-label = مضيف خادم Vault (دون https:// ودون منفذ)
hand-off-vault-port-label = منفذ خادم Vault
hand-off-vault-tls = يتصل Web3Signer بـ Vault عبر TLS
hand-off-vault-mount-label = نقطة تركيب KV v2
hand-off-vault-folder-label = المجلد داخل نقطة التركيب (يُخزَّن كل مفتاح في المجلد/المفتاح العام)
hand-off-aws-region-label = منطقة AWS
hand-off-aws-prefix-label = بادئة اسم السر (اسم كل مفتاح هو البادئة + المفتاح العام)
hand-off-aws-access-key = كتابة عناصر نائبة لمفاتيح الوصول في كل ملف إعداد (وإلا يستخدم Web3Signer بيانات اعتماد AWS الخاصة بمضيفه)
hand-off-review = مراجعة وجهة المفاتيح
hand-off-review-title = { $count ->
        [one] مفتاح توقيع واحد على { $chain }
        [two] مفتاحا توقيع على { $chain }
        [few] { $count } مفاتيح توقيع على { $chain }
        [many] { $count } مفتاحًا للتوقيع على { $chain }
       *[other] { $count } مفتاح توقيع على { $chain }
    }
hand-off-column-pubkey = مفتاح التوقيع العام
hand-off-column-path = المسار
hand-off-column-stored-as = مخزَّن باسم
hand-off-passwords-warning = يحتوي هذا الملف على كلمات مرور ملفات keystore نصًّا صريحًا، بجانب ملفات keystore. يستطيع كل من يقرؤه التوقيع بهذه المفاتيح.
hand-off-passwords-ack = أفهم أن هذا الملف يحتوي على كلمات مرور ملفات keystore؛ لن أنقله إلا إلى مضيف المدقق، وسأحذفه بعد الاستيراد
hand-off-make = إنشاء الملفات
hand-off-never-signed = فقط للمفاتيح التي لم توقّع قط: سجل الحماية من الاقتطاع (slashing protection) فارغ. لا تشغّل مفتاحًا واحدًا في مكانين أبدًا.

## Next steps of each hand-off.

next-keymanager-title = الاستيراد عبر keymanager API
next-keymanager-text = انسخ ملف الاستيراد إلى الجهاز الذي يصل إلى keymanager API الخاصة بعميل المدقق (أو بـ Web3Signer)، ثم أرسله مع رمز API المميز والمنفذ الخاصين بك:
next-keymanager-check = يجب أن يكون كل إدخال في data من الرد "imported" (أو "duplicate"). ثم احذف الملف: فهو يحتوي على كلمات المرور.
next-web3signer-title = تحميل المفاتيح في Web3Signer
next-web3signer-text = انسخ ملفات keystore وملفات الإعداد هذه إلى مضيف الموقِّع؛ واكتب كل ملف كلمة مرور بجانب ملف keystore الخاص به ({ $files })؛ وصحّح المسارات؛ ثم شغّل Web3Signer مع ضبط --key-store-path على مجلد ملفات الإعداد، وتحقق من /api/v1/eth2/publicKeys.
next-upload-title = رفع المفاتيح من الجهاز المتصل بالإنترنت
next-upload-text = انسخ { $file } إلى الجهاز المتصل بالإنترنت الذي يصل إلى المخزن، وسجّل الدخول في واجهة سطر الأوامر (CLI) الخاصة به، وفك الضغط، ثم:
next-upload-run = يفحص التشغيل التجريبي (dry run) كل ملف keystore بكلمة مرورك ويطبع كل أمر؛ ويخزّن التشغيل الثاني الأسرار. ثم استبدل العناصر النائبة في web3signer/*.yaml وسلّم هذه الملفات إلى Web3Signer.

## Key budget plan on the keys page.

budget-plan-title = { $mnemonics ->
        [one] الخطة: { $count } من المفاتيح باستخدام عبارة استرداد واحدة
        [two] الخطة: { $count } من المفاتيح باستخدام عبارتَي استرداد
        [few] الخطة: { $count } من المفاتيح باستخدام { $mnemonics } عبارات استرداد
        [many] الخطة: { $count } من المفاتيح باستخدام { $mnemonics } عبارةَ استرداد
       *[other] الخطة: { $count } من المفاتيح باستخدام { $mnemonics } عبارة استرداد
    }
budget-plan-mnemonic = عبارة الاسترداد
budget-plan-indices = فهارس المفاتيح
budget-plan-label = اسم الحزمة
budget-plan-in-use = المستخدمة حاليًا
budget-plan-new = جديدة
budget-plan-first = إنشاء الدفعة الأولى فقط الآن
keys-hand-off = تسليم ملفات keystore هذه إلى موقِّع

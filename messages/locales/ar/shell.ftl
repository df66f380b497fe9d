app-title = withdrawal-wallet
language-picker-label = لغة الصفحة
tagline = مفاتيح مدققي إيثريوم (validators) دون اتصال بالإنترنت. لا شيء مما تكتبه يغادر هذه الصفحة.
online-banner = يبدو أنك متصل بالإنترنت — افصل الاتصال قبل إدخال عبارة الاسترداد.
offline-banner = غير متصل بالإنترنت ✓
loaded-from = تم التحميل من
chain-label = السلسلة:
chain-not-chosen = لم تُختر بعد
chain-custom = { $name } (مخصصة)
chain-custom-incomplete = مخصصة (غير مكتملة)
mnemonic-loaded = { $passphrase ->
        [yes] تم تحميل عبارة الاسترداد (قائمة كلمات { $wordlist }، مع عبارة مرور)
       *[no] تم تحميل عبارة الاسترداد (قائمة كلمات { $wordlist })
    }
clear = مسح
back-to-tasks = → جميع المهام

## The start screen

start-title = ما الذي تريد القيام به؟
tools-title = الأدوات، كلٌّ على حدة
tools-hint = لمن يعرف الخطوات: كل أداة بمفردها، دون الدليل الإرشادي.
tool-create-mnemonic = إنشاء عبارة استرداد جديدة
tool-create-mnemonic-detail = 24 كلمة جديدة، تُدوَّن ثم تُكتب مرة أخرى
tool-use-mnemonic = استخدام عبارة استرداد موجودة
tool-use-mnemonic-detail = يُتحقَّق منها كلمةً كلمة، وتُكمَل الاختصارات
tool-validator-keys = توليد مفاتيح المدققين
tool-validator-keys-detail = ملفات keystore وبيانات الإيداع (deposit data)
tool-withdrawal-address = تعيين عنوان السحب
tool-withdrawal-address-detail = تغيير BLS-to-execution للمدققين ذوي بيانات الاعتماد 0x00
tool-ownership-proof = إثبات ملكية عنوان السحب
tool-ownership-proof-detail = بيان موقَّع يطلبه بعض المشغّلين؛ لا يغيّر شيئًا على السلسلة
tool-exits = توقيع عمليات الخروج مسبقًا
tool-exits-detail = من عبارة الاسترداد أو من ملف keystore
tool-verify-files = التحقق من الملفات
tool-verify-files-detail = ملفات الإيداع أو تغيير BLS أو الخروج أو keystore من أي أداة
tool-find-validators = البحث عن المدققين الخاصين بي
tool-find-validators-detail = استيراد قائمة سلسلة المنارة (beacon chain)، وتوقيع التغييرات وعمليات الخروج دفعةً واحدة
tool-hand-off = تسليم المفاتيح إلى موقِّع
tool-hand-off-detail = استيراد عبر keymanager API، وملفات إعداد Web3Signer، وحزم رفع لـ Vault وAWS
tool-lookup = الاستعلام عن مفتاح سحب
tool-lookup-detail = المفتاح العام للسحب وبيانات اعتماد 0x00 لفهرس مفتاح
tool-top-up = زيادة رصيد مدقق
tool-top-up-detail = إيداع إلى مدقق 0x01 أو 0x02 موجود، من ملف keystore الخاص به أو من عبارة الاسترداد
tool-builder-deposits = إيداعات البنّائين (builder)
tool-builder-deposits-detail = مفاتيح البنّائين وملفات keystore والإيداعات (EIP-8282)
tool-execution-requests = الخروج أو السحب أو الدمج من عنوان السحب
tool-execution-requests-detail = معاملات لمدققي 0x01 و0x02 (EIP-7002، EIP-7251)، تُرسل من محفظتك الخاصة

## Journeys: what the staker came to do (in the staker's own words), and their steps

journey-withdrawal-address = تعيين عنوان السحب الخاص بي
journey-withdrawal-address-detail = لدى مدققيّ بيانات اعتماد 0x00: توقيع تغيير BLS-to-execution لكي تُدفع المكافآت وأموال الخروج إلى عنواني.
journey-new-validators = إنشاء مفاتيح لمدققين جدد
journey-new-validators-detail = ملفات keystore لعميل المدقق الخاص بي، وبيانات الإيداع لـ Launchpad.
journey-exits = إخراج المدققين
journey-exits-detail = توقيع عمليات خروج طوعي مسبقًا، من عبارة الاسترداد أو من ملف keystore، لبثّها عندما أقرّر.
journey-check-file = فحص ملف
journey-check-file-detail = معرفة ما يتضمنه ملف إيداع أو تغيير BLS أو خروج أو keystore، وهل هو صالح.
stepper-label = { $journey }: الخطوات
step-your-mnemonic = عبارة الاسترداد الخاصة بك
step-your-validators = المدققون الخاصون بك
step-chain-address-amounts = السلسلة والعنوان والمبالغ
step-mnemonic-or-keystore = عبارة الاسترداد أو ملف keystore
step-validators-and-epoch = المدققون والحقبة (epoch)
step-review-and-sign = المراجعة والتوقيع
step-files-and-next-steps = الملفات والخطوات التالية
step-the-file = الملف
step-what-it-says = مضمون الملف

## What a long job is doing (shown before its progress: "signing: 3 of 10, 1.2 s")

phase-deriving = اشتقاق المفاتيح
phase-keystores = مفاتيح المدققين
phase-signing = التوقيع
phase-verifying = التحقق
phase-reading-import = قراءة الملف المستورد (المدققون)
phase-decrypting = فتح ملف keystore

keystore-reading = جارٍ قراءة { $name }…
keystore-read = ✓ تمت قراءة { $name }

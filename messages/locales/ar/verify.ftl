verify-title = التحقق من الملفات
verify-file-label = ملف بيانات إيداع أو تغيير BLS أو خروج أو إثبات ملكية أو طلب سحب أو دمج أو keystore (من أي أداة)

## What the chosen file is

verify-kind-keystore = ملف keystore: أدخل كلمة مروره للتحقق منه.
verify-kind-deposit-data = بيانات إيداع.
verify-kind-builder-deposit-data = بيانات إيداع بنّاء (builder).
verify-kind-bls-changes = تغييرات BLS-to-execution.
verify-kind-exit = خروج طوعي موقَّع.
verify-kind-ownership-proof = إثبات ملكية عنوان السحب (توقيع BLS-to-execution change keystore من deposit-cli).
verify-kind-execution-request = طلب سحب أو دمج: معاملة لمحفظة عنوان السحب (EIP-7002، EIP-7251).

## The form

verify-password-label = كلمة مرور keystore
verify-exit-pubkey-label = مفتاح التوقيع العام للمدقق (0x…)
verify-expected-address-label = عنوان السحب المتوقع (اختياري، بمجموع تحقق): يجب أن يرسل كل إدخال الأموال إليه
verify-key-count-label = عدد فهارس المفاتيح من عبارة الاسترداد الخاصة بك للمقارنة بالملف (بدءًا من 0)
verify-no-mnemonic = حمّل عبارة الاسترداد الخاصة بك أولًا لمعرفة أيٍّ من مفاتيحها يستخدمه كل إدخال.
verify-check = فحص

## A keystore opened

verify-keystore-ok = ✓ كلمة المرور تفتح ملف keystore هذا: المفتاح العام { $pubkey }، المسار { $path }
verify-keystore-path-signing = { $path } (مفتاح التوقيع لفهرس مفتاح المدقق { $index })
verify-keystore-path-withdrawal = { $path } (مفتاح السحب لفهرس مفتاح المدقق { $index })
verify-keystore-path-none = غير محدد
verify-keystore-path-other = { $path } (ليس مسار مفتاح مدقق وفق EIP-2334)

## Where the funds go

verify-destinations-title = { $count ->
        [one] تذهب الأموال إلى
        [two] تذهب الأموال إلى هذين العنوانين
       *[other] تذهب الأموال إلى هذه العناوين
    }
verify-no-address-deposit = لا يوجد عنوان تنفيذ: بيانات اعتماد الإيداعات من نوع 0x00 (BLS)، لذا يلزم تغيير BLS-to-execution قبل أي سحب.
verify-no-address = تعذّرت قراءة أي عنوان تنفيذ من هذا الملف.
verify-address-differs = ✗ ليس العنوان المتوقع
verify-execution-address-label = عنوان التنفيذ

## The network the file names

verify-network-none = لا يحدد هذا الملف أي شبكة (ملفات الخروج وملفات التغيير من ethdo لا تتضمن شبكة)؛ وقد جرى التحقق من تواقيعه وفق { $chain }.
verify-network-named = يحدد الملف { $networks }؛ وقد جرى التحقق من تواقيعه وفق { $chain }.
verify-networks-join = { $first } و{ $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = لا توجد سلسلة مدمجة مطابقة

## Each entry

verify-entry-valid = الإدخال { $number }: ✓ صالح
verify-entry-invalid = الإدخال { $number }: ✗ { $problems }
verify-your-mnemonic = عبارة الاسترداد الخاصة بك
verify-validator-pubkey = المفتاح العام للمدقق
verify-validator-pubkey-label = المفتاح العام للمدقق
verify-withdrawal-credentials = بيانات اعتماد السحب
verify-amount = المبلغ
verify-amount-value = { $amount } ({ $gwei } gwei في عقد الإيداع)
verify-signature = التوقيع
verify-validator-index = فهرس المدقق
verify-from-bls-key = من مفتاح السحب (BLS)
verify-bls-pubkey-label = المفتاح العام للسحب (BLS)
verify-to-address = إلى عنوان التنفيذ
verify-epoch = الحقبة (صالح ابتداءً منها)
verify-checked-pubkey = جرى التحقق وفق مفتاح التوقيع العام
verify-signing-pubkey-label = مفتاح التوقيع العام
verify-unreadable = غير مقروء

## Withdrawal credentials

verify-credentials-bls = { $prefix } — مفتاح سحب BLS: لا يوجد عنوان تنفيذ بعد (يعيّنه تغيير BLS-to-execution)
verify-credentials-execution = { $prefix } — عنوان تنفيذ
verify-credentials-compounding = { $prefix } — مُركَّبة (compounding)، إلى عنوان تنفيذ
verify-credentials-builder = { $prefix } — بنّاء (builder)، إلى عنوان تنفيذ
verify-credentials-unknown = { $prefix } — بادئة لا تعرّفها مواصفات الإجماع (consensus specs)
verify-credentials-all-bytes = البايتات الـ32 كاملةً
verify-credentials-label = بيانات اعتماد السحب

## Signatures

verify-signature-valid = ✓ التوقيع صحيح للسلسلة المختارة
verify-signature-invalid = ✗ التوقيع غير صحيح للسلسلة المختارة
verify-signature-not-checked = لم يُتحقَّق منه (انظر المشكلات أعلاه)

## Keys of the loaded mnemonic

verify-key-match-found = { $key ->
        [signing] مفتاح التوقيع
       *[withdrawal] مفتاح السحب
    }: فهرس المفتاح { $index } من عبارة الاسترداد الخاصة بك
verify-key-match-none = { $key ->
        [signing] مفتاح التوقيع
       *[withdrawal] مفتاح السحب
    }: ليس من عبارة الاسترداد الخاصة بك ({ $count ->
        [zero] لم يُفحص أي فهرس مفتاح
        [one] فُحص فهرس المفتاح الأول
        [two] فُحص أول فهرسَين للمفاتيح
        [few] فُحصت أول { $count } فهارس للمفاتيح
        [many] فُحص أول { $count } فهرسًا للمفاتيح
       *[other] فُحص أول { $count } فهرس للمفاتيح
    })

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = مفتاح التوقيع العام للمدقق (0x…)؛ اتركه فارغًا لتجربة مفاتيح التوقيع من عبارة الاسترداد الخاصة بك
verify-signer-keystore-label = أو ملف keystore الخاص بالمدقق: لا يُقرأ منه إلا المفتاح العام الذي يذكره (بلا كلمة مرور)
verify-signer-keystore-read = ✓ تمت قراءة { $name }: يُتحقق من الإدخال وفق مفتاحه العام
verify-destinations-proof = العنوان الذي يحدده هذا الإثبات
verify-proof-not-consensus = ليست رسالة إجماع: لا تغيّر شيئًا على السلسلة، ولا تقبلها أي عقدة منارة.
verify-request-action = ما يطلبه
verify-request-action-full-exit = خروج كامل للمدقق: يُسحب رصيده كله
verify-request-action-partial-withdrawal = سحب جزئي من مدقق 0x02
verify-request-action-switch-to-compounding = تحويل المدقق إلى بيانات اعتماد 0x02 (المُركَّبة)
verify-request-action-consolidation = دمج: يخرج المدقق المصدر وينتقل رصيده إلى الهدف
verify-request-chain-id = معرّف السلسلة (chain ID)
verify-request-from = يجب إرساله من (عنوان السحب)
verify-request-to = إلى عقد النظام
verify-request-to-label = عنوان العقد
verify-request-value = القيمة المرفقة (رسوم العقد)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = المفتاح العام للمدقق المصدر
verify-request-target-pubkey = المفتاح العام للمدقق الهدف
verify-request-amount = المبلغ المطلوب سحبه
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = لا تذهب أي أموال إلى عنوان: ينقل الدمج رصيد المدقق المصدر إلى المدقق الهدف، ولا ينقل التحويل إلى 0x02 شيئًا.
verify-network-request = جرى التحقق وفق معرّف السلسلة وعقود الطلبات الخاصة بـ { $chain }. لا يحمل الملف أي توقيع: توقّع محفظة عنوان السحب المعاملة عند إرسالها.

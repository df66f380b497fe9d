## Execution-layer requests

exec-title = الخروج أو السحب أو الدمج من عنوان السحب
exec-intro = منذ ترقية Pectra، يمكن إخراج المدقق الذي لديه بيانات اعتماد سحب 0x01 أو 0x02، أو سحب جزء من رصيده، أو دمجه، بمعاملة تُرسل من عنوان السحب الخاص به (EIP-7002، EIP-7251). لا تحتفظ هذه المحفظة بأي مفتاح تنفيذ: فهي تُعدّ كل معاملة، وتتولى محفظة عنوان السحب نفسها توقيعها وإرسالها.
exec-no-secret = لا شيء سري في هذه الشاشة: لا حاجة إلى عبارة استرداد أو ملف keystore أو كلمة مرور.
exec-validators-legend = المدققون الخاصون بك
exec-validators-hint = الصق أو حمّل ما تعرضه سلسلة المنارة عن المدققين الخاصين بك: لكل منهم فهرسه ومفتاحه العام وبيانات اعتماد السحب الحالية. اطلب المدققين الخاصين بك فقط (عامل التصفية ?id=)، بأحد الأشكال التالية:
exec-validators-count = { $count ->
        [0] لم يُحمَّل أي مدقق بعد.
        [zero] لم يُحمَّل أي مدقق بعد.
        [one] حُمِّل مدقق واحد.
        [two] حُمِّل مدققان.
        [few] حُمِّل { $count } مدققين.
        [many] حُمِّل { $count } مدققًا.
       *[other] حُمِّل { $count } مدقق.
    }
exec-validators-from-find = { $count ->
        [one] يظهر أدناه مدقق واحد من «البحث عن المدققين الخاصين بي». الصق أو حمّل قائمة أخرى لاستبداله.
        [two] يظهر أدناه مدققان من «البحث عن المدققين الخاصين بي». الصق أو حمّل قائمة أخرى لاستبدالهما.
        [few] يظهر أدناه { $count } مدققين من «البحث عن المدققين الخاصين بي». الصق أو حمّل قائمة أخرى لاستبدالهم.
        [many] يظهر أدناه { $count } مدققًا من «البحث عن المدققين الخاصين بي». الصق أو حمّل قائمة أخرى لاستبدالهم.
       *[other] يظهر أدناه { $count } مدقق من «البحث عن المدققين الخاصين بي». الصق أو حمّل قائمة أخرى لاستبدالهم.
    }
exec-requests-legend = الطلبات
exec-requests-hint = اختر ما تطلبه لكل مدقق. السحب الجزئي متاح لمدققي 0x02 فقط، ويأخذ جزءًا من الرصيد الزائد على 32 ETH؛ ويجب أن يكون هدف الدمج أحد المدققين المدرجين، وله بيانات اعتماد 0x02.
exec-action-all-label = الطلب لكل المدققين
exec-action-label = الطلب للمدقق { $validator }
exec-action-none = بلا طلب
exec-action-full-exit = خروج كامل
exec-action-partial = سحب جزئي (0x02 فقط)
exec-action-switch = التحويل إلى 0x02 (المُركَّبة)
exec-action-consolidate = الدمج في مدقق آخر
exec-amount-label = المبلغ المراد سحبه من المدقق { $validator }، بعملة { $currency }
exec-target-label = هدف دمج المدقق { $validator }
exec-target-choose = اختر المدقق الهدف
exec-error-no-target = اختر المدقق الذي يُدمج فيه
exec-error-no-action = اختر طلبًا لمدقق واحد على الأقل
exec-allow-other-target = السماح بهدف له عنوان سحب آخر (يصبح رصيد المصدر عندئذ ملكًا لذلك العنوان)
exec-column-pubkey = المفتاح العام
exec-column-request = الطلب

## The value to attach

exec-value-legend = القيمة المرفقة بكل معاملة (رسوم العقد)
exec-value-withdrawal-label = مقدار wei المرفق بكل طلب خروج أو سحب
exec-value-consolidation-label = مقدار wei المرفق بكل طلب دمج
exec-fee-contract = العقد:
exec-fee-command = على سبيل المثال، باستخدام cast من Foundry وعقدة تنفيذ لهذه السلسلة (الجواب هو الرسوم بوحدة wei بالنظام الست عشري):
exec-review = مراجعة المعاملات

## The review

exec-review-title = مراجعة المعاملات
exec-review-chain-id = معرّف السلسلة
exec-review-contract-withdrawal = عقد طلبات السحب (EIP-7002)
exec-review-contract-consolidation = عقد طلبات الدمج (EIP-7251)
exec-review-value = القيمة المرفقة بكل معاملة
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = الإرسال من (عنوان السحب)
exec-review-count = { $count ->
        [zero] لا معاملات
        [one] معاملة واحدة
        [two] معاملتان
        [few] { $count } معاملات
        [many] { $count } معاملة
       *[other] { $count } معاملة
    }
exec-request-full-exit = خروج كامل؛ يتوقف عن التدقيق ويُسحب رصيده كله
exec-request-partial = سحب جزئي بمقدار { $amount }
exec-request-switch = التحويل إلى بيانات اعتماد 0x02 (المُركَّبة)
exec-request-consolidate = الدمج في المدقق { $target }؛ يخرج وينتقل رصيده إليه
exec-tick-chain = السلسلة هي { $chain }، ومعرّفها { $chain_id }
exec-tick-value = كل معاملة إلى { $contract } ترفق { $wei } wei، وهي على الأقل الرسوم التي قرأتها
exec-tick-from = سأرسل من { $address }، عنوان سحب المدققين
exec-tick-request = المدقق { $validator }: { $request }
exec-review-blocked = تعذّر إنشاء بعض الطلبات (راجع سبب كل منها)؛ عدّلها في الأعلى.
exec-create = إنشاء ملفات المعاملات

## The transactions made

exec-summary-title = المعاملات المُعدّة
exec-requests-title = كل معاملة
exec-output-from = الإرسال من
exec-output-uri = عنوان URI وفق EIP-681، للمحافظ التي تفتح روابط ethereum:
exec-output-uri-name = عنوان URI وفق EIP-681
exec-fee-query-name = طلب JSON-RPC
exec-output-qr-label = رمز QR لمعاملة المدقق { $validator }
exec-notices-title = قبل الإرسال
exec-notice-fee_read_by_empty_call = يحدد العقد الرسوم لحظة تنفيذ المعاملة: اقرأها بالطلب أدناه (استدعاء eth_call ببيانات calldata فارغة) وأرفق هذا المبلغ على الأقل.
exec-notice-overpayment_not_refunded = أي قيمة تزيد على الرسوم يحتفظ بها العقد ولا تُرَدّ؛ والقيمة الأقل منها تُفشل المعاملة.
exec-notice-send_from_withdrawal_address = أرسل كل معاملة من العنوان الذي تذكره: إن أُرسلت من أي عنوان آخر تتجاهل السلسلة الطلب وتضيع الرسوم.
exec-notice-chain_checks_when_processed = لا تزال السلسلة تتحقق مما لا تستطيع هذه المحفظة معرفته دون اتصال (مدة نشاط المدقق، وعمليات السحب المعلقة، وقوائم الانتظار، والأرصدة)؛ والطلب الذي لا يجتاز ذلك يُتجاهَل وتُحتجز رسومه.
exec-notice-consolidation_exits_source = يخرج مصدر الدمج: يتوقف عن التدقيق بمجرد انتقال رصيده إلى الهدف.
exec-next-title = التوقيع والإرسال من عنوان السحب
exec-next-fee = تحقق من الرسوم أولًا، قبيل الإرسال مباشرة: أرسل طلب JSON-RPC هذا إلى عقدة تنفيذ للسلسلة.
exec-next-fee-result = النتيجة هي الرسوم بوحدة wei بالنظام الست عشري. إن كانت أعلى من القيمة في الملفات، فأنشئها من جديد بقيمة أعلى.
exec-next-send = افتح المحفظة التي تحتفظ بعنوان السحب (محفظة أجهزة، أو Safe، أو محفظة على جهاز متصل) وأرسل منها كل معاملة: to وvalue وdata كما في الملف تمامًا، أو افتح عنوان URI الخاص بها أو امسح رمز QR. العنوان:
exec-next-check = قبل التوقيع، تحقق من أن محفظتك تعرض العقد والقيمة وبيانات data الواردة في الملف: فالمحفظة التي تُسقط data سترسل القيمة وحدها، وسيرفضها العقد.
exec-next-chain = بعد ذلك يضع العقد الطلب في قائمة الانتظار، وتعالجه سلسلة المنارة خلال بضع حقب. ينتظر الخروج الكامل في قائمة الخروج ثم يُسحب الرصيد كله؛ ويُدفع السحب الجزئي إلى عنوان السحب؛ ويحوّل التحويلُ بيانات الاعتماد إلى 0x02؛ وينقل الدمج رصيد المصدر إلى الهدف. تابع المدقق على مستكشف لسلسلة المنارة.

## On "Find my validators"

exec-offer = { $count ->
        [one] لدى مدقق واحد من الذين عُثر عليهم بيانات اعتماد 0x01 أو 0x02: يستطيع عنوان سحبه إخراجه أو السحب منه أو دمجه.
        [two] لدى مدققَين من الذين عُثر عليهم بيانات اعتماد 0x01 أو 0x02: يستطيع عنوان سحبهما إخراجهما أو السحب منهما أو دمجهما.
       *[other] لدى { $count } من المدققين الذين عُثر عليهم بيانات اعتماد 0x01 أو 0x02: يستطيع عنوان سحبهم إخراجهم أو السحب منهم أو دمجهم.
    }
exec-offer-button = إخراج هؤلاء المدققين أو السحب منهم أو دمجهم

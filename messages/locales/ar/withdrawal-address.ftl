bls-change-title = تعيين عنوان السحب (تغيير BLS-to-execution)
bls-change-warning = لا يمكن تضمين تغيير BLS في السلسلة إلا مرة واحدة، ولا يمكن التراجع عنه. تحقق من العنوان على جهاز ثانٍ.
bls-change-validators-legend = مدققوك، كما تعرفهم سلسلة المنارة
bls-change-find-hint = هل لديك قائمة سلسلة المنارة (قائمة validators من beacon API، أو ملف { $file } من ethdo)؟
bls-change-find = العثور عليهم في القائمة
bls-change-start-index-label = فهرس المفتاح لأول مدقق أدناه
bls-change-validator-indices-label = فهارس المدققين (في سلسلة المنارة)، مفصولة بفواصل أو بأسطر جديدة
bls-change-credentials-label = بيانات اعتماد السحب الحالية الخاصة بهم (0x00…)، بالترتيب نفسه
bls-change-derive-credentials = ملء بيانات الاعتماد التي تعطيها عبارة الاسترداد الخاصة بي لفهارس المفاتيح هذه
bls-change-address-label = عنوان التنفيذ (السحب) الجديد، بمجموع تحقق EIP-55
bls-change-address-again-label = العنوان نفسه مرة أخرى
bls-change-review = مراجعة ما سيُوقَّع
bls-change-sign = توقيع تغييرات BLS-to-execution

## Ownership proof

proof-title = إثبات ملكية عنوان السحب
proof-not-consensus = هذه ليست رسالة موجّهة إلى السلسلة: توقيعها لا يغيّر شيئًا على السلسلة، ولا تقبلها عقد المنارة (beacon node) ولا Launchpad. يطلبها بعض المشغّلين ليُثبت صاحب المدقق أنه يتحكم في مفتاح توقيع المدقق ويحدد عنوانًا.
proof-what = يُصرّح الملف، موقَّعًا بمفتاح توقيع المدقق، بأن عمليات سحب المدقق يجب أن تذهب إلى العنوان أدناه. ويُطلب مثلًا ممن فقدوا عبارة الاسترداد الخاصة ببيانات اعتماد 0x00 لكنهم ما زالوا يملكون ملف keystore للتوقيع.
proof-reference = ينشئ deposit-cli الملف نفسه بالأمر:
proof-source-legend = التوقيع باستخدام
proof-source-keystore = ملف keystore الخاص بالمدقق وكلمة مروره
proof-source-mnemonic = عبارة الاسترداد الخاصة بي، عند فهرس مفتاح المدقق
proof-keystore-file-label = ملف keystore الخاص بالمدقق
proof-keystore-password-label = كلمة مرور keystore
proof-key-index-label = فهرس المفتاح لمفتاح توقيع المدقق
proof-validator-pubkey-label = المفتاح العام للمدقق (موصى به: يجب عندئذٍ أن يكون مفتاح التوقيع هو مفتاح هذا المدقق)
proof-validator-index-label = فهرس المدقق (سلسلة المنارة)
proof-address-label = عنوان السحب الذي يحدده الإثبات، بمجموع تحقق EIP-55
proof-address-again-label = العنوان نفسه مرة أخرى
proof-review = مراجعة ما سيُوقَّع
proof-sign = توقيع الإثبات
review-what-ownership-proof = إثبات ملكية عنوان السحب
review-count-ownership-proof = { $count ->
        [one] إثبات واحد لملكية عنوان السحب
        [two] إثباتان لملكية عنوان السحب
        [few] { $count } إثباتات لملكية عنوان السحب
        [many] { $count } إثباتًا لملكية عنوان السحب
       *[other] { $count } إثبات لملكية عنوان السحب
    }
next-proof-title = إثبات ملكية عنوان السحب: سلّمه إلى الجهة التي طلبته
next-proof-copy = انسخ { $file } إلى حاسوب متصل بالإنترنت (لا يحتوي على أي سر).
next-proof-send = أرسل الملف (أو توقيعه) إلى المشغّل أو الإجراء الذي طلبه، بالطريقة التي يحددها. لا يوجد ما يُبثّ: لا تقبله عقد المنارة ولا Launchpad.
next-proof-nothing-on-chain = لا يُثبت هذا الملف وحده شيئًا على السلسلة، ولا يغيّر أي بيانات اعتماد للسحب: لا يُعيَّن عنوان مدقق 0x00 إلا بتغيير BLS-to-execution موقَّع بمفتاح السحب الخاص به.

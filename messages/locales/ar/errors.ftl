## Options given to the package or the worker.

error-options_not_object = يجب أن تكون الخيارات كائنًا (object)، مثل {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] خيار غير معروف "{ $field }" (هل تقصد "{ $nearest }"؟)؛ الخيارات المتاحة هنا: { $known }
       *[other] خيار غير معروف "{ $field }"؛ الخيارات المتاحة هنا: { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] تُستخدم الخيارات passphrase وlanguage وkeyCount لمطابقة الإدخالات مع عبارة استرداد: قدّم عبارة الاسترداد أيضًا
        [verify_needs_pubkey] قدّم مفتاح التوقيع العام للمدقق الذي يُفحص الخروج وفقه
        [verify_needs_signer] قدّم مفتاح التوقيع العام للمدقق أو ملف keystore الخاص به أو عبارة الاسترداد، ليُفحص وفقه إثبات ملكية عنوان السحب
       *[other] الخيار "{ $field }" مطلوب
    }

error-option_type = { $reason ->
        [not_string] الخيار "{ $path }": المتوقَّع نص (string)
        [not_option_value] الخيار "{ $path }": لا يمكن أن تكون الدالة أو symbol أو BigInt خيارًا هنا؛ تُكتب قيم uint64 نصوصًا عشرية
        [unreadable] تعذّرت قراءة الخيار "{ $path }"
        [not_json] الخيار "{ $path }" من نوع لا يستطيع JSON تمثيله
        [not_function] الخيار "{ $path }": المتوقَّع دالة (done, total, phase)
       *[other] الخيار "{ $path }": المتوقَّع { $expected }، والمُعطى { $found }
    }

error-option_value = { $reason ->
        [not_one_of] الخيار "{ $path }": القيمة "{ $found }" ليست إحدى القيم { $expected }
        [invalid] الخيار "{ $path }": { $detail }
        [invalid_options] خيارات غير صالحة: { $detail }
        [keystore_not_verified] يُفحص ملف keystore بفتحه بكلمة مروره، لا بالتحقق منه كملف موقَّع
        [hand_off_not_verified] يُفحص هذا الملف عند إنشائه بإعادة قراءته؛ ولا يحتوي على توقيع للتحقق منه
       *[other] الخيار "{ $path }": المتوقَّع { $expected }، والمُعطى { $found }
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] خيارات غير صالحة: وقّع إما باستخدام ملف keystore (keystore وpassword) أو باستخدام عبارة الاسترداد (mnemonic وkeyIndex، مع passphrase وlanguage عند الحاجة)
        [pubkey_or_keystore] خيارات غير صالحة: قدّم مفتاح التوقيع العام للمدقق أو ملف keystore الخاص به، لا كليهما
       *[other] خيارات غير صالحة: قدّم إما startIndex أو keyIndices (فهرس مفتاح واحد لكل مدقق)
    }

error-text_lone_surrogate = يحتوي هذا النص على بديل UTF-16 منفرد (surrogate، أي نصف حرف)؛ لا يمكن ترميزه، وسيُستبدل دون تنبيه فتنتج مفاتيح مختلفة: أعد كتابته

## Hex fields, everywhere.

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] يجب أن يبدأ إصدار تفرّع التكوين للسلسلة بـ 0x
        [chain_capella_fork_version] يجب أن يبدأ إصدار تفرّع Capella (الخروج) للسلسلة بـ 0x
        [chain_genesis_validators_root] يجب أن يبدأ جذر مدققي التكوين للسلسلة بـ 0x
        [execution_address] يجب أن يبدأ عنوان التنفيذ بـ 0x (0x ثم 40 رقمًا ست عشريًا)
        [import_entry] { $entry }: يجب أن يبدأ { $name } بـ 0x
        [import_file] الملف: يجب أن يبدأ { $name } بـ 0x
       *[other] يجب أن يبدأ { $field } بـ 0x
    }

error-hex_unexpected_prefix = يجب ألا يبدأ { $field } بـ 0x

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] إصدار تفرّع التكوين للسلسلة ليس بالصيغة الست عشرية
        [chain_capella_fork_version] إصدار تفرّع Capella (الخروج) للسلسلة ليس بالصيغة الست عشرية
        [chain_genesis_validators_root] جذر مدققي التكوين للسلسلة ليس بالصيغة الست عشرية
        [validator_pubkey] المفتاح العام للمدقق ليس بالصيغة الست عشرية
        [execution_address] عنوان التنفيذ ليس بالصيغة الست عشرية (0x ثم 40 رقمًا ست عشريًا)
        [withdrawal_credentials] بيانات اعتماد السحب رقم { $position } ليست بالصيغة الست عشرية (0x ثم 64 رقمًا ست عشريًا)
        [import_entry] { $entry }: { $name } ليس بالصيغة الست عشرية
        [import_csv_line] سطر CSV رقم { $line }: { $name } ليس بالصيغة الست عشرية
        [import_file] الملف: { $name } ليس بالصيغة الست عشرية
       *[other] { $field } ليس بالصيغة الست عشرية
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] حجم إصدار تفرّع التكوين للسلسلة { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
        [chain_capella_fork_version] حجم إصدار تفرّع Capella (الخروج) للسلسلة { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
        [chain_genesis_validators_root] حجم جذر مدققي التكوين للسلسلة { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
        [validator_pubkey] حجم المفتاح العام للمدقق { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
        [execution_address] حجم عنوان التنفيذ { $bytes } بايت؛ ويجب أن يكون { $expected } بايت (0x ثم 40 رقمًا ست عشريًا)
        [withdrawal_credentials] حجم بيانات اعتماد السحب رقم { $position } هو { $bytes } بايت؛ ويجب أن يكون { $expected } بايت (0x ثم 64 رقمًا ست عشريًا)
        [import_entry] { $entry }: حجم { $name } هو { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
        [import_csv_line] سطر CSV رقم { $line }: حجم { $name } هو { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
        [import_file] الملف: حجم { $name } هو { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
       *[other] حجم { $field } هو { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
    }

## Numbers typed or read from files.

error-not_uint64 = { $subject ->
        [value] "{ $text }" ليس عددًا صحيحًا من 0 إلى 18446744073709551615
        [validator_index] فهرس المدقق رقم { $position }، "{ $text }"، ليس عددًا صحيحًا من 0 إلى 18446744073709551615
        [import_entry] { $entry }: قيمة { $name } "{ $text }" ليست عددًا عشريًا من نوع uint64
        [import_csv_line] سطر CSV رقم { $line }: قيمة { $name } "{ $text }" ليست عددًا عشريًا من نوع uint64
        [import_file] الملف: قيمة { $name } "{ $text }" ليست عددًا عشريًا من نوع uint64
       *[other] قيمة { $field } "{ $text }" ليست عددًا عشريًا من نوع uint64
    }

error-not_key_index = "{ $text }" ليس فهرس مفتاح: استخدم عددًا صحيحًا من 0 إلى 4294967295، بالأرقام فقط

error-not_ether_amount = "{ $text }" ليس مبلغًا بعملة ETH بتسع منازل عشرية على الأكثر (gwei كاملة)، مثل 32 أو 40.5

## Mnemonics.

error-mnemonic_word_count = عدد كلمات عبارة الاسترداد { $words }؛ ويجب أن يكون 12 أو 15 أو 18 أو 21 أو 24

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] الكلمة رقم { $position } ليست في قائمة كلمات BIP39؛ تحقق من تهجئتها
       *[other] الكلمة رقم { $position } ليست في قائمة كلمات BIP39: تحتوي على المحرف { $invisible }، وهو ليس حرفًا؛ أعد كتابة الكلمة
    }

error-mnemonic_mixed_languages = الكلمات مأخوذة من قوائم كلمات BIP39 مختلفة؛ تستخدم عبارة الاسترداد لغة واحدة

error-mnemonic_checksum = مجموع التحقق لعبارة الاسترداد غير صحيح: إحدى الكلمات مكتوبة خطأً أو ناقصة أو في غير موضعها

error-mnemonic_ambiguous_language = عبارة الاسترداد صالحة في أكثر من لغة ({ $languages })؛ اختر اللغة

error-mnemonic_unknown_language = لغة عبارة استرداد غير معروفة "{ $name }"؛ استخدم إحدى اللغات: { $known }

error-mnemonic_public_not_acknowledged = هذه عبارة استرداد تجريبية منشورة: يستطيع أي شخص اشتقاق مفاتيحها والاستيلاء على ما تحتويه. على { $chain }، حيث للعملة قيمة حقيقية، لا يُنشأ منها أي شيء دون إقرار صريح

error-passphrase_mismatch = عبارتا المرور مختلفتان

error-rng_unavailable = لا يتوفر مولّد أرقام عشوائية آمن (crypto.getRandomValues)؛ رُفض توليد المفاتيح

## Key indices and batches.

error-key_budget_exceeded = سيستخدم هذا فهارس مفاتيح حتى { $last_index }، متجاوزًا الحد الذي وضعته لعدد المدققين لكل عبارة استرداد ({ $budget })؛ فكّر في عبارة استرداد جديدة للمدققين الباقين، كي لا تكشف عبارةٌ واحدة مسرَّبة إلا عددًا أقل من المدققين

error-count_zero = يجب ألا يقل عدد المدققين عن 1

error-count_too_large = { $reason ->
        [search_keys] عدد فهارس المفاتيح { $count } خارج النطاق الذي يفحصه بحث واحد: من 1 إلى { $limit }
       *[other] عدد المدققين في الدفعة الواحدة { $count }، والحد الأقصى { $limit } لكل دفعة: قسّم المجموعات الأكبر إلى عدة دفعات
    }

error-key_index_past_last = المدققون البالغ عددهم { $count } بدءًا من الفهرس { $start } سيتجاوزون آخر فهرس مفتاح، 4294967295

error-count_mismatch = { $of ->
        [key_indices] عدد فهارس المدققين { $validators } لكن عدد فهارس المفاتيح { $other }؛ قدّم فهرس مفتاح واحدًا لكل مدقق
       *[other] عدد فهارس المدققين { $validators } لكن عدد بيانات اعتماد السحب { $other }؛ قدّم بيانات اعتماد واحدة لكل مدقق، بالترتيب نفسه
    }

error-no_validators = { $reason ->
        [import] لا تتضمن البيانات المستوردة أي مدقق
       *[other] قدّم فهرس مدقق واحدًا على الأقل
    }

error-duplicate_validator = { $reason ->
        [import] المدقق { $validator_index } مذكور مرتين في البيانات المستوردة
       *[other] المدقق { $validator_index } مُدرج مرتين
    }

error-key_path_missing_root = يجب أن يبدأ مسار المفتاح بـ "m/"

error-key_path_no_indices = يحتاج مسار المفتاح إلى فهرس واحد على الأقل بعد "m"

error-key_path_bad_index = المستوى { $level } من مسار المفتاح، "{ $text }"، ليس فهرسًا من 0 إلى 4294967295

## Chains.

error-chain_not_chosen = اختر السلسلة أولًا: لا يُنشأ أي شيء لسلسلة لم تخترها

error-chain_unknown = سلسلة غير معروفة "{ $name }"؛ استخدم إحدى السلاسل { $known }، أو قدّم إصدارات التفرّع والجذر لسلسلة مخصصة

error-chain_name_invalid = تحتاج السلسلة المخصصة إلى اسم من 1 إلى 64 محرفًا من الأحرف أو الأرقام أو - أو _ (يُكتب الاسم في ملفات الإيداع)

error-chain_no_genesis_validators_root = لا يوجد جذر مدققي التكوين للسلسلة { $chain }، لذا لا يمكن توقيع تغييرات BLS ولا عمليات الخروج لها؛ قدّم الجذر

error-chain_impersonates_builtin = قيم هذه السلسلة هي جزئيًا قيم { $builtin }: { $differing ->
        [genesisForkVersion] يختلف فيها إصدار تفرّع التكوين
        [capellaForkVersion] يختلف فيها إصدار تفرّع Capella (الخروج)
        [genesisValidatorsRoot] يختلف فيها جذر مدققي التكوين
        [genesis_fork_version] يختلف فيها genesis_fork_version
        [exit_fork_version] يختلف فيها exit_fork_version
        [genesis_validators_root] يختلف فيها genesis_validators_root
       *[other] يختلف فيها { $differing }
    }؛ السلسلة التي تشترك في أي من قيم { $builtin } يجب أن تكون { $builtin } نفسها (فالرسائل الموقَّعة بهذه القيم قد تكون صالحة على { $builtin })

error-chain_builtin_name_reused = "{ $name }" سلسلة مدمجة: اخترها باسمها، أو أعطِ السلسلة المخصصة اسمًا آخر

error-chain_import_differs = أُنشئت البيانات المستوردة على { $imported }، لكن السلسلة المحددة هي { $selected }؛ يستخدم التوقيع قيم سلسلة البيانات المستوردة ({ $imported }).

## Execution addresses.

error-address_not_checksummed = عنوان التنفيذ ليس بصيغة مجموع التحقق EIP-55؛ انسخه من محفظتك بأحرفه الكبيرة والصغيرة كما هي. صيغته بمجموع التحقق هي { $checksummed }: قارنها حرفًا حرفًا

error-address_bad_checksum = لا يجتاز عنوان التنفيذ مجموع التحقق EIP-55، لذا فأحد أحرفه خاطئ؛ العنوان بهذه الأحرف سيكون { $checksummed }

error-address_zero = عنوان التنفيذ هو العنوان الصفري؛ الأموال المرسلة إليه تضيع

error-address_confirmation_mismatch = العنوانان مختلفان؛ الصق العنوان نفسه بمجموع التحقق في كلا الحقلين

error-address_ending_mismatch = { $count ->
        [one] هذا ليس الحرف الأخير من العنوان: اقرأه مرة أخرى من العنوان المعروض أعلاه
        [two] هذان ليسا الحرفين الأخيرين من العنوان: اقرأهما مرة أخرى من العنوان المعروض أعلاه
        [few] هذه ليست آخر { $count } أحرف من العنوان: اقرأها مرة أخرى من العنوان المعروض أعلاه
        [many] هذه ليست آخر { $count } حرفًا من العنوان: اقرأها مرة أخرى من العنوان المعروض أعلاه
       *[other] هذه ليست آخر { $count } حرف من العنوان: اقرأها مرة أخرى من العنوان المعروض أعلاه
    }

## BLS keys.

error-pubkey_invalid = { $subject ->
        [validator_pubkey] المفتاح العام للمدقق ليس مفتاحًا عامًا صالحًا من نوع BLS (نقطة G1 مضغوطة بحجم 48 بايت ضمن الزمرة الجزئية)
       *[other] { $field } ليس مفتاحًا عامًا صالحًا من نوع BLS (نقطة G1 مضغوطة بحجم 48 بايت ضمن الزمرة الجزئية)
    }

## Deposits.

error-deposit_bls_not_allowed = تتطلب بيانات اعتماد السحب 0x00 (BLS) موافقة صريحة: تبقى الأموال مقفلة حتى يُوقَّع تغيير BLS-to-execution؛ قدّم عنوان تنفيذ بدلًا من ذلك

error-deposit_amount_not_allowed = الإيداع ببيانات اعتماد 0x00 أو 0x01 يساوي 32 ETH بالضبط؛ وقد طُلب { $amount } ETH (اختر 0x02 المُركَّبة لمبالغ أخرى)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] المبلغ { $amount } ETH خارج النطاق من 1 إلى 2048 ETH (من 1/32 إلى 64 GNO على سلاسل Gnosis)
       *[other] المبلغ { $amount } ETH خارج النطاق من 1 إلى 2048 ETH
    }

error-builder_amount_too_small = المبلغ { $amount } ETH أقل من الحد الأدنى لإيداع البنّاء (builder) وهو 1 ETH (لا حد أقصى لإيداعات البنّائين)

error-builder_keys_are_validator_keys = مفاتيح البنّاء (builder) من { $first_index } إلى { $last_index } هي نفسها مفاتيح توقيع المدققين m/12381/3600/i/0/0 في عبارة الاسترداد هذه عند الفهارس نفسها (وهذا من تصميم deposit-cli): إن كان لعبارة الاسترداد هذه مدققون عند هذه الفهارس فلا تستخدمها للبنّائين، واستخدم عبارة استرداد جديدة

## BLS-to-execution changes and exits.

error-bls_change_already_execution = لدى المدقق { $validator_index } بالفعل بيانات اعتماد تنفيذ { $prefix }؛ لا يحوّل تغيير BLS إلا بيانات اعتماد 0x00، لذا لا يوجد ما يُوقَّع

error-bls_change_credentials_mismatch = المدقق { $validator_index }: بيانات الاعتماد المقدَّمة، { $given }، لا تطابق فهرس المفتاح { $key_index } من عبارة الاسترداد هذه، الذي يعطي { $derived }؛ تحقق من فهرس البداية وترتيب المدققين وعبارة الاسترداد. لم يُوقَّع أي شيء

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] يعطي فهرس المفتاح { $key_index } من عبارة الاسترداد مفتاح التوقيع { $signing_pubkey }، لا مفتاح المدقق { $validator_pubkey }؛ لم يُوقَّع أي شيء
       *[other] يحتوي ملف keystore على المفتاح { $keystore_pubkey }، لا على مفتاح المدقق { $validator_pubkey }؛ لم يُوقَّع أي شيء
    }

## Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251).

error-chain_no_execution_layer = لا تُنشأ طلبات طبقة التنفيذ إلا للسلاسل المدمجة، المعروف معرّف سلسلتها وعقود طلباتها؛ وليست { $chain } منها: استخدم إحدى هذه: { $known }

error-request_value_invalid = { $reason ->
        [zero] القيمة المرفقة 0 wei؛ رسوم العقد لا تقل عن 1 wei، لذا ستفشل المعاملة
        [too_large] القيمة المرفقة، "{ $text }"، أكبر من أي رسوم يمكن أن يطلبها العقد (2^128 - 1 wei على الأكثر)
       *[not_wei] القيمة المرفقة، "{ $text }"، ليست عددًا صحيحًا من wei (أرقام فقط، مثل 1)
    }

error-request_not_execution_credentials = لدى المدقق { $validator_index } بيانات اعتماد سحب { $prefix } لا تحدد أي عنوان سحب: لا يقبل الطلبات من عنوان السحب إلا مدققو 0x01 و0x02 (يحتاج مدقق 0x00 أولًا إلى تغيير BLS-to-execution)

error-request_validator_not_active = حالة المدقق { $validator_index } هي { $status } وليست active_ongoing: تتجاهل السلسلة الطلبات الخاصة بمدقق غير نشط أو في طور الخروج، وتحتفظ بالرسوم

error-withdrawal_partial_not_compounding = لدى المدقق { $validator_index } بيانات اعتماد { $prefix }: لا تُجري السلسلة عمليات سحب جزئي إلا لمدققي 0x02 (المُركَّبة)، وتسحب الرصيد الزائد لمدقق 0x01 من تلقاء نفسها؛ حوّله أولًا إلى 0x02 أو اطلب خروجًا كاملًا

error-withdrawal_amount_on_exit = المدقق { $validator_index }: لا يأخذ الخروج الكامل مبلغًا، لأنه يسحب الرصيد كله؛ احذف المبلغ أو اطلب سحبًا جزئيًا

error-withdrawal_amount_zero = المدقق { $validator_index }: يحتاج السحب الجزئي إلى مبلغ أكبر من 0 (المبلغ 0 هو طلب خروج كامل)

error-consolidation_target_not_compounding = لدى المدقق { $target_index } بيانات اعتماد { $prefix }: يجب أن تكون لهدف الدمج بيانات اعتماد 0x02 (المُركَّبة)، وإلا تتجاهل السلسلة الطلب وتحتفظ بالرسوم؛ حوّله أولًا إلى 0x02

error-consolidation_self_not_switch = المدقق { $validator_index } محدد هدفًا لنفسه لكن بيانات اعتماده { $prefix }: لا يكون هدفًا لنفسه إلا مدقق 0x01، لتحويله إلى 0x02

error-consolidation_target_address_differs = سينتقل رصيد المدقق { $source_index } إلى المدقق { $target_index }، وعنوان سحبه { $target_address } ليس عنوان المصدر ({ $source_address }): ستعود الأموال حينئذٍ إلى ذلك العنوان. لا تفعّل allowOtherTargetAddress إلا إذا كان هذا ما تريده

error-consolidation_source_also_target = المدقق { $validator_index } هو مصدر دمج وهدف دمج آخر في هذه الدفعة؛ وما إن يخرج حتى تتجاهل السلسلة الدمج الآخر: ادمج على خطوتين

error-execution_file_mismatch = { $reason ->
        [chain_id] قيمة { $field } هي { $found }، وليست معرّف السلسلة { $expected } الخاص بـ { $chain }
        [to] قيمة { $field } هي { $found }، وليست عقد { $chain } لهذا الطلب، { $expected }
        [request] { $field } لا يطابق حقل data في الملف
        [description] { $field } لا يصف ما يفعله حقل data في الملف
       *[uri] { $field } لا يطابق الحقول to وchainId وvalue وdata في الملف
    }

## Passwords and keystores.

error-password_empty = كلمة المرور فارغة (لا تُحتسب أحرف التحكم)؛ اختر كلمة مرور

error-password_too_short = عدد أحرف كلمة المرور { $chars }؛ ويلزم لملف keystore جديد { $min } على الأقل

error-password_mismatch = كلمتا المرور مختلفتان

error-keystore_not_chosen = اختر ملف keystore أولًا، وانتظر حتى تتم قراءته

error-keystore_wrong_password = كلمة مرور خاطئة: مجموع التحقق (checksum) لملف keystore غير مطابق

error-keystore_malformed = { $reason ->
        [json] ليس ملف keystore صالحًا وفق EIP-2335: الملف ليس JSON لملف keystore: { $detail }
        [params] ليس ملف keystore صالحًا وفق EIP-2335: { $name } غير صالح: { $detail }
        [dklen] ليس ملف keystore صالحًا وفق EIP-2335: قيمة { $name } هي { $found }؛ ويجب أن تكون { $expected }
        [version] ليس ملف keystore صالحًا وفق EIP-2335: قيمة { $name } هي { $found }؛ الإصدار 4 وحده مدعوم
        [unsupported_kdf] ليس ملف keystore صالحًا وفق EIP-2335: قيمة { $name } هي "{ $found }"؛ لا يُدعم إلا "scrypt" و"pbkdf2"
        [unsupported_prf] ليس ملف keystore صالحًا وفق EIP-2335: قيمة { $name } هي "{ $found }"؛ لا يُدعم إلا "hmac-sha256"
        [unsupported_checksum] ليس ملف keystore صالحًا وفق EIP-2335: قيمة { $name } هي "{ $found }"؛ لا يُدعم إلا "sha256"
        [unsupported_cipher] ليس ملف keystore صالحًا وفق EIP-2335: قيمة { $name } هي "{ $found }"؛ لا يُدعم إلا "aes-128-ctr"
        [not_empty] ليس ملف keystore صالحًا وفق EIP-2335: يجب أن يكون { $name } فارغًا
        [not_hex] ليس ملف keystore صالحًا وفق EIP-2335: { $name } ليس بالصيغة الست عشرية (دون 0x)
        [wrong_length] ليس ملف keystore صالحًا وفق EIP-2335: حجم { $name } هو { $bytes } بايت؛ ويجب أن يكون { $expected } بايت
        [empty] ليس ملف keystore صالحًا وفق EIP-2335: { $name } فارغ
        [too_long] ليس ملف keystore صالحًا وفق EIP-2335: حجم { $name } هو { $bytes } بايت؛ والحد الأقصى المسموح { $limit } بايت
        [cipher_length] ليس ملف keystore صالحًا وفق EIP-2335: حجم { $name } هو { $bytes } بايت؛ وملف keystore الخاص بـ BLS يحمل 32 بايت
        [pubkey] ليس ملف keystore صالحًا وفق EIP-2335: { $name } ليس مفتاحًا عامًا صالحًا من نوع BLS (نقطة G1 مضغوطة بحجم 48 بايت ضمن الزمرة الجزئية)
        [path_missing_root] ليس ملف keystore صالحًا وفق EIP-2335: { $name } غير صالح: يجب أن يبدأ مسار المفتاح بـ "m/"
        [path_no_indices] ليس ملف keystore صالحًا وفق EIP-2335: { $name } غير صالح: يحتاج مسار المفتاح إلى فهرس واحد على الأقل بعد "m"
        [path_bad_index] ليس ملف keystore صالحًا وفق EIP-2335: { $name } غير صالح: المستوى { $level } من مسار المفتاح، "{ $text }"، ليس فهرسًا من 0 إلى 4294967295
        [uuid] ليس ملف keystore صالحًا وفق EIP-2335: { $name } ليس UUID
       *[other] ليس ملف keystore صالحًا وفق EIP-2335: { $name } غير صالح
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] رُفض تشغيل دالة KDF لملف keystore: يجب أن تكون scrypt n = { $n } قوةً للعدد 2 أكبر من 1
        [scrypt_r_p] رُفض تشغيل دالة KDF لملف keystore: يجب ألا تقل أيٌّ من scrypt r = { $r } وp = { $p } عن 1
        [scrypt_memory] رُفض تشغيل دالة KDF لملف keystore: تحتاج قيم scrypt n = { $n }، r = { $r }، p = { $p } إلى أكثر من 1 GiB من الذاكرة (128·r·(n + p + 2))
        [scrypt_params] رُفض تشغيل دالة KDF لملف keystore: قيم scrypt n = { $n }، r = { $r }، p = { $p } خارج ما يقبله scrypt (يجب أن تكون n أقل من 2^(16·r))
        [pbkdf2_c] رُفض تشغيل دالة KDF لملف keystore: يجب أن تكون pbkdf2 c = { $c } من 1 إلى { $limit }
       *[empty_salt] رُفض تشغيل دالة KDF لملف keystore: ملح (salt) دالة KDF فارغ
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] ليس مفتاحًا سريًا صالحًا من نوع BLS (32 بايت، غير صفري، أصغر من رتبة المنحنى)
       *[other] ملف keystore تالف: السر الناتج عن فك تشفيره ليس مفتاحًا سريًا صالحًا من نوع BLS
    }

error-keystore_pubkey_mismatch = ملف keystore تالف: يذكر المفتاح العام { $stated }، لكن المفتاح العام لمفتاحه السري هو { $actual }

## Files.

error-file_too_large = { $reason ->
        [keystore] ليس ملف keystore صالحًا وفق EIP-2335: حجم الملف { $bytes } بايت؛ والحد الأقصى لملف keystore هو { $limit_mib } MiB
       *[other] حجم الملف { $bytes } بايت؛ تُرفض الملفات التي تتجاوز { $limit_mib } MiB قبل قراءتها (لا يبلغ أي ملف keystore أو ملف رسائل موقَّعة هذا الحجم)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] ليس ملف keystore صالحًا وفق EIP-2335: يبدأ الملف بعلامة ترتيب البايتات؛ احفظه بترميز UTF-8 عادي
       *[other] يبدأ الملف بعلامة ترتيب البايتات (BOM)؛ احفظه بترميز UTF-8 دون BOM
    }

error-file_not_utf8 = { $reason ->
        [import] البيانات المستوردة ليست نصًا بترميز UTF-8
       *[other] الملف ليس نصًا بترميز UTF-8
    }

error-file_empty = { $reason ->
        [import] البيانات المستوردة فارغة
       *[other] لا يحتوي الملف على أي إدخال
    }

error-file_kind_unknown = هذا ليس ملف keystore ولا بيانات إيداع ولا ملف تغيير BLS ولا ملف خروج

error-json_syntax = { $reason ->
        [import] البيانات المستوردة ليست استجابة beacon API ولا ملف تحضير من ethdo: { $detail } في السطر { $line }، العمود { $column }
       *[other] الملف ليس JSON: { $detail } في السطر { $line }، العمود { $column }
    }

error-json_duplicate_key = { $reason ->
        [keystore] ليس ملف keystore صالحًا وفق EIP-2335: يذكر الملف الحقل "{ $key }" مرتين في كائن واحد
       *[other] يذكر JSON الحقل "{ $key }" مرتين في كائن واحد؛ الأدوات الأخرى لا تقرأ إلا آخرهما، لذا رُفض الملف
    }

error-json_not_array = الملف ليس مصفوفة JSON من الإدخالات

error-json_not_object = { $reason ->
        [exit_in_array] الملف مصفوفة JSON؛ يحتوي ملف الخروج الموقَّع على كائن خروج واحد (ملف واحد لكل مدقق)
        [keystore] ليس ملف keystore صالحًا وفق EIP-2335: الملف ليس كائن JSON
        [proof_in_array] الملف مصفوفة JSON؛ يحتوي إثبات ملكية عنوان السحب على كائن واحد (ملف واحد لكل مدقق)
       *[other] الملف ليس كائن JSON واحدًا
    }

## Entries of signed-message files (verification reports).

error-field_missing = { $field } مفقود

error-field_type = { $reason ->
        [amount_not_gwei] { $field } مفقود أو ليس عددًا صحيحًا من gwei
        [not_integer] { $field } ليس عددًا صحيحًا في JSON
       *[other] { $field } ليس نصًا (string)
    }

error-credentials_prefix = { $reason ->
        [builder] البادئة { $prefix } في { $field } ليست بادئة البنّاء 0xb0
       *[other] البادئة { $prefix } في { $field } ليست 0x00 ولا 0x01 ولا 0x02
    }

error-credentials_padding = { $reason ->
        [builder] يجب أن تكون البايتات 1–11 من { $field } أصفارًا في بيانات الاعتماد 0xb0
       *[other] يجب أن تكون البايتات 1–11 من { $field } أصفارًا في بيانات الاعتماد 0x01/0x02
    }

error-fork_version_mismatch = { $field } { $found } ليس إصدار تفرّع التكوين للسلسلة { $chain } ({ $expected })

error-network_name_mismatch = { $field } "{ $found }" ليس { $chain }

error-genesis_validators_root_mismatch = { $field } { $found } لا يطابق قيمة { $chain }

error-root_mismatch = { $reason ->
        [message_root] { $field } لا يطابق pubkey وwithdrawal_credentials وamount
       *[other] { $field } لا يطابق الإدخال
    }

error-signature_invalid = { $message ->
        [deposit] { $field } غير صحيح لإيداعات { $chain }
        [builder_deposit] { $field } غير صحيح لإيداعات البنّائين على { $chain }
        [bls_to_execution_change] { $field } غير صحيح لتغيير BLS على { $chain }
        [bls_to_execution_change_keystore] { $field } غير صحيح كإثبات لملكية عنوان السحب على { $chain } بمفتاح المدقق { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] { $field } غير صحيح لأي مفتاح توقيع من فهارس المفاتيح 0 إلى { $last } لعبارة الاسترداد على { $chain }
       *[voluntary_exit] { $field } غير صحيح لمفتاح المدقق { $pubkey } على { $chain }
    }

error-verify_chain_differs = يذكر هذا الملف أنه أُنشئ لـ { $stated }، لكن السلسلة المختارة هي { $selected }: جرى التحقق من تواقيعه وفق قيم { $selected }. اختر السلسلة التي أُعدّ لها الملف.

error-verify_address_differs = { $reason ->
        [no_address] بيانات الاعتماد 0x00 (BLS) لهذا الإدخال لا تحدد أي عنوان تنفيذ، ولا العنوان المتوقع { $expected }
       *[other] يرسل هذا الإدخال الأموال إلى { $found }، لا إلى العنوان المتوقع { $expected }
    }

## Validator imports and search.

error-import_too_large = حجم البيانات المستوردة { $bytes } بايت؛ تُرفض البيانات المستوردة التي تتجاوز { $limit_gib } GiB (القائمة الكاملة لمدققي الشبكة الرئيسية نحو 500 MB)

error-import_not_validators = { $reason ->
        [unknown_shape] لا يحتوي JSON على "data" (استجابة validators من beacon API) ولا على "validators" (ملف offline-preparation.json من ethdo)
       *[other] البيانات المستوردة JSON لكنها ليست كائنًا ولا مصفوفة: ليست استجابة beacon API ولا ملف تحضير من ethdo
    }

error-import_both_shapes = يحتوي JSON على "data" و"validators" معًا؛ قدّم استجابة beacon API واحدة أو ملف ethdo واحدًا

error-import_missing_field = لا يحتوي ملف التحضير من ethdo على "{ $name }"

error-import_ethdo_version = إصدار ملف التحضير من ethdo "{ $version }" غير مدعوم؛ الإصدار المدعوم هو "3" (ethdo 1.30 وما بعده)

error-import_domain_type = قيمة { $name } في ملف ethdo هي { $found }، لا قيمة مواصفات الإجماع { $expected }؛ لم يُنشأ الملف لسلسلة إيثريوم

error-import_csv_columns = عدد الأعمدة في سطر CSV رقم { $line } هو { $columns }؛ ويجب أن يكون كل سطر بالصيغة validator_index,withdrawal_credentials

error-import_too_many_validators = يتجاوز عدد المدققين في البيانات المستوردة { $limit }؛ في الشبكة الرئيسية نحو 1.1 مليون مدقق، لذا فهذه ليست قائمة مدققين

error-validator_status_unknown = { $entry }: { $name } "{ $text }" ليست حالة مدقق في beacon API

error-import_source_conflict = { $given ->
        [0] اختر ملف استيراد، أو الصق البيانات المراد استيرادها، أو قدّم قائمة مدققين
       *[other] قدّم مصدر استيراد واحدًا فقط: ملفًا أو نصًا ملصوقًا أو قائمة مدققين
    }

error-search_too_many_matches = يتجاوز عدد مدققي البيانات المستوردة المطابقين لمفاتيح عبارة الاسترداد هذه { $limit }؛ ولا توجد عبارة استرداد حقيقية تتحكم في هذا العدد في قائمة واحدة. استورد مدققيك فقط (عامل التصفية ?id= في beacon API)، أو افحص عددًا أقل من فهارس المفاتيح

## Handing signing keys to a signer.

error-hand_off_no_keystores = اختر ملفات keystore الخاصة بالتوقيع التي ستُسلَّم
error-hand_off_withdrawal_key = يحتوي ملف keystore هذا على مفتاح السحب { $path }؛ تبقى مفاتيح السحب دون اتصال ولا تُنقل أبدًا إلى عميل مدقق أو موقِّع. سلّم ملفات keystore الخاصة بالتوقيع (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = ملفا keystore رقم { $first } ورقم { $second } يحتويان على المفتاح نفسه؛ يجب استيراد المفتاح مرة واحدة فقط
error-hand_off_passwords_not_acknowledged = يحتوي هذا الملف على كلمات مرور ملفات keystore نصًّا صريحًا: أكّد أنك تفهم ذلك قبل إنشائه
error-signer_host_invalid = "{ $host }" ليس اسم مضيف ولا عنوان IP؛ أدخله دون https:// أو منفذ أو مسار
error-signer_port_invalid = "{ $port }" ليس منفذًا: يجب أن يكون عددًا صحيحًا من 1 إلى 65535
error-signer_path_invalid = لا يمكن أن يكون "{ $value }" مسار تخزين: استخدم الأحرف والأرقام والرموز - _ . / فقط، دون مسافات أو ".." أو أجزاء فارغة
error-aws_region_invalid = "{ $region }" ليس اسم منطقة AWS مثل eu-central-1

## The wallet's own checks.

error-internal_error = { $reason ->
        [keystore_self_check] فشل فحص داخلي: ملف keystore للمدقق { $index } لم يُعِد مفتاحه عند فك تشفيره؛ لم يُكتب أي شيء
        [seed_too_short] حجم البذرة (seed) { $bytes } بايت؛ ويتطلب EIP-2333 ما لا يقل عن 32
       *[other] فشل فحص داخلي، ولم يُكتب أي شيء: { $problem }
    }

## Options given to the package or the worker.

error-options_not_object = 选项必须是一个对象，例如 {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] 未知选项“{ $field }”（您是否指的是“{ $nearest }”？）；此处可用的选项为 { $known }
       *[other] 未知选项“{ $field }”；此处可用的选项为 { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase、language 和 keyCount 用于将条目与助记词进行比对：请同时提供助记词
        [verify_needs_pubkey] 请提供用于检查退出的验证者签名公钥
        [verify_needs_signer] 请提供验证者的签名公钥、其 keystore 或助记词，用于核对提款地址所有权证明
       *[other] 选项“{ $field }”为必填项
    }

error-option_type = { $reason ->
        [not_string] 选项“{ $path }”：应为字符串
        [not_option_value] 选项“{ $path }”：函数、symbol 或 BigInt 不能作为此处的选项；uint64 值应写为十进制字符串
        [unreadable] 无法读取选项“{ $path }”
        [not_json] 选项“{ $path }”的类型无法用 JSON 表示
        [not_function] 选项“{ $path }”：应为函数（done, total, phase）
       *[other] 选项“{ $path }”：应为 { $expected }，实际为 { $found }
    }

error-option_value = { $reason ->
        [not_one_of] 选项“{ $path }”：“{ $found }”不是 { $expected } 之一
        [invalid] 选项“{ $path }”：{ $detail }
        [invalid_options] 无效的选项：{ $detail }
        [keystore_not_verified] keystore 应通过其密码打开来检查，而不是作为已签名文件进行验证
        [hand_off_not_verified] 此文件在生成时会回读检查；其中没有可验证的签名
       *[other] 选项“{ $path }”：应为 { $expected }，实际为 { $found }
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] 无效的选项：请使用 keystore（keystore 和 password）或助记词（mnemonic 和 keyIndex，必要时加上 passphrase 和 language）之一进行签名，不能同时使用
        [pubkey_or_keystore] 无效的选项：验证者的签名公钥和其 keystore 只能提供其中之一
       *[other] 无效的选项：startIndex 和 keyIndices 只能提供其中之一（keyIndices 为每个验证者一个密钥索引）
    }

error-text_lone_surrogate = 此文本包含一个孤立的 UTF-16 代理项（半个字符）；它无法编码，会被静默替换，从而得到不同的密钥：请重新输入

## Hex fields, everywhere.

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] 链的创世分叉版本必须以 0x 开头
        [chain_capella_fork_version] 链的 Capella（退出）分叉版本必须以 0x 开头
        [chain_genesis_validators_root] 链的创世验证者根必须以 0x 开头
        [execution_address] 执行层地址必须以 0x 开头（0x 加 40 位十六进制数字）
        [import_entry] { $entry }：{ $name } 必须以 0x 开头
        [import_file] 文件：{ $name } 必须以 0x 开头
       *[other] { $field } 必须以 0x 开头
    }

error-hex_unexpected_prefix = { $field } 不得以 0x 开头

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] 链的创世分叉版本不是十六进制
        [chain_capella_fork_version] 链的 Capella（退出）分叉版本不是十六进制
        [chain_genesis_validators_root] 链的创世验证者根不是十六进制
        [validator_pubkey] 验证者公钥不是十六进制
        [execution_address] 执行层地址不是十六进制（0x 加 40 位十六进制数字）
        [withdrawal_credentials] 第 { $position } 个提款凭证不是十六进制（0x 加 64 位十六进制数字）
        [import_entry] { $entry }：{ $name } 不是十六进制
        [import_csv_line] CSV 第 { $line } 行：{ $name } 不是十六进制
        [import_file] 文件：{ $name } 不是十六进制
       *[other] { $field } 不是十六进制
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] 链的创世分叉版本为 { $bytes } 字节；必须为 { $expected } 字节
        [chain_capella_fork_version] 链的 Capella（退出）分叉版本为 { $bytes } 字节；必须为 { $expected } 字节
        [chain_genesis_validators_root] 链的创世验证者根为 { $bytes } 字节；必须为 { $expected } 字节
        [validator_pubkey] 验证者公钥为 { $bytes } 字节；必须为 { $expected } 字节
        [execution_address] 执行层地址为 { $bytes } 字节；必须为 { $expected } 字节（0x 加 40 位十六进制数字）
        [withdrawal_credentials] 第 { $position } 个提款凭证为 { $bytes } 字节；必须为 { $expected } 字节（0x 加 64 位十六进制数字）
        [import_entry] { $entry }：{ $name } 为 { $bytes } 字节；必须为 { $expected } 字节
        [import_csv_line] CSV 第 { $line } 行：{ $name } 为 { $bytes } 字节；必须为 { $expected } 字节
        [import_file] 文件：{ $name } 为 { $bytes } 字节；必须为 { $expected } 字节
       *[other] { $field } 为 { $bytes } 字节；必须为 { $expected } 字节
    }

## Numbers typed or read from files.

error-not_uint64 = { $subject ->
        [value] “{ $text }”不是 0 到 18446744073709551615 之间的整数
        [validator_index] 第 { $position } 个验证者索引“{ $text }”不是 0 到 18446744073709551615 之间的整数
        [import_entry] { $entry }：{ $name }“{ $text }”不是十进制 uint64
        [import_csv_line] CSV 第 { $line } 行：{ $name }“{ $text }”不是十进制 uint64
        [import_file] 文件：{ $name }“{ $text }”不是十进制 uint64
       *[other] { $field }“{ $text }”不是十进制 uint64
    }

error-not_key_index = “{ $text }”不是密钥索引：请使用 0 到 4294967295 之间的整数，且只含数字

error-not_ether_amount = “{ $text }”不是以 ETH 为单位、最多 9 位小数（精确到 gwei）的金额，例如 32 或 40.5

## Mnemonics.

error-mnemonic_word_count = 该助记词有 { $words } 个单词；必须为 12、15、18、21 或 24 个

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] 第 { $position } 个单词不在 BIP39 词表中；请检查拼写
       *[other] 第 { $position } 个单词不在 BIP39 词表中：它包含非字母字符 { $invisible }；请重新输入该单词
    }

error-mnemonic_mixed_languages = 这些单词来自不同的 BIP39 词表；一个助记词只使用一种语言

error-mnemonic_checksum = 助记词的校验和错误：有单词输错、缺失或顺序不对

error-mnemonic_ambiguous_language = 该助记词在多种语言（{ $languages }）中均有效；请选择语言

error-mnemonic_unknown_language = 未知的助记词语言“{ $name }”；请使用以下之一：{ $known }

error-mnemonic_public_not_acknowledged = 这是公开的测试助记词：任何人都可以派生出其密钥，并取走其中的资产。{ $chain } 的货币具有真实价值，未经您明确确认，不会用它生成任何内容

error-passphrase_mismatch = 两次输入的密码短语不一致

error-rng_unavailable = 没有可用的安全随机数生成器（crypto.getRandomValues）；拒绝生成密钥

## Key indices and batches.

error-key_budget_exceeded = 这将使用到密钥索引 { $last_index }，超出您设定的每个助记词 { $budget } 个验证者的上限；建议为其余验证者使用新的助记词，这样即使一个助记词泄露，暴露的验证者也会更少

error-count_zero = 验证者数量必须至少为 1

error-count_too_large = { $reason ->
        [search_keys] { $count } 个密钥索引超出了单次扫描的范围：1 至 { $limit }
       *[other] 一批 { $count } 个验证者过多；每批最多 { $limit } 个：请将更多的验证者分成若干批
    }

error-key_index_past_last = 从索引 { $start } 开始的 { $count } 个验证者将超过最后一个密钥索引 4294967295

error-count_mismatch = { $of ->
        [key_indices] 有 { $validators } 个验证者索引，但有 { $other } 个密钥索引；请为每个验证者提供一个密钥索引
       *[other] 有 { $validators } 个验证者索引，但有 { $other } 个提款凭证；请为每个验证者提供一个凭证，并保持相同顺序
    }

error-no_validators = { $reason ->
        [import] 导入数据中没有任何验证者
       *[other] 请至少提供一个验证者索引
    }

error-duplicate_validator = { $reason ->
        [import] 验证者 { $validator_index } 在导入数据中出现了两次
       *[other] 验证者 { $validator_index } 被列出了两次
    }

error-key_path_missing_root = 密钥路径必须以“m/”开头

error-key_path_no_indices = 密钥路径在“m”之后至少需要一个索引

error-key_path_bad_index = 密钥路径的第 { $level } 级“{ $text }”不是 0 到 4294967295 之间的索引

## Chains.

error-chain_not_chosen = 请先选择链：不会为您未选择的链生成任何内容

error-chain_unknown = 未知的链“{ $name }”；请使用 { $known } 之一，或提供自定义链的分叉版本和根

error-chain_name_invalid = 自定义链需要一个由 1 至 64 个英文字母、数字、- 或 _ 组成的名称（该名称会写入存款文件）

error-chain_no_genesis_validators_root = 链 { $chain } 没有创世验证者根，因此无法为其签署 BLS 变更和退出；请提供该根

error-chain_impersonates_builtin = 这些链参数部分与 { $builtin } 相同，但{ $differing ->
        [genesisForkVersion] 创世分叉版本不同
        [capellaForkVersion] Capella（退出）分叉版本不同
        [genesisValidatorsRoot] 创世验证者根不同
        [genesis_fork_version] genesis_fork_version 不同
        [exit_fork_version] exit_fork_version 不同
        [genesis_validators_root] genesis_validators_root 不同
       *[other] { $differing } 不同
    }；与 { $builtin } 共享任何参数的链必须就是 { $builtin } 本身（用这些参数签名的消息可能在 { $builtin } 上有效）

error-chain_builtin_name_reused = “{ $name }”是内置链：请按名称选择它，或为自定义链另取一个名称

error-chain_import_differs = 导入数据是在 { $imported } 上生成的，但当前选择的是 { $selected }；签名将使用导入数据的链参数（{ $imported }）。

## Execution addresses.

error-address_not_checksummed = 该执行层地址不是 EIP-55 校验和格式；请从您的钱包中按其大小写混合的形式复制。其校验和格式为 { $checksummed }：请逐个字符进行比对

error-address_bad_checksum = 该执行层地址未通过 EIP-55 校验和检查，说明有字符错误；按所输入的字符，该地址应为 { $checksummed }

error-address_zero = 该执行层地址是零地址；发送到该地址的资金将会丢失

error-address_confirmation_mismatch = 两次输入的地址不一致；请在两个输入框中粘贴相同的校验和地址

error-address_ending_mismatch = 这不是该地址的最后 { $count } 个字符：请对照上方显示的地址重新读取

## BLS keys.

error-pubkey_invalid = { $subject ->
        [validator_pubkey] 验证者公钥不是有效的 BLS 公钥（子群中的 48 字节压缩 G1 点）
       *[other] { $field } 不是有效的 BLS 公钥（子群中的 48 字节压缩 G1 点）
    }

## Deposits.

error-deposit_bls_not_allowed = 0x00（BLS）提款凭证需要您明确选择启用：在签署 BLS-to-execution change 之前，资金将一直被锁定；请改为提供执行层地址

error-deposit_amount_not_allowed = 使用 0x00 或 0x01 凭证的存款必须恰好为 32 ETH；您请求的是 { $amount } ETH（其他金额请选择 0x02 复利）

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] 金额 { $amount } ETH 超出 1 至 2048 ETH 的范围（在 Gnosis 链上为 1/32 至 64 GNO）
       *[other] 金额 { $amount } ETH 超出 1 至 2048 ETH 的范围
    }

error-builder_amount_too_small = 金额 { $amount } ETH 低于构建者（builder）存款的最低额 1 ETH（构建者存款没有上限）

error-builder_keys_are_validator_keys = 构建者密钥 { $first_index } 至 { $last_index } 就是此助记词在相同索引处的验证者签名密钥 m/12381/3600/i/0/0（deposit-cli 的设计）：如果此助记词在这些索引处有验证者，请勿将其用于构建者；请使用新的助记词

## BLS-to-execution changes and exits.

error-bls_change_already_execution = 验证者 { $validator_index } 已使用 { $prefix } 执行层凭证；BLS 变更只转换 0x00 凭证，因此无需签名

error-bls_change_credentials_mismatch = 验证者 { $validator_index }：所提供的凭证 { $given } 与此助记词在密钥索引 { $key_index } 处得出的凭证 { $derived } 不一致；请检查起始索引、验证者顺序和助记词。未签署任何内容

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] 助记词的密钥索引 { $key_index } 得出的签名密钥是 { $signing_pubkey }，而不是该验证者的 { $validator_pubkey }；未签署任何内容
       *[other] 该 keystore 中的密钥是 { $keystore_pubkey }，而不是该验证者的 { $validator_pubkey }；未签署任何内容
    }

## Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251).

error-chain_no_execution_layer = 执行层请求只为内置链创建，这些链的链 ID 和请求合约是已知的；{ $chain } 不在其中：请使用 { $known } 之一

error-request_value_invalid = { $reason ->
        [zero] 要附加的金额为 0 wei；合约费用至少为 1 wei，因此交易会失败
        [too_large] 要附加的金额“{ $text }”超过了合约可能收取的任何费用（最多 2^128 - 1 wei）
       *[not_wei] 要附加的金额“{ $text }”不是以 wei 为单位的整数（只能是数字，例如 1）
    }

error-request_not_execution_credentials = 验证者 { $validator_index } 的提款凭证为 { $prefix }，未指定任何提款地址：只有 0x01 和 0x02 验证者接受来自其提款地址的请求（0x00 验证者需要先完成 BLS-to-execution change）

error-request_validator_not_active = 验证者 { $validator_index } 的状态是 { $status }，而不是 active_ongoing：对于未激活或已在退出中的验证者，链会忽略请求并保留费用

error-withdrawal_partial_not_compounding = 验证者 { $validator_index } 的凭证为 { $prefix }：链只为 0x02（复利）验证者执行部分提款，0x01 验证者的超额余额会自动提取；请先将其切换为 0x02，或请求完全退出

error-withdrawal_amount_on_exit = 验证者 { $validator_index }：完全退出会提取全部余额，因此不接受金额；请去掉金额，或请求部分提款

error-withdrawal_amount_zero = 验证者 { $validator_index }：部分提款需要大于 0 的金额（金额 0 表示完全退出请求）

error-consolidation_target_not_compounding = 验证者 { $target_index } 的凭证为 { $prefix }：合并的目标必须具有 0x02（复利）凭证，否则链会忽略该请求并保留费用；请先将其切换为 0x02

error-consolidation_self_not_switch = 验证者 { $validator_index } 被指定为自己的目标，但其凭证为 { $prefix }：只有 0x01 验证者可以以自己为目标，用于切换到 0x02

error-consolidation_target_address_differs = 验证者 { $source_index } 的余额将转移到验证者 { $target_index }，而后者的提款地址 { $target_address } 不是来源的地址 { $source_address }：资金届时将归属于该地址。只有在确实如此打算时，才设置 allowOtherTargetAddress

error-consolidation_source_also_target = 验证者 { $validator_index } 在此批次中既是一个合并的来源，又是另一个合并的目标；一旦它退出，链就会忽略另一个：请分两步合并

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } 为 { $found }，而不是 { $chain } 的链 ID { $expected }
        [to] { $field } 为 { $found }，而不是 { $chain } 上此请求对应的合约 { $expected }
        [request] { $field } 与文件的 data 不一致
        [description] { $field } 未说明文件的 data 的作用
       *[uri] { $field } 与文件的 to、chainId、value 和 data 不一致
    }

## Passwords and keystores.

error-password_empty = 密码为空（控制字符不计入）；请设置密码

error-password_too_short = 密码只有 { $chars } 个字符；新 keystore 至少需要 { $min } 个字符

error-password_mismatch = 两次输入的密码不一致

error-keystore_not_chosen = 请先选择 keystore 文件，并等待读取完成

error-keystore_wrong_password = 密码错误：keystore 的校验和不匹配

error-keystore_malformed = { $reason ->
        [json] 不是有效的 EIP-2335 keystore：文件不是 keystore JSON：{ $detail }
        [params] 不是有效的 EIP-2335 keystore：{ $name } 无效：{ $detail }
        [dklen] 不是有效的 EIP-2335 keystore：{ $name } 为 { $found }；必须为 { $expected }
        [version] 不是有效的 EIP-2335 keystore：{ $name } 为 { $found }；仅支持版本 4
        [unsupported_kdf] 不是有效的 EIP-2335 keystore：{ $name } 为“{ $found }”；仅支持“scrypt”和“pbkdf2”
        [unsupported_prf] 不是有效的 EIP-2335 keystore：{ $name } 为“{ $found }”；仅支持“hmac-sha256”
        [unsupported_checksum] 不是有效的 EIP-2335 keystore：{ $name } 为“{ $found }”；仅支持“sha256”
        [unsupported_cipher] 不是有效的 EIP-2335 keystore：{ $name } 为“{ $found }”；仅支持“aes-128-ctr”
        [not_empty] 不是有效的 EIP-2335 keystore：{ $name } 必须为空
        [not_hex] 不是有效的 EIP-2335 keystore：{ $name } 不是十六进制（不带 0x）
        [wrong_length] 不是有效的 EIP-2335 keystore：{ $name } 为 { $bytes } 字节；必须为 { $expected } 字节
        [empty] 不是有效的 EIP-2335 keystore：{ $name } 为空
        [too_long] 不是有效的 EIP-2335 keystore：{ $name } 为 { $bytes } 字节；最多允许 { $limit } 字节
        [cipher_length] 不是有效的 EIP-2335 keystore：{ $name } 为 { $bytes } 字节；BLS keystore 中应为 32 字节
        [pubkey] 不是有效的 EIP-2335 keystore：{ $name } 不是有效的 BLS 公钥（子群中的 48 字节压缩 G1 点）
        [path_missing_root] 不是有效的 EIP-2335 keystore：{ $name } 无效：密钥路径必须以“m/”开头
        [path_no_indices] 不是有效的 EIP-2335 keystore：{ $name } 无效：密钥路径在“m”之后至少需要一个索引
        [path_bad_index] 不是有效的 EIP-2335 keystore：{ $name } 无效：密钥路径的第 { $level } 级“{ $text }”不是 0 到 4294967295 之间的索引
        [uuid] 不是有效的 EIP-2335 keystore：{ $name } 不是 UUID
       *[other] 不是有效的 EIP-2335 keystore：{ $name } 无效
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] 已拒绝运行该 keystore 的 KDF：scrypt n = { $n } 必须是大于 1 的 2 的幂
        [scrypt_r_p] 已拒绝运行该 keystore 的 KDF：scrypt r = { $r } 和 p = { $p } 都必须至少为 1
        [scrypt_memory] 已拒绝运行该 keystore 的 KDF：scrypt n = { $n }, r = { $r }, p = { $p } 需要超过 1 GiB 的内存（128·r·(n + p + 2)）
        [scrypt_params] 已拒绝运行该 keystore 的 KDF：scrypt n = { $n }, r = { $r }, p = { $p } 超出了 scrypt 接受的范围（n 必须小于 2^(16·r)）
        [pbkdf2_c] 已拒绝运行该 keystore 的 KDF：pbkdf2 c = { $c } 必须在 1 到 { $limit } 之间
       *[empty_salt] 已拒绝运行该 keystore 的 KDF：KDF 盐值为空
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] 不是有效的 BLS 私钥（32 字节、非零、小于曲线的阶）
       *[other] keystore 已损坏：其解密出的私钥不是有效的 BLS 私钥
    }

error-keystore_pubkey_mismatch = keystore 已损坏：其中声明的公钥为 { $stated }，但其私钥对应的公钥为 { $actual }

## Files.

error-file_too_large = { $reason ->
        [keystore] 不是有效的 EIP-2335 keystore：文件大小为 { $bytes } 字节；keystore 最大为 { $limit_mib } MiB
       *[other] 文件大小为 { $bytes } 字节；超过 { $limit_mib } MiB 的文件在读取前即被拒绝（keystore 或已签名消息文件都不会这么大）
    }

error-file_byte_order_mark = { $reason ->
        [keystore] 不是有效的 EIP-2335 keystore：文件以字节顺序标记开头；请将其保存为纯 UTF-8
       *[other] 文件以字节顺序标记（BOM）开头；请将其保存为不带 BOM 的 UTF-8
    }

error-file_not_utf8 = { $reason ->
        [import] 导入数据不是 UTF-8 文本
       *[other] 文件不是 UTF-8 文本
    }

error-file_empty = { $reason ->
        [import] 导入数据为空
       *[other] 文件中没有任何条目
    }

error-file_kind_unknown = 这不是 keystore、存款数据、BLS 变更或退出文件

error-json_syntax = { $reason ->
        [import] 导入数据既不是 beacon API 响应，也不是 ethdo 准备文件：{ $detail }（第 { $line } 行，第 { $column } 列）
       *[other] 文件不是 JSON：{ $detail }（第 { $line } 行，第 { $column } 列）
    }

error-json_duplicate_key = { $reason ->
        [keystore] 不是有效的 EIP-2335 keystore：文件在同一个对象中两次使用了键“{ $key }”
       *[other] 该 JSON 在同一个对象中两次使用了键“{ $key }”；其他工具只会读取最后一个，因此拒绝此文件
    }

error-json_not_array = 文件不是由条目组成的 JSON 数组

error-json_not_object = { $reason ->
        [exit_in_array] 文件是一个 JSON 数组；已签名的退出文件只包含一个退出对象（每个验证者一个文件）
        [keystore] 不是有效的 EIP-2335 keystore：文件不是 JSON 对象
        [proof_in_array] 文件是一个 JSON 数组；提款地址所有权证明只包含一个对象（每个验证者一个文件）
       *[other] 文件不是单个 JSON 对象
    }

## Entries of signed-message files (verification reports).

error-field_missing = 缺少 { $field }

error-field_type = { $reason ->
        [amount_not_gwei] { $field } 缺失，或不是以 gwei 为单位的整数
        [not_integer] { $field } 不是 JSON 整数
       *[other] { $field } 不是字符串
    }

error-credentials_prefix = { $reason ->
        [builder] { $field } 的前缀 { $prefix } 不是构建者前缀 0xb0
       *[other] { $field } 的前缀 { $prefix } 不是 0x00、0x01 或 0x02
    }

error-credentials_padding = { $reason ->
        [builder] 对于 0xb0 凭证，{ $field } 的第 1–11 字节必须为零
       *[other] 对于 0x01/0x02 凭证，{ $field } 的第 1–11 字节必须为零
    }

error-fork_version_mismatch = { $field } { $found } 不是 { $chain } 的创世分叉版本 { $expected }

error-network_name_mismatch = { $field }“{ $found }”不是 { $chain }

error-genesis_validators_root_mismatch = { $field } { $found } 不是 { $chain } 的创世验证者根

error-root_mismatch = { $reason ->
        [message_root] { $field } 与 pubkey、withdrawal_credentials 和 amount 不匹配
       *[other] { $field } 与该条目不匹配
    }

error-signature_invalid = { $message ->
        [deposit] { $field } 未通过 { $chain } 存款的验证
        [builder_deposit] { $field } 未通过 { $chain } 构建者存款的验证
        [bls_to_execution_change] { $field } 未通过 { $chain } BLS 变更的验证
        [bls_to_execution_change_keystore] { $field } 未能在 { $chain } 上作为验证者密钥 { $pubkey } 的提款地址所有权证明通过验证
        [bls_to_execution_change_keystore_mnemonic] { $field } 未能在 { $chain } 上针对助记词密钥索引 0 至 { $last } 的任何签名密钥通过验证
       *[voluntary_exit] { $field } 未能在 { $chain } 上针对验证者密钥 { $pubkey } 通过验证
    }

error-verify_chain_differs = 此文件声明其为 { $stated } 生成，但当前选择的是 { $selected }：其签名已按 { $selected } 的参数进行检查。请选择该文件所针对的链。

error-verify_address_differs = { $reason ->
        [no_address] 此条目使用 0x00（BLS）凭证，未指定任何执行层地址，而不是预期的地址 { $expected }
       *[other] 此条目将资金发送到 { $found }，而不是预期的地址 { $expected }
    }

## Validator imports and search.

error-import_too_large = 导入数据大小为 { $bytes } 字节；超过 { $limit_gib } GiB 的导入数据会被拒绝（主网完整的验证者列表约为 500 MB）

error-import_not_validators = { $reason ->
        [unknown_shape] 该 JSON 既没有“data”（beacon API validators 响应），也没有“validators”（ethdo 的 offline-preparation.json）
       *[other] 导入数据是 JSON，但不是对象或数组：既不是 beacon API 响应，也不是 ethdo 准备文件
    }

error-import_both_shapes = 该 JSON 同时包含“data”和“validators”；请只提供一个 beacon API 响应或一个 ethdo 文件

error-import_missing_field = ethdo 准备文件中缺少“{ $name }”

error-import_ethdo_version = 不支持 ethdo 准备文件版本“{ $version }”；支持的是版本“3”（ethdo 1.30 及更高版本）

error-import_domain_type = 该 ethdo 文件的 { $name } 为 { $found }，而不是共识规范中的 { $expected }；它不是为以太坊链生成的

error-import_csv_columns = CSV 第 { $line } 行有 { $columns } 列；每一行都必须为 validator_index,withdrawal_credentials

error-import_too_many_validators = 导入数据列出的验证者超过 { $limit } 个；主网也只有约 110 万个验证者，因此这不是验证者列表

error-validator_status_unknown = { $entry }：{ $name }“{ $text }”不是 beacon API 的验证者状态

error-import_source_conflict = { $given ->
        [0] 请选择导入文件、粘贴导入数据，或提供验证者列表
       *[other] 请只提供一种导入：文件、粘贴的文本或验证者列表
    }

error-search_too_many_matches = 导入数据中与此助记词的密钥匹配的验证者超过 { $limit } 个；真实的助记词不会在一个列表中控制这么多验证者。请只导入您自己的验证者（使用 beacon API 的 ?id= 筛选），或减少扫描的密钥索引

## Handing signing keys to a signer.

error-hand_off_no_keystores = 请选择要交付的签名用 keystore
error-hand_off_withdrawal_key = 此 keystore 包含提款密钥 { $path }；提款密钥保持离线，绝不交给验证者客户端或签名器。请交付签名用的 keystore（m/12381/3600/i/0/0）
error-hand_off_duplicate_key = 第 { $first } 个和第 { $second } 个 keystore 包含相同的密钥；一个密钥只能导入一次
error-hand_off_passwords_not_acknowledged = 此文件以明文形式包含 keystore 密码：请在生成之前确认您了解这一点
error-signer_host_invalid = “{ $host }”不是主机名或 IP 地址；输入时请不要带 https://、端口或路径
error-signer_port_invalid = “{ $port }”不是端口：应为 1 到 65535 之间的整数
error-signer_path_invalid = “{ $value }”不能作为存储路径：只能使用字母、数字和 - _ . /，不能包含空格、".." 或空段
error-aws_region_invalid = “{ $region }”不是 AWS 区域名称（例如 eu-central-1）

## The wallet's own checks.

error-internal_error = { $reason ->
        [keystore_self_check] 内部检查失败：验证者 { $index } 的 keystore 解密后未得到原密钥；未写入任何内容
        [seed_too_short] 种子为 { $bytes } 字节；EIP-2333 至少需要 32 字节
       *[other] 内部检查失败，未写入任何内容：{ $problem }
    }

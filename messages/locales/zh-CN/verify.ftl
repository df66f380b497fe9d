verify-title = 验证文件
verify-file-label = 存款数据、BLS 变更、退出或 keystore 文件（任何工具生成的均可）

## What the chosen file is

verify-kind-keystore = keystore 文件：请输入其密码进行检查。
verify-kind-deposit-data = 存款数据。
verify-kind-bls-changes = BLS-to-execution change。
verify-kind-exit = 已签名的自愿退出。

## The form

verify-password-label = keystore 密码
verify-exit-pubkey-label = 验证者的签名公钥（0x…）
verify-expected-address-label = 预期的提款地址（可选，校验和格式）：每个条目都必须将资金发送到该地址
verify-key-count-label = 要与文件比对的助记词密钥索引数量（从 0 开始）
verify-no-mnemonic = 请先加载您的助记词，以查看每个条目使用的是其中哪个密钥。
verify-check = 检查

## A keystore opened

verify-keystore-ok = ✓ 该密码可以打开此 keystore：公钥 { $pubkey }，路径 { $path }
verify-keystore-path-signing = { $path }（验证者密钥索引 { $index } 的签名密钥）
verify-keystore-path-withdrawal = { $path }（验证者密钥索引 { $index } 的提款密钥）
verify-keystore-path-none = 未提供
verify-keystore-path-other = { $path }（不是 EIP-2334 验证者密钥路径）

## Where the funds go

verify-destinations-title = 资金去向
verify-no-address-deposit = 没有执行层地址：这些存款使用 0x00（BLS）凭证，因此在任何提款之前都必须先进行 BLS-to-execution change。
verify-no-address = 无法从此文件中读取执行层地址。
verify-address-differs = ✗ 不是预期的地址
verify-execution-address-label = 执行层地址

## The network the file names

verify-network-none = 此文件未指明网络（退出文件和 ethdo 的变更文件不包含网络信息）；其签名已按 { $chain } 进行验证。
verify-network-named = 此文件指明的网络为 { $networks }；其签名已按 { $chain } 进行验证。
verify-networks-join = { $first } 和 { $second }
verify-network-described = { $chain }（{ $values }）
verify-network-no-builtin-chain = 无对应的内置链

## Each entry

verify-entry-valid = 条目 { $number }：✓ 有效
verify-entry-invalid = 条目 { $number }：✗ { $problems }
verify-your-mnemonic = 您的助记词
verify-validator-pubkey = 验证者公钥
verify-validator-pubkey-label = 验证者公钥
verify-withdrawal-credentials = 提款凭证
verify-amount = 金额
verify-amount-value = { $amount }（存款合约中为 { $gwei } gwei）
verify-signature = 签名
verify-validator-index = 验证者索引
verify-from-bls-key = 原提款密钥（BLS）
verify-bls-pubkey-label = BLS 提款公钥
verify-to-address = 目标执行层地址
verify-epoch = Epoch（自此生效）
verify-checked-pubkey = 比对所用的签名公钥
verify-signing-pubkey-label = 签名公钥
verify-unreadable = 无法读取

## Withdrawal credentials

verify-credentials-bls = { $prefix } — BLS 提款密钥：尚无执行层地址（由 BLS-to-execution change 设置）
verify-credentials-execution = { $prefix } — 执行层地址
verify-credentials-compounding = { $prefix } — 复利，提款至执行层地址
verify-credentials-unknown = { $prefix } — 共识规范未定义的前缀
verify-credentials-all-bytes = 全部 32 字节
verify-credentials-label = 提款凭证

## Signatures

verify-signature-valid = ✓ 在所选链上验证通过
verify-signature-invalid = ✗ 在所选链上验证未通过
verify-signature-not-checked = 未检查（见上方问题）

## Keys of the loaded mnemonic

verify-key-match-found = { $key ->
        [signing] 签名密钥
       *[withdrawal] 提款密钥
    }：您的助记词的密钥索引 { $index }
verify-key-match-none = { $key ->
        [signing] 签名密钥
       *[withdrawal] 提款密钥
    }：不是来自您的助记词（已检查前 { $count } 个密钥索引）

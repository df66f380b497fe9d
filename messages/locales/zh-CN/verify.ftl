verify-title = 验证文件
verify-file-label = 存款数据、BLS 变更、退出、所有权证明、提款或合并请求或 keystore 文件（任何工具生成的均可）

## What the chosen file is

verify-kind-keystore = keystore 文件：请输入其密码进行检查。
verify-kind-deposit-data = 存款数据。
verify-kind-builder-deposit-data = 构建者存款数据。
verify-kind-bls-changes = BLS-to-execution change。
verify-kind-exit = 已签名的自愿退出。
verify-kind-ownership-proof = 提款地址所有权证明（deposit-cli 的 BLS-to-execution change keystore 签名）。
verify-kind-execution-request = 提款或合并请求：由提款地址的钱包发送的交易（EIP-7002、EIP-7251）。

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
verify-credentials-builder = { $prefix } — 构建者，提款至执行层地址
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

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = 验证者的签名公钥（0x…）；留空则尝试您助记词的签名密钥
verify-signer-keystore-label = 或验证者的 keystore 文件：只读取其中声明的公钥（无需密码）
verify-signer-keystore-read = ✓ 已读取 { $name }：将用其公钥核对该条目
verify-destinations-proof = 此证明指明的地址
verify-proof-not-consensus = 这不是共识消息：链上不会发生任何变化，任何信标节点都不会接受它。
verify-request-action = 请求内容
verify-request-action-full-exit = 验证者完全退出：提取其全部余额
verify-request-action-partial-withdrawal = 从 0x02 验证者部分提款
verify-request-action-switch-to-compounding = 将验证者切换为 0x02（复利）凭证
verify-request-action-consolidation = 合并：源验证者退出，其余额转入目标验证者
verify-request-chain-id = 链 ID
verify-request-from = 须从此地址发送（提款地址）
verify-request-to = 发送至系统合约
verify-request-to-label = 合约地址
verify-request-value = 附加金额（合约费用）
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = 源验证者公钥
verify-request-target-pubkey = 目标验证者公钥
verify-request-amount = 提取金额
verify-request-amount-value = { $amount }（{ $gwei } gwei）
verify-no-address-consolidation = 没有资金转入任何地址：合并会将源验证者的余额转入目标验证者，切换为 0x02 则不转移任何资金。
verify-network-request = 已按 { $chain } 的链 ID 和请求合约进行核对。该文件不含签名：交易由提款地址的钱包在发送时签名。

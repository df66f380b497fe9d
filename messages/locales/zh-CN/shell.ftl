app-title = withdrawal-wallet
language-picker-label = 页面语言
tagline = 以太坊验证者的离线密钥工具。您输入的任何内容都不会离开此页面。
online-banner = 您似乎处于联网状态——请在输入助记词之前断开网络连接。
offline-banner = 离线 ✓
loaded-from = 加载自
chain-label = 链：
chain-not-chosen = 尚未选择
chain-custom = { $name }（自定义）
chain-custom-incomplete = 自定义（未填写完整）
mnemonic-loaded = { $passphrase ->
        [yes] 已加载助记词（{ $wordlist } 词表，含密码短语）
       *[no] 已加载助记词（{ $wordlist } 词表）
    }
clear = 清除
back-to-tasks = ← 全部任务

## The start screen

start-title = 您要做什么？
tools-title = 单项工具
tools-hint = 适合熟悉操作步骤的用户：不经向导，单独使用每个工具。
tool-create-mnemonic = 创建新助记词
tool-create-mnemonic-detail = 生成 24 个新单词，抄写后再输入一遍进行核对
tool-use-mnemonic = 使用已有助记词
tool-use-mnemonic-detail = 逐词检查；缩写自动补全为完整单词
tool-validator-keys = 生成验证者密钥
tool-validator-keys-detail = keystore 与存款数据（deposit data）
tool-withdrawal-address = 设置提款地址
tool-withdrawal-address-detail = 适用于 0x00 验证者的 BLS-to-execution change
tool-ownership-proof = 证明提款地址所有权
tool-ownership-proof-detail = 部分运营方要求的签名声明；链上不会发生任何变化
tool-exits = 预签名退出
tool-exits-detail = 使用助记词或 keystore
tool-verify-files = 验证文件
tool-verify-files-detail = 任何工具生成的存款、BLS 变更、退出或 keystore 文件
tool-find-validators = 查找我的验证者
tool-find-validators-detail = 导入信标链的验证者列表；批量签署地址变更和退出
tool-hand-off = 将密钥交给签名器
tool-hand-off-detail = keymanager API 导入、Web3Signer 配置、Vault 和 AWS 上传包
tool-lookup = 查询提款密钥
tool-lookup-detail = 某个密钥索引的提款公钥和 0x00 凭证
tool-top-up = 为验证者追加存款
tool-top-up-detail = 向现有的 0x01 或 0x02 验证者存款，使用其 keystore 或助记词
tool-builder-deposits = 构建者存款
tool-builder-deposits-detail = 构建者密钥、keystore 和存款（EIP-8282）
tool-execution-requests = 从提款地址退出、提款或合并
tool-execution-requests-detail = 面向 0x01 和 0x02 验证者的交易（EIP-7002、EIP-7251），从您自己的钱包发送

## Journeys

journey-withdrawal-address = 设置我的提款地址
journey-withdrawal-address-detail = 我的验证者使用 0x00 凭证：签署 BLS-to-execution change，使奖励和退出的资金支付到我的地址。
journey-new-validators = 为新验证者生成密钥
journey-new-validators-detail = 供验证者客户端使用的 keystore，以及供 Launchpad 使用的存款数据。
journey-exits = 退出验证者
journey-exits-detail = 使用我的助记词或 keystore 预签名自愿退出（voluntary exit），在我决定时再广播。
journey-check-file = 检查文件
journey-check-file-detail = 查看存款、BLS 变更、退出或 keystore 文件的内容，以及它是否有效。

stepper-label = { $journey }：步骤
step-your-mnemonic = 您的助记词
step-your-validators = 您的验证者
step-chain-address-amounts = 链、地址和金额
step-mnemonic-or-keystore = 助记词或 keystore
step-validators-and-epoch = 验证者和 epoch
step-review-and-sign = 核对并签名
step-files-and-next-steps = 文件和后续步骤
step-the-file = 文件
step-what-it-says = 文件内容

## What a long job is doing

phase-deriving = 正在派生密钥
phase-keystores = 验证者密钥
phase-signing = 正在签名
phase-verifying = 正在验证
phase-reading-import = 正在读取导入数据（验证者）
phase-decrypting = 正在打开 keystore

keystore-reading = 正在读取 { $name }…
keystore-read = ✓ 已读取 { $name }

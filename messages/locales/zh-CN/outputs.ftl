## Signing review: what will be signed, shown before every sign button

review-what-bls-changes = BLS-to-execution change
review-what-deposits = 新验证者的存款
review-what-exits = 自愿退出
review-title = 核对：将要签名的内容（{ $what }）
review-signed-title = 已签名：{ $what }
review-summary-label = 已签名的内容
review-chain = 链
review-fork-version = 创世分叉版本
review-root = 创世验证者根
review-root-label = 创世验证者根
review-address = 目标地址
review-address-label = 目标地址
review-amount = 每个验证者的金额
review-epoch = 生效 epoch
review-validators = 验证者
review-count-bls-changes = { $count } 个 BLS-to-execution change
review-count-deposits = { $count } 笔新验证者存款
review-count-exits = { $count } 个自愿退出
review-count = { $count } 项 { $what }
review-column-validator = 验证者
review-column-key-index = 密钥索引
review-column-check = 检查
review-pubkey-from-bls = 原 BLS 公钥（提款密钥）
review-pubkey-signing = 签名公钥
review-pubkey-label = 公钥
review-row-new = 新
review-row-keystore = keystore
review-confirm-ending = 请输入目标地址的最后 { $count } 个字符以确认
review-confirm-each = 逐项确认
review-tick-chain = 链为 { $chain }
review-tick-address = 目标地址属于我，且已在另一台设备上核对
review-tick-validators = 这些是我的验证者（{ $count } 个）
review-tick-amount = 每个 { $amount }
review-tick-epoch = 自 epoch { $epoch } 起生效
review-blocked = 在上方所有验证者均通过检查之前，无法签名。

## Hex values and their Copy button

hex-copy = 复制
hex-copied = 已复制
hex-copy-label = 复制{ $label }

## QR codes, files and long jobs

qr-too-long = 内容过长，一个二维码无法容纳：{ $detail }
files-read-failed = 浏览器无法读取该文件
files-download-failed = 浏览器无法提供该文件的下载
jobs-worker-refused = 浏览器拒绝启动 Web Worker
jobs-module-not-sent = 无法将 wasm 模块发送给 worker
jobs-job-not-sent = 无法将任务发送给 worker
job-progress = { $phase }：{ $count }，{ $elapsed } 秒
job-progress-eta = { $phase }：{ $count }，{ $elapsed } 秒，约剩 { $eta } 秒
job-progress-done = { $done }
job-progress-of = { $done } / { $total }
job-progress-percent = { $percent }%
job-cancel = 取消
job-cancelled = 已取消。未生成任何内容。

## Next steps: what to do with each file made

next-steps-title = 后续步骤
next-deposit-title = 存款数据：先上传，再存款
next-deposit-copy = 将 { $file } 复制到您用于存款的电脑上（其中不含任何机密信息）。
next-deposit-open = 打开 { $page }，上传该文件，并核对每个公钥、提款凭证和金额是否与上方摘要一致。
next-deposit-upload = 在 { $chain } 的存款页面上传该文件，并将每个公钥、提款凭证和金额与上方摘要进行核对。
next-deposit-sign = 在该页面上用持有资金的钱包签署存款交易。存款无法撤销。
next-deposit-start = 请在存款被处理之前用 keystore 启动验证者，以免错过任何职责。
next-keystores-title = Keystore：导入到您的验证者客户端或远程签名器
next-keystores-copy = 将 { $count } 个 keystore 文件（或 zip 压缩包）复制到验证者机器上。密码在那台机器上输入，切勿与文件存放在一起。
next-keystores-import = 导入示例：
next-keystores-web3signer = Web3Signer：在点击“全部下载”之前，勾选“包含 Web3Signer 密钥配置”；生成的 { $files } 文件分别指向每个 keystore 及其密码文件。
next-keystores-one-machine = 每个密钥只能在一台机器上运行：同一密钥在两台机器上运行会被罚没（slashing）。
next-bls-change-title = BLS-to-execution change：只广播一次
next-bls-change-copy = 将 { $file } 复制到一台联网的电脑上（其中不含任何机密信息）。
next-bls-change-send = 将其发送到您的信标节点：
next-bls-change-explorer = 或将其粘贴到区块浏览器的广播页面（主网为 { $page }）。
next-bls-change-after = 几天之内，验证者的凭证将变为 { $prefix } 后接您的地址；此后提款将发送到该地址。此变更无法撤销。
next-ethdo-title = ethdo 的 { $file }：相同的变更，供 ethdo 使用
next-ethdo-broadcast = 如果您在联网环境中使用 ethdo，请改用它进行广播，而不是使用上面的文件（两者只能选其一）：
next-exits-title = 自愿退出：妥善保管，直到您决定退出
next-exits-store = 请妥善保管这 { $count } 个退出文件：任何持有文件的人都可以让对应的验证者退出，且退出无法撤销。
next-exits-send = 如需退出，请将其中一个文件发送到信标节点：
next-exits-explorer = 或将其粘贴到区块浏览器的广播页面。在退出完成之前，验证者仍需履行其职责。
next-never-title = 绝不离开这台离线电脑的内容
next-never-text = 您的助记词及其密码短语。切勿在其他任何地方输入；keystore 密码只在运行密钥的机器上输入。
next-print = 打印这些步骤

## Shared form pieces

common-chain-label = 链
common-chain-choose = 选择链…
common-chain-custom = 自定义链…
common-custom-name-label = 链名称
common-custom-genesis-fork-label = 创世分叉版本
common-custom-capella-fork-label = Capella 分叉版本
common-custom-root-label = 创世验证者根（BLS 变更和退出需要）
common-files-verified = ✓ 下方的每个文件在提供之前都已经过验证（签名、根、keystore 解密）。
common-download = 下载
common-web3signer = 包含 Web3Signer 密钥配置（{ $files }，类型 { $kind }）
common-download-all = 全部下载（{ $file }）
common-show-qr = 供手机扫描的二维码
common-qr-caption = { $file }，第 { $number } 条消息，共 { $total } 条
common-qr-label = 二维码：{ $file }，第 { $number } 条消息，共 { $total } 条
common-qr-too-long = { $file }，第 { $number } 条消息，共 { $total } 条：内容过长，一个二维码无法容纳
common-public-ack = 我知道这些密钥是公开的，但仍要为此链生成文件
common-needs-mnemonic = 此步骤需要使用您的助记词。请先创建新助记词，或输入您已有的助记词。
common-needs-use = 输入我的助记词
common-needs-create = 创建新助记词

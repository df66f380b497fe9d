## Look up a withdrawal key

lookup-title = 密钥索引对应的提款密钥
lookup-hint = 显示您的助记词在密钥索引 i 处的提款公钥（{ $path }）及其对应的 0x00 提款凭证，便于您与信标链上显示的内容进行比对。
lookup-index-label = 密钥索引
lookup-show = 显示其密钥
lookup-withdrawal-path = 提款密钥路径
lookup-withdrawal-pubkey = 提款公钥
lookup-credentials = 0x00 提款凭证
lookup-signing = 签名密钥路径和公钥
lookup-copy-withdrawal-pubkey = 提款公钥
lookup-copy-credentials = 提款凭证
lookup-copy-signing-pubkey = 签名公钥

## Find my validators

find-title = 查找我的验证者
find-hint = 以下列任一形式导入信标链的数据，钱包即可找出您助记词的密钥所控制的验证者。导入数据最多读取 1 GiB（主网完整列表约 500 MB）。
find-hint-beacon-api = beacon API 对以下请求的响应：
find-hint-ethdo = ethdo 的文件：
find-hint-csv = 包含以下列的 CSV：
find-key-count-label = 要扫描的密钥索引数量，从 0 开始（ethdo 扫描 1,024 个）
find-submit = 查找我的验证者
find-summary = { $format }：读取了 { $read } 个验证者，其中 { $found } 个由此助记词的密钥索引 { $first }–{ $last } 控制。
find-format-beacon-api = beacon API validators 响应
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = 列表

## The import

find-import-file-label = 导入文件
find-import-file-name = { $name }（{ $size } MB）
find-import-text-label = …或粘贴到这里

## The validators found

find-column-sign = 签名
find-column-validator = 验证者
find-column-key-index = 密钥索引
find-column-status = 状态
find-column-credentials = 提款凭证
find-column-found-by = 匹配依据
find-column-change = 地址变更
find-select-validator = 为验证者 { $validator } 签名
find-found-by-both = 凭证和公钥
find-found-by-credentials = 提款凭证
find-found-by-pubkey = 签名公钥
find-change-possible = 0x00：可以变更
find-change-other-key = 其他提款密钥的 0x00：不属于此助记词
find-change-already = 已是 { $prefix }

## Signing for the validators found

find-bls-warning = BLS 变更只能上链一次，且无法撤销。请在另一台设备上核对地址。
find-address-label = 新的执行层（提款）地址，须为 EIP-55 校验和格式
find-address-again-label = 再次输入同一地址
find-with-exits = 同时为所选验证者预签名自愿退出
find-exit-epoch-label = 退出 epoch
find-review = 核对将要签名的内容
find-sign = 为所选验证者签名
find-error-none-selected = 请至少选择一个此助记词可以签名的验证者
find-error-address-twice = 请将新地址输入两次

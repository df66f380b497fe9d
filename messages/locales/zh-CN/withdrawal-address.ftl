bls-change-title = 设置提款地址（BLS-to-execution change）
bls-change-warning = BLS 变更只能上链一次，且无法撤销。请在另一台设备上核对地址。
bls-change-validators-legend = 信标链所记录的您的验证者
bls-change-find-hint = 您是否有信标链的验证者列表（beacon API 的 validators，或 ethdo 的 { $file }）？
bls-change-find = 从列表中查找
bls-change-start-index-label = 下方第一个验证者的密钥索引
bls-change-validator-indices-label = 验证者索引（信标链），以逗号或换行分隔
bls-change-credentials-label = 它们当前的提款凭证（0x00…），顺序相同
bls-change-derive-credentials = 填入我的助记词在这些密钥索引下得出的凭证
bls-change-address-label = 新的执行层（提款）地址，须为 EIP-55 校验和格式
bls-change-address-again-label = 再次输入同一地址
bls-change-review = 核对将要签名的内容
bls-change-sign = 签署 BLS-to-execution change

## Ownership proof

proof-title = 证明提款地址所有权
proof-not-consensus = 这不是发送到链上的消息：签名后链上不会发生任何变化，信标节点和 Launchpad 都不会接受它。一些运营方会要求提供它，以便质押者证明自己控制验证者的签名密钥，并指明一个地址。
proof-what = 该文件以验证者签名密钥的签名声明：该验证者的提款应发送到下方地址。例如，丢失了 0x00 凭证对应的助记词、但仍持有签名 keystore 的质押者会被要求提供它。
proof-reference = deposit-cli 用以下命令生成相同的文件：
proof-source-legend = 签名方式
proof-source-keystore = 验证者的 keystore 文件及其密码
proof-source-mnemonic = 我的助记词（验证者的密钥索引）
proof-keystore-file-label = 验证者的 keystore 文件
proof-keystore-password-label = keystore 密码
proof-key-index-label = 验证者签名密钥的密钥索引
proof-validator-pubkey-label = 验证者公钥（推荐填写：填写后，签名密钥必须属于该验证者）
proof-validator-index-label = 验证者索引（信标链）
proof-address-label = 证明中指明的提款地址，须为 EIP-55 校验和格式
proof-address-again-label = 再次输入同一地址
proof-review = 核对将要签名的内容
proof-sign = 签署证明
review-what-ownership-proof = 提款地址所有权证明
review-count-ownership-proof = { $count } 份提款地址所有权证明
next-proof-title = 提款地址所有权证明：交给要求提供它的一方
next-proof-copy = 将 { $file } 复制到一台联网的电脑上（其中不含任何机密信息）。
next-proof-send = 按对方要求的方式，将该文件（或其签名）发送给要求提供它的运营方或流程。无需广播：信标节点和 Launchpad 都不会接受它。
next-proof-nothing-on-chain = 它本身在链上不证明任何事情，也不会更改任何提款凭证：0x00 验证者的地址只能通过用其提款密钥签名的 BLS-to-execution change 来设置。

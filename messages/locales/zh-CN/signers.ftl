hand-off-title = 将密钥交给签名器
hand-off-hint = 仅适用于签名用的 keystore。助记词和提款密钥绝不交给节点或签名器：请离线保管。
hand-off-keystores-label = 签名用的 keystore（一个或多个文件）
hand-off-keystores-read = 已读取 { $count } 个 keystore
hand-off-from-keys = 已载入您刚刚生成的 keystore。
hand-off-password-label = 这些 keystore 的密码
hand-off-destination-legend = 密钥的去向
hand-off-keymanager = 验证者客户端或 Web3Signer，通过 keymanager API（一个导入文件）
hand-off-web3signer = Web3Signer，从其自身磁盘读取 keystore
hand-off-vault = Web3Signer 配合 HashiCorp Vault（上传包）
hand-off-aws = Web3Signer 配合 AWS Secrets Manager（上传包）
hand-off-vault-host-label = Vault 服务器主机（不含 https://，不含端口）
hand-off-vault-port-label = Vault 服务器端口
hand-off-vault-tls = Web3Signer 通过 TLS 连接 Vault
hand-off-vault-mount-label = KV v2 挂载点
hand-off-vault-folder-label = 挂载点下的文件夹（每个密钥存为“文件夹/公钥”）
hand-off-aws-region-label = AWS 区域
hand-off-aws-prefix-label = Secret 名称前缀（每个密钥的名称为“前缀 + 公钥”）
hand-off-aws-access-key = 在每个配置中写入访问密钥占位符（否则 Web3Signer 使用其主机自身的 AWS 凭证）
hand-off-review = 核对密钥的去向
hand-off-review-title = { $chain } 的 { $count } 个签名密钥
hand-off-column-pubkey = 签名公钥
hand-off-column-path = 路径
hand-off-column-stored-as = 存储名称
hand-off-passwords-warning = 此文件以明文形式保存 keystore 密码，并与 keystore 放在一起。任何读到它的人都可以用这些密钥签名。
hand-off-passwords-ack = 我了解此文件包含 keystore 密码；我只会将它移到验证者主机上，并在导入后将其删除
hand-off-make = 生成文件
hand-off-never-signed = 仅适用于从未签过名的密钥：防罚没（slashing protection）历史为空。切勿在两个地方运行同一密钥。

## Next steps of each hand-off.

next-keymanager-title = 通过 keymanager API 导入
next-keymanager-text = 将导入文件复制到能访问您的验证者客户端（或 Web3Signer）keymanager API 的机器上，然后使用您的 API 令牌和端口发送：
next-keymanager-check = 响应 data 中的每个条目都应为 "imported"（或 "duplicate"）。然后删除该文件：其中包含密码。
next-web3signer-title = 在 Web3Signer 中加载密钥
next-web3signer-text = 将 keystore 和这些配置复制到签名器主机；在每个 keystore 旁写入其密码文件（{ $files }）；修正路径；以 --key-store-path 指向配置所在文件夹启动 Web3Signer，并检查 /api/v1/eth2/publicKeys。
next-upload-title = 从联网机器上传密钥
next-upload-text = 将 { $file } 复制到能访问该存储的联网机器上，登录其 CLI，解压，然后运行：
next-upload-run = 试运行（dry run）会用您的密码检查每个 keystore 并打印每条命令；第二次运行会存储这些机密。然后替换 web3signer/*.yaml 中的占位符，并将这些文件交给 Web3Signer。

## Key budget plan on the keys page.

budget-plan-title = 计划：从 { $mnemonics } 个助记词生成 { $count } 个密钥
budget-plan-mnemonic = 助记词
budget-plan-indices = 密钥索引
budget-plan-label = 包名称
budget-plan-in-use = 当前使用的
budget-plan-new = 新建
budget-plan-first = 现在只生成第一批
keys-hand-off = 将这些 keystore 交给签名器

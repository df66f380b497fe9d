## Execution-layer requests

exec-title = 从提款地址退出、提款或合并
exec-intro = 自 Pectra 升级起，拥有 0x01 或 0x02 提款凭证的验证者可以通过从其提款地址发出的交易来退出、部分提款或合并（EIP-7002、EIP-7251）。本钱包不持有任何执行层密钥：它只准备每笔交易，由提款地址自己的钱包签名并发送。
exec-no-secret = 此界面不涉及任何机密：无需助记词、密钥库文件或密码。
exec-validators-legend = 您的验证者
exec-validators-hint = 粘贴或载入信标链显示的您的验证者信息：每个验证者的索引、公钥和当前提款凭证。请只查询您自己的验证者（使用 ?id= 过滤），并采用以下任一形式：
exec-validators-count = { $count ->
        [0] 尚未载入验证者。
       *[other] 已载入 { $count } 个验证者。
    }
exec-validators-from-find = { $count ->
       *[other] 下方列出了来自“查找我的验证者”的 { $count } 个验证者。粘贴或载入另一份列表即可替换。
    }
exec-requests-legend = 请求
exec-requests-hint = 为每个验证者选择要发出的请求。部分提款仅适用于 0x02 验证者，提取余额中超过 32 ETH 的一部分；合并的目标必须是列表中具有 0x02 凭证的验证者之一。
exec-action-all-label = 所有验证者的请求
exec-action-label = 验证者 { $validator } 的请求
exec-action-none = 不发请求
exec-action-full-exit = 完全退出
exec-action-partial = 部分提款（仅 0x02）
exec-action-switch = 切换为 0x02（复利）
exec-action-consolidate = 合并到另一个验证者
exec-amount-label = 从验证者 { $validator } 提取的金额（{ $currency }）
exec-target-label = 验证者 { $validator } 合并的目标
exec-target-choose = 选择目标验证者
exec-error-no-target = 请选择要合并到的验证者
exec-error-no-action = 请至少为一个验证者选择请求
exec-allow-other-target = 允许目标使用另一个提款地址（此时来源的余额将归该地址所有）
exec-column-pubkey = 公钥
exec-column-request = 请求

## The value to attach

exec-value-legend = 每笔交易附带的金额（合约的费用）
exec-value-withdrawal-label = 每个退出或提款请求附带的 wei
exec-value-consolidation-label = 每个合并请求附带的 wei
exec-fee-contract = 合约：
exec-fee-command = 例如，使用 Foundry 的 cast 和该链的执行节点（返回值为以 wei 计的费用，十六进制）：
exec-review = 检查交易

## The review

exec-review-title = 检查交易
exec-review-chain-id = 链 ID
exec-review-contract-withdrawal = 提款请求合约（EIP-7002）
exec-review-contract-consolidation = 合并请求合约（EIP-7251）
exec-review-value = 每笔交易附带的金额
exec-review-value-amount = { $wei } wei（{ $coins } { $coin }）
exec-review-from = 发送地址（提款地址）
exec-review-count = { $count ->
       *[other] { $count } 笔交易
    }
exec-request-full-exit = 完全退出；停止验证，全部余额被提取
exec-request-partial = 部分提款 { $amount }
exec-request-switch = 切换为 0x02（复利）凭证
exec-request-consolidate = 合并到验证者 { $target }；该验证者退出，余额转入目标
exec-tick-chain = 链为 { $chain }，链 ID 为 { $chain_id }
exec-tick-value = 发往{ $contract }的每笔交易附带 { $wei } wei，不少于我读取到的费用
exec-tick-from = 我将从验证者的提款地址 { $address } 发送
exec-tick-request = 验证者 { $validator }：{ $request }
exec-review-blocked = 部分请求无法创建（请查看各自的原因）；请在上方修改。
exec-create = 创建交易文件

## The transactions made

exec-summary-title = 已准备的交易
exec-requests-title = 每笔交易
exec-output-from = 发送地址
exec-output-uri = 其 EIP-681 URI，适用于能打开 ethereum: 链接的钱包：
exec-output-uri-name = EIP-681 URI
exec-fee-query-name = JSON-RPC 请求
exec-output-qr-label = 验证者 { $validator } 交易的二维码
exec-notices-title = 发送之前
exec-notice-fee_read_by_empty_call = 费用由合约在交易执行时确定：请用下方的请求（空 calldata 的 eth_call）读取，附带金额至少为该值。
exec-notice-overpayment_not_refunded = 超出费用的金额由合约保留，不予退还；低于费用则交易失败。
exec-notice-send_from_withdrawal_address = 每笔交易都必须从其指明的地址发送：从其他任何地址发送，链都会忽略该请求，费用也会损失。
exec-notice-chain_checks_when_processed = 本钱包离线无法得知的情况（验证者已激活多久、待处理的提款、队列、余额）仍由链来检查；未通过检查的请求会被忽略，费用不予退还。
exec-notice-consolidation_exits_source = 合并的来源验证者会退出：一旦其余额转入目标，它就停止验证。
exec-next-title = 从提款地址签名并发送
exec-next-fee = 发送前一刻先检查费用：将此 JSON-RPC 请求发送到该链的执行节点。
exec-next-fee-result = 结果是以 wei 计的费用，十六进制。若高于文件中的金额，请用更高的金额重新创建文件。
exec-next-send = 打开持有提款地址的钱包（硬件钱包、Safe、联网电脑上的钱包），从中发送每笔交易：to、value 和 data 与文件完全一致，或打开其 URI、扫描其二维码。地址：
exec-next-check = 签名前，请确认钱包显示了文件中的合约、金额和 data：丢弃 data 的钱包只会发送金额，合约会拒绝它。
exec-next-chain = 之后，合约将请求排入队列，信标链会在几个时段（epoch）内处理。完全退出先在退出队列中等待，然后提取全部余额；部分提款支付到提款地址；切换会把凭证改为 0x02；合并会把来源的余额转给目标。请在信标链浏览器上关注该验证者。

## On "Find my validators"

exec-offer = { $count ->
       *[other] 找到的验证者中有 { $count } 个拥有 0x01 或 0x02 凭证：其提款地址可以让它们退出、从中提款或将它们合并。
    }
exec-offer-button = 退出、提款或合并这些验证者

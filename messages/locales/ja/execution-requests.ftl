## Execution-layer requests

exec-title = 引き出しアドレスから退出・引き出し・統合
exec-intro = Pectra アップグレード以降、0x01 または 0x02 の引き出し認証情報を持つバリデーターは、その引き出しアドレスからのトランザクションで退出、部分引き出し、統合ができます（EIP-7002、EIP-7251）。このウォレットは実行レイヤーの鍵を持ちません。各トランザクションを準備し、引き出しアドレス自身のウォレットがそれに署名して送信します。
exec-no-secret = この画面に秘密情報はありません。ニーモニック、キーストア、パスワードは不要です。
exec-validators-legend = あなたのバリデーター
exec-validators-hint = ビーコンチェーンに表示されているあなたのバリデーターの情報（それぞれのインデックス、公開鍵、現在の引き出し認証情報）を貼り付けるか読み込んでください。自分のバリデーターだけを（?id= フィルターで）取得し、次のいずれかの形式で指定してください：
exec-validators-count = { $count ->
        [0] まだバリデーターが読み込まれていません。
       *[other] { $count } 件のバリデーターを読み込みました。
    }
exec-validators-from-find = { $count ->
       *[other] 「自分のバリデーターを検索」からの { $count } 件のバリデーターを下に表示しています。置き換えるには、別のリストを貼り付けるか読み込んでください。
    }
exec-requests-legend = リクエスト
exec-requests-hint = 各バリデーターについて何をリクエストするかを選んでください。部分引き出しは 0x02 のバリデーター専用で、32 ETH を超える残高の一部を引き出します。統合先は、一覧にある 0x02 認証情報のバリデーターでなければなりません。
exec-action-all-label = すべてのバリデーターへのリクエスト
exec-action-label = バリデーター { $validator } へのリクエスト
exec-action-none = リクエストなし
exec-action-full-exit = 完全な退出
exec-action-partial = 部分引き出し（0x02 のみ）
exec-action-switch = 0x02 に切り替え（コンパウンディング）
exec-action-consolidate = 別のバリデーターに統合
exec-amount-label = バリデーター { $validator } から引き出す金額（{ $currency }）
exec-target-label = バリデーター { $validator } の統合先
exec-target-choose = 統合先のバリデーターを選択
exec-error-no-target = 統合先のバリデーターを選んでください
exec-error-no-action = 少なくとも 1 つのバリデーターについてリクエストを選んでください
exec-allow-other-target = 別の引き出しアドレスを持つ統合先を許可する（その場合、統合元の残高はそのアドレスのものになります）
exec-column-pubkey = 公開鍵
exec-column-request = リクエスト

## The value to attach

exec-value-legend = 各トランザクションに添付する値（コントラクトの手数料）
exec-value-withdrawal-label = 各退出・引き出しリクエストに添付する wei
exec-value-consolidation-label = 各統合リクエストに添付する wei
exec-fee-contract = コントラクト：
exec-fee-command = 例えば、Foundry の cast とこのチェーンの実行ノードを使う場合（応答は手数料を wei で表した 16 進数です）：
exec-review = トランザクションを確認

## The review

exec-review-title = トランザクションを確認
exec-review-chain-id = チェーン ID
exec-review-contract-withdrawal = 引き出しリクエストのコントラクト（EIP-7002）
exec-review-contract-consolidation = 統合リクエストのコントラクト（EIP-7251）
exec-review-value = 各トランザクションに添付する値
exec-review-value-amount = { $wei } wei（{ $coins } { $coin }）
exec-review-from = 送信元（引き出しアドレス）
exec-review-count = { $count ->
       *[other] { $count } 件のトランザクション
    }
exec-request-full-exit = 完全な退出。検証を停止し、残高全額が引き出されます
exec-request-partial = { $amount } の部分引き出し
exec-request-switch = 0x02（コンパウンディング）認証情報への切り替え
exec-request-consolidate = バリデーター { $target } への統合。退出し、残高はそちらに移ります
exec-tick-chain = チェーンは { $chain }、チェーン ID は { $chain_id } です
exec-tick-value = { $contract } への各トランザクションに { $wei } wei を添付します。これは読み取った手数料以上です
exec-tick-from = バリデーターの引き出しアドレスである { $address } から送信します
exec-tick-request = バリデーター { $validator }：{ $request }
exec-review-blocked = 作成できないリクエストがあります（それぞれの理由を確認してください）。上で変更してください。
exec-create = トランザクションファイルを作成

## The transactions made

exec-summary-title = 準備したトランザクション
exec-requests-title = 各トランザクション
exec-output-from = 送信元
exec-output-uri = ethereum: リンクを開けるウォレット向けの EIP-681 URI：
exec-output-uri-name = EIP-681 URI
exec-fee-query-name = JSON-RPC リクエスト
exec-output-qr-label = バリデーター { $validator } のトランザクションの QR コード
exec-notices-title = 送信する前に
exec-notice-fee_read_by_empty_call = 手数料はトランザクションの実行時にコントラクトが決めます。下のリクエスト（空の calldata による eth_call）で読み取り、少なくともその額を添付してください。
exec-notice-overpayment_not_refunded = 手数料を超える値はコントラクトに残り、返金されません。手数料未満の値ではトランザクションが失敗します。
exec-notice-send_from_withdrawal_address = 各トランザクションは、そこに記載されたアドレスから送信してください。ほかのアドレスから送信すると、チェーンはリクエストを無視し、手数料は失われます。
exec-notice-chain_checks_when_processed = このウォレットがオフラインでは知り得ないこと（バリデーターの稼働期間、保留中の引き出し、キュー、残高）は、チェーンが引き続き確認します。確認に通らないリクエストは無視され、手数料は返されません。
exec-notice-consolidation_exits_source = 統合元は退出します。残高が統合先に移った時点で検証を停止します。
exec-next-title = 引き出しアドレスから署名して送信
exec-next-fee = 送信の直前に、まず手数料を確認してください。この JSON-RPC リクエストをチェーンの実行ノードに送信します。
exec-next-fee-result = 結果は手数料を wei で表した 16 進数です。ファイルの値を上回っている場合は、より高い値でファイルを作り直してください。
exec-next-send = 引き出しアドレスを管理するウォレット（ハードウェアウォレット、Safe、オンラインのマシン上のウォレット）を開き、そこから各トランザクションを送信してください。to、value、data はファイルのとおりに指定するか、URI を開くか QR コードを読み取ってください。アドレス：
exec-next-check = 署名する前に、ウォレットにファイルのコントラクト、値、data が表示されていることを確認してください。data を省くウォレットは値だけを送り、コントラクトはそれを拒否します。
exec-next-chain = その後、コントラクトがリクエストをキューに入れ、ビーコンチェーンが数エポック以内に処理します。完全な退出は退出キューで待機した後、残高全額が引き出されます。部分引き出しは引き出しアドレスに支払われます。切り替えでは認証情報が 0x02 になります。統合では統合元の残高が統合先に移ります。ビーコンチェーンのエクスプローラーでバリデーターを確認してください。

## On "Find my validators"

exec-offer = { $count ->
       *[other] 見つかった { $count } 件のバリデーターは 0x01 または 0x02 の認証情報を持っています。その引き出しアドレスから、退出、引き出し、統合ができます。
    }
exec-offer-button = これらのバリデーターを退出・引き出し・統合

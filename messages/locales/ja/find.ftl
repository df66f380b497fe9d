## Look up a withdrawal key

lookup-title = キーインデックスの引き出し鍵
lookup-hint = ニーモニックのキーインデックス i に対応する引き出し公開鍵（{ $path }）と、そこから得られる 0x00 引き出し認証情報を表示します。ビーコンチェーンに表示される値と比較できます。
lookup-index-label = キーインデックス
lookup-show = 鍵を表示
lookup-withdrawal-path = 引き出し鍵のパス
lookup-withdrawal-pubkey = 引き出し公開鍵
lookup-credentials = 0x00 引き出し認証情報
lookup-signing = 署名鍵のパスと公開鍵
lookup-copy-withdrawal-pubkey = 引き出し公開鍵
lookup-copy-credentials = 引き出し認証情報
lookup-copy-signing-pubkey = 署名用公開鍵

## Find my validators

find-title = 自分のバリデーターを検索
find-hint = ビーコンチェーンの情報を次のいずれかの形式でインポートすると、ニーモニックの鍵が管理しているバリデーターをウォレットが特定します。読み込めるインポートは最大 1 GiB です（メインネットの全リストは約 500 MB）。
find-hint-beacon-api = beacon API の次のエンドポイントの応答：
find-hint-ethdo = ethdo のファイル：
find-hint-csv = 次の列を持つ CSV：
find-key-count-label = 検索するキーインデックスの数（0 から。ethdo は 1,024 個を検索）
find-submit = 自分のバリデーターを検索
find-summary = { $format }：{ $read } 件のバリデーターを読み込みました。このニーモニックのキーインデックス { $first }–{ $last } が管理しているのは { $found } 件です。
find-format-beacon-api = beacon API の validators 応答
find-format-ethdo = ethdo の offline-preparation.json
find-format-csv = CSV
find-format-list = リスト

## The import

find-import-file-label = インポートファイル
find-import-file-name = { $name }（{ $size } MB）
find-import-text-label = …またはここに貼り付け

## The validators found

find-column-sign = 署名
find-column-validator = バリデーター
find-column-key-index = キーインデックス
find-column-status = ステータス
find-column-credentials = 引き出し認証情報
find-column-found-by = 照合方法
find-column-change = アドレス変更
find-select-validator = バリデーター { $validator } について署名
find-found-by-both = 認証情報と公開鍵
find-found-by-credentials = 引き出し認証情報
find-found-by-pubkey = 署名用公開鍵
find-change-possible = 0x00：変更可能
find-change-other-key = 別の引き出し鍵の 0x00：このニーモニックのものではありません
find-change-already = すでに { $prefix }

## Signing for the validators found

find-bls-warning = BLS 変更がオンチェーンに取り込まれるのは一度だけで、取り消すことはできません。アドレスは別のデバイスで確認してください。
find-address-label = 新しい実行レイヤー（引き出し）アドレス（EIP-55 チェックサム付き）
find-address-again-label = 同じアドレスを再入力
find-with-exits = 選択したバリデーターの自発的退出にも事前署名する
find-exit-epoch-label = 退出エポック
find-review = 署名する内容を確認
find-sign = 選択したバリデーターについて署名
find-error-none-selected = このニーモニックで署名できるバリデーターを 1 つ以上選択してください
find-error-address-twice = 新しいアドレスを 2 回入力してください

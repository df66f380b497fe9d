verify-title = ファイルを検証
verify-file-label = デポジットデータ、BLS 変更、退出、所有証明、引き出し・統合リクエスト、キーストアのいずれかのファイル（任意のツールで作成されたもの）

## What the chosen file is

verify-kind-keystore = キーストアです。確認するには、パスワードを入力してください。
verify-kind-deposit-data = デポジットデータです。
verify-kind-builder-deposit-data = ビルダーデポジットデータです。
verify-kind-bls-changes = BLS-to-execution change です。
verify-kind-exit = 署名済みの自発的退出です。
verify-kind-ownership-proof = 引き出しアドレスの所有証明です（deposit-cli の BLS-to-execution change keystore 署名）。
verify-kind-execution-request = 引き出しまたは統合のリクエストです。引き出しアドレスのウォレットで送るトランザクションです（EIP-7002、EIP-7251）。

## The form

verify-password-label = キーストアのパスワード
verify-exit-pubkey-label = バリデーターの署名用公開鍵（0x…）
verify-expected-address-label = 想定する引き出しアドレス（任意、チェックサム付き）：すべてのエントリーがこのアドレスに資金を送る必要があります
verify-key-count-label = ファイルと照合するニーモニックのキーインデックスの数（0 から）
verify-no-mnemonic = 各エントリーがニーモニックのどの鍵を使っているかを確認するには、先にニーモニックを読み込んでください。
verify-check = 確認

## A keystore opened

verify-keystore-ok = ✓ このパスワードでキーストアを開けました：公開鍵 { $pubkey }、パス { $path }
verify-keystore-path-signing = { $path }（バリデーターキーインデックス { $index } の署名鍵）
verify-keystore-path-withdrawal = { $path }（バリデーターキーインデックス { $index } の引き出し鍵）
verify-keystore-path-none = 指定なし
verify-keystore-path-other = { $path }（EIP-2334 のバリデーター鍵パスではありません）

## Where the funds go

verify-destinations-title = 資金の送付先
verify-no-address-deposit = 実行レイヤーアドレスがありません。デポジットの認証情報が 0x00（BLS）のため、引き出しの前に BLS-to-execution change が必要です。
verify-no-address = このファイルから実行レイヤーアドレスを読み取れませんでした。
verify-address-differs = ✗ 想定したアドレスではありません
verify-execution-address-label = 実行レイヤーアドレス

## The network the file names

verify-network-none = このファイルにはネットワークの指定がありません（退出ファイルと ethdo の変更ファイルには含まれません）。署名は { $chain } に対して検証されました。
verify-network-named = このファイルが指定するネットワークは { $networks } です。署名は { $chain } に対して検証されました。
verify-networks-join = { $first } と { $second }
verify-network-described = { $chain }（{ $values }）
verify-network-no-builtin-chain = 組み込みチェーンなし

## Each entry

verify-entry-valid = エントリー { $number }：✓ 有効
verify-entry-invalid = エントリー { $number }：✗ { $problems }
verify-your-mnemonic = あなたのニーモニック
verify-validator-pubkey = バリデーターの公開鍵
verify-validator-pubkey-label = バリデーターの公開鍵
verify-withdrawal-credentials = 引き出し認証情報
verify-amount = 金額
verify-amount-value = { $amount }（デポジットコントラクトでは { $gwei } gwei）
verify-signature = 署名
verify-validator-index = バリデーターインデックス
verify-from-bls-key = 変更元の引き出し鍵（BLS）
verify-bls-pubkey-label = BLS 引き出し公開鍵
verify-to-address = 変更先の実行レイヤーアドレス
verify-epoch = エポック（この時点から有効）
verify-checked-pubkey = 照合した署名用公開鍵
verify-signing-pubkey-label = 署名用公開鍵
verify-unreadable = 読み取り不可

## Withdrawal credentials

verify-credentials-bls = { $prefix } — BLS 引き出し鍵：実行レイヤーアドレスは未設定（BLS-to-execution change で設定します）
verify-credentials-execution = { $prefix } — 実行レイヤーアドレス
verify-credentials-compounding = { $prefix } — コンパウンディング、実行レイヤーアドレス宛て
verify-credentials-builder = { $prefix } — ビルダー、実行レイヤーアドレス宛て
verify-credentials-unknown = { $prefix } — コンセンサス仕様で定義されていないプレフィックス
verify-credentials-all-bytes = 全 32 バイト
verify-credentials-label = 引き出し認証情報

## Signatures

verify-signature-valid = ✓ 選択したチェーンで検証に成功
verify-signature-invalid = ✗ 選択したチェーンで検証に失敗
verify-signature-not-checked = 未検証（上記の問題を参照）

## Keys of the loaded mnemonic

verify-key-match-found = { $key ->
        [signing] 署名鍵
       *[withdrawal] 引き出し鍵
    }：あなたのニーモニックのキーインデックス { $index }
verify-key-match-none = { $key ->
        [signing] 署名鍵
       *[withdrawal] 引き出し鍵
    }：あなたのニーモニックのものではありません（最初の { $count } 個のキーインデックスを確認済み）

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = バリデーターの署名用公開鍵（0x…）。空欄にすると、ニーモニックの署名鍵で照合します
verify-signer-keystore-label = またはバリデーターのキーストアファイル：記載された公開鍵だけを読み取ります（パスワード不要）
verify-signer-keystore-read = ✓ { $name } を読み込みました：その公開鍵でエントリーを照合します
verify-destinations-proof = この証明が示すアドレス
verify-proof-not-consensus = コンセンサスメッセージではありません。オンチェーンでは何も変わらず、ビーコンノードも受け付けません。
verify-request-action = リクエストの内容
verify-request-action-full-exit = バリデーターの完全な退出：残高全体が引き出されます
verify-request-action-partial-withdrawal = 0x02 バリデーターからの部分引き出し
verify-request-action-switch-to-compounding = バリデーターの 0x02（コンパウンディング）認証情報への切り替え
verify-request-action-consolidation = 統合：統合元のバリデーターが退出し、その残高が統合先に移ります
verify-request-chain-id = チェーン ID
verify-request-from = 送信元（引き出しアドレス）
verify-request-to = 送信先のシステムコントラクト
verify-request-to-label = コントラクトアドレス
verify-request-value = 添付する値（コントラクトの手数料）
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = 統合元バリデーターの公開鍵
verify-request-target-pubkey = 統合先バリデーターの公開鍵
verify-request-amount = 引き出す金額
verify-request-amount-value = { $amount }（{ $gwei } gwei）
verify-no-address-consolidation = 資金がアドレスに送られることはありません。統合は統合元バリデーターの残高を統合先バリデーターに移し、0x02 への切り替えでは何も移りません。
verify-network-request = { $chain } のチェーン ID とリクエスト用コントラクトで照合しました。このファイルに署名は含まれません。トランザクションは送信時に引き出しアドレスのウォレットが署名します。

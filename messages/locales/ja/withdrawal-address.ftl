bls-change-title = 引き出しアドレスを設定（BLS-to-execution change）
bls-change-warning = BLS 変更がオンチェーンに取り込まれるのは一度だけで、取り消すことはできません。アドレスは別のデバイスで確認してください。
bls-change-validators-legend = ビーコンチェーン上のあなたのバリデーター
bls-change-find-hint = ビーコンチェーンのリスト（beacon API の validators、または ethdo の { $file }）をお持ちですか？
bls-change-find = リストから検索
bls-change-start-index-label = 以下の最初のバリデーターのキーインデックス
bls-change-validator-indices-label = バリデーターインデックス（ビーコンチェーン）。カンマまたは改行で区切ります
bls-change-credentials-label = 現在の引き出し認証情報（0x00…）。同じ順序で入力します
bls-change-derive-credentials = これらのキーインデックスについて、ニーモニックから得られる認証情報を入力
bls-change-address-label = 新しい実行レイヤー（引き出し）アドレス（EIP-55 チェックサム付き）
bls-change-address-again-label = 同じアドレスを再入力
bls-change-review = 署名する内容を確認
bls-change-sign = BLS-to-execution change に署名

## Ownership proof

proof-title = 引き出しアドレスの所有を証明
proof-not-consensus = これはチェーン向けのメッセージではありません。署名してもオンチェーンでは何も変わらず、ビーコンノードも Launchpad も受け付けません。一部のオペレーターが、ステーカーがバリデーターの署名鍵を管理していることを証明し、アドレスを示すために求めるものです。
proof-what = このファイルは、バリデーターの署名鍵による署名付きで、そのバリデーターの引き出しを下のアドレスに送ることを表明します。たとえば、0x00 認証情報のニーモニックを失ったものの、署名用キーストアを保持しているステーカーに求められます。
proof-reference = deposit-cli では次のコマンドで同じファイルを作成します：
proof-source-legend = 署名に使用するもの
proof-source-keystore = バリデーターのキーストアファイルとそのパスワード
proof-source-mnemonic = 自分のニーモニック（バリデーターのキーインデックス）
proof-keystore-file-label = バリデーターのキーストアファイル
proof-keystore-password-label = キーストアのパスワード
proof-key-index-label = バリデーターの署名鍵のキーインデックス
proof-validator-pubkey-label = バリデーターの公開鍵（推奨：入力すると、署名鍵がこのバリデーターのものである必要があります）
proof-validator-index-label = バリデーターインデックス（ビーコンチェーン）
proof-address-label = 証明で示す引き出しアドレス（EIP-55 チェックサム付き）
proof-address-again-label = 同じアドレスを再入力
proof-review = 署名する内容を確認
proof-sign = 証明に署名
review-what-ownership-proof = 引き出しアドレスの所有証明
review-count-ownership-proof = 引き出しアドレスの所有証明 { $count } 件
next-proof-title = 引き出しアドレスの所有証明：求めた相手に渡してください
next-proof-copy = { $file } をオンラインのコンピューターにコピーしてください（秘密情報は含まれていません）。
next-proof-send = ファイル（またはその署名）を、求めたオペレーターや手続きに、指定された方法で送ってください。ブロードキャストするものはありません。ビーコンノードも Launchpad も受け付けません。
next-proof-nothing-on-chain = これだけではオンチェーンで何も証明せず、引き出し認証情報も変更しません。0x00 バリデーターのアドレスを設定できるのは、その引き出し鍵で署名した BLS-to-execution change だけです。

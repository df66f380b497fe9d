app-title = withdrawal-wallet
language-picker-label = ページの言語
tagline = Ethereum バリデーターのためのオフライン鍵管理ツールです。入力した内容がこのページの外に送られることはありません。
online-banner = オンラインの状態のようです。ニーモニックを入力する前に、ネットワークを切断してください。
offline-banner = オフライン ✓
loaded-from = 読み込み元：
chain-label = チェーン：
chain-not-chosen = 未選択
chain-custom = { $name }（カスタム）
chain-custom-incomplete = カスタム（入力が不完全）
mnemonic-loaded = { $passphrase ->
        [yes] ニーモニック読み込み済み（{ $wordlist } の単語リスト、パスフレーズあり）
       *[no] ニーモニック読み込み済み（{ $wordlist } の単語リスト）
    }
clear = 消去
back-to-tasks = ← タスク一覧

## The start screen

start-title = 何を行いますか？
tools-title = 個別ツール
tools-hint = 手順を理解している方向け：ガイドを使わずに、各ツールを単独で使用できます。
tool-create-mnemonic = 新しいニーモニックを作成
tool-create-mnemonic-detail = 新しい 24 単語を書き留め、入力し直して確認
tool-use-mnemonic = 既存のニーモニックを使用
tool-use-mnemonic-detail = 1 単語ずつ確認し、略記は完全な単語に展開
tool-validator-keys = バリデーター鍵を生成
tool-validator-keys-detail = キーストアとデポジットデータ
tool-withdrawal-address = 引き出しアドレスを設定
tool-withdrawal-address-detail = 0x00 バリデーター向けの BLS-to-execution change
tool-ownership-proof = 引き出しアドレスの所有を証明
tool-ownership-proof-detail = 一部のオペレーターが求める署名付きの表明。オンチェーンでは何も変わりません
tool-exits = 退出を事前署名
tool-exits-detail = ニーモニックまたはキーストアから
tool-verify-files = ファイルを検証
tool-verify-files-detail = 任意のツールで作成されたデポジット、BLS 変更、退出、キーストアの各ファイル
tool-find-validators = 自分のバリデーターを検索
tool-find-validators-detail = ビーコンチェーンのリストをインポートし、アドレス変更と退出にまとめて署名
tool-hand-off = 鍵をサイナーに引き渡す
tool-hand-off-detail = keymanager API 用インポート、Web3Signer の設定、Vault と AWS 用のアップロードバンドル
tool-lookup = 引き出し鍵を照会
tool-lookup-detail = キーインデックスに対応する引き出し公開鍵と 0x00 認証情報
tool-top-up = バリデーターへの追加デポジット
tool-top-up-detail = 既存の 0x01 または 0x02 バリデーターへのデポジット（キーストアまたはニーモニックから）
tool-builder-deposits = ビルダーデポジット
tool-builder-deposits-detail = ビルダーの鍵、キーストア、デポジット（EIP-8282）
tool-execution-requests = 引き出しアドレスから退出・引き出し・統合
tool-execution-requests-detail = 0x01・0x02 バリデーター向けのトランザクション（EIP-7002、EIP-7251）。ご自身のウォレットから送信します

## Journeys

journey-withdrawal-address = 引き出しアドレスを設定する
journey-withdrawal-address-detail = 自分のバリデーターの認証情報が 0x00 です。BLS-to-execution change に署名して、報酬と退出時の資金が自分のアドレスに支払われるようにします。
journey-new-validators = 新しいバリデーターの鍵を作成する
journey-new-validators-detail = バリデータークライアント用のキーストアと、Launchpad 用のデポジットデータ。
journey-exits = バリデーターを退出させる
journey-exits-detail = ニーモニックまたはキーストアから自発的退出（voluntary exit）に事前署名し、自分が決めたときにブロードキャストします。
journey-check-file = ファイルを確認する
journey-check-file-detail = デポジット、BLS 変更、退出、キーストアの各ファイルの内容と、それが有効かどうかを確認します。

stepper-label = { $journey }：手順
step-your-mnemonic = ニーモニック
step-your-validators = バリデーター
step-chain-address-amounts = チェーン、アドレス、金額
step-mnemonic-or-keystore = ニーモニックまたはキーストア
step-validators-and-epoch = バリデーターとエポック
step-review-and-sign = 確認と署名
step-files-and-next-steps = ファイルと次の手順
step-the-file = ファイル
step-what-it-says = 内容

## What a long job is doing

phase-deriving = 鍵を導出中
phase-keystores = バリデーター鍵
phase-signing = 署名中
phase-verifying = 検証中
phase-reading-import = インポートを読み込み中（バリデーター）
phase-decrypting = キーストアを復号中

keystore-reading = { $name } を読み込み中…
keystore-read = ✓ { $name } を読み込みました

## Signing review: what will be signed, shown before every sign button

review-what-bls-changes = BLS-to-execution change
review-what-deposits = 新しいバリデーターのデポジット
review-what-exits = 自発的退出
review-title = 確認：署名する内容（{ $what }）
review-signed-title = 署名済み：{ $what }
review-summary-label = 署名した内容
review-chain = チェーン
review-fork-version = ジェネシスフォークバージョン
review-root = ジェネシスバリデータールート
review-root-label = ジェネシスバリデータールート
review-address = 送付先アドレス
review-address-label = 送付先アドレス
review-amount = バリデーターあたりの金額
review-epoch = 有効開始エポック
review-validators = バリデーター
review-count-bls-changes = BLS-to-execution change { $count } 件
review-count-deposits = 新しいバリデーターのデポジット { $count } 件
review-count-exits = 自発的退出 { $count } 件
review-count = { $what } { $count } 件
review-column-validator = バリデーター
review-column-key-index = キーインデックス
review-column-check = 確認
review-pubkey-from-bls = 変更元の BLS 公開鍵（引き出し鍵）
review-pubkey-signing = 署名用公開鍵
review-pubkey-label = 公開鍵
review-row-new = 新規
review-row-keystore = キーストア
review-confirm-ending = 確認のため、送付先アドレスの末尾 { $count } 文字を入力してください
review-confirm-each = 各項目を確認してください
review-tick-chain = チェーンは { $chain } です
review-tick-address = 送付先アドレスは自分のものであり、別のデバイスで確認しました
review-tick-validators = これらは自分のバリデーターです（{ $count }）
review-tick-amount = それぞれ { $amount }
review-tick-epoch = エポック { $epoch } から有効
review-blocked = 上記のすべてのバリデーターの確認が完了するまで、署名はできません。

## Hex values and their Copy button

hex-copy = コピー
hex-copied = コピーしました
hex-copy-label = { $label }をコピー

## QR codes, files and long jobs

qr-too-long = 1 つの QR コードに収まりません：{ $detail }
files-read-failed = ブラウザーがファイルを読み込めませんでした
files-download-failed = ブラウザーがファイルのダウンロードを提供できませんでした
jobs-worker-refused = ブラウザーが Web Worker の起動を拒否しました
jobs-module-not-sent = wasm モジュールをワーカーに送信できませんでした
jobs-job-not-sent = ジョブをワーカーに送信できませんでした
job-progress = { $phase }：{ $count }、{ $elapsed } 秒
job-progress-eta = { $phase }：{ $count }、{ $elapsed } 秒、残り約 { $eta } 秒
job-progress-done = { $done }
job-progress-of = { $done } / { $total }
job-progress-percent = { $percent }%
job-cancel = キャンセル
job-cancelled = キャンセルしました。何も作成されていません。

## Next steps: what to do with each file made

next-steps-title = 次の手順
next-deposit-title = デポジットデータ：アップロードしてからデポジット
next-deposit-copy = { $file } を、デポジットに使用するコンピューターにコピーしてください（秘密情報は含まれていません）。
next-deposit-open = { $page } を開いてファイルをアップロードし、すべての公開鍵、引き出し認証情報、金額が上記の概要と一致していることを確認してください。
next-deposit-upload = { $chain } のデポジットページでファイルをアップロードし、すべての公開鍵、引き出し認証情報、金額を上記の概要と照合してください。
next-deposit-sign = そのページで、資金を保有するウォレットを使ってデポジットのトランザクションに署名してください。デポジットは取り消せません。
next-deposit-start = デポジットが処理される前に、キーストアを使ってバリデーターを起動し、職務（duty）を逃さないようにしてください。
next-keystores-title = キーストア：バリデータークライアントまたはリモートサイナーにインポート
next-keystores-copy = キーストアファイル { $count } 個（または zip）をバリデーターマシンにコピーしてください。パスワードはそのマシン上で入力し、ファイルと一緒に保存しないでください。
next-keystores-import = インポートの例：
next-keystores-web3signer = Web3Signer：「すべてダウンロード」の前に「Web3Signer の鍵設定を含める」にチェックを入れてください。{ $files } の各ファイルが、それぞれのキーストアとそのパスワードファイルを指します。
next-keystores-one-machine = 各鍵は 1 台のマシンでのみ実行してください。同じ鍵を 2 台のマシンで実行すると、スラッシングされます。
next-bls-change-title = BLS-to-execution change：ブロードキャストは一度だけ
next-bls-change-copy = { $file } をオンラインのコンピューターにコピーしてください（秘密情報は含まれていません）。
next-bls-change-send = ビーコンノードに送信します：
next-bls-change-explorer = または、ブロックエクスプローラーのブロードキャストページ（メインネットでは { $page }）に貼り付けます。
next-bls-change-after = 数日以内に、バリデーターの認証情報は { $prefix } の後にあなたのアドレスが続く形になり、以後の引き出しはそのアドレスに送られます。この変更は取り消せません。
next-ethdo-title = ethdo の { $file }：ethdo 用の同じ変更
next-ethdo-broadcast = ethdo をオンラインで使用する場合は、上記のファイルの代わりに ethdo でブロードキャストしてください（両方は行わないでください）：
next-exits-title = 自発的退出：退出を決めるまで保管
next-exits-store = 退出ファイル { $count } 個を安全に保管してください。これを持つ人は誰でも該当するバリデーターを退出させることができ、退出は取り消せません。
next-exits-send = 退出させるには、いずれかのファイルをビーコンノードに送信します：
next-exits-explorer = または、ブロックエクスプローラーのブロードキャストページに貼り付けます。退出が完了するまで、バリデーターは職務を続けます。
next-never-title = このオフラインのコンピューターから決して出さないもの
next-never-text = ニーモニックとそのパスフレーズ。他のどこにも入力しないでください。キーストアのパスワードは、鍵を実行するマシン上でのみ入力してください。
next-print = この手順を印刷

## Shared form pieces

common-chain-label = チェーン
common-chain-choose = チェーンを選択…
common-chain-custom = カスタムチェーン…
common-custom-name-label = チェーン名
common-custom-genesis-fork-label = ジェネシスフォークバージョン
common-custom-capella-fork-label = Capella フォークバージョン
common-custom-root-label = ジェネシスバリデータールート（BLS 変更と退出に必要）
common-files-verified = ✓ 以下のファイルはすべて、提供前に検証済みです（署名、ルート、キーストアの復号）。
common-download = ダウンロード
common-web3signer = Web3Signer の鍵設定を含める（{ $files }、タイプ { $kind }）
common-download-all = すべてダウンロード（{ $file }）
common-show-qr = スマートフォン用の QR コード
common-qr-caption = { $file }、メッセージ { $number } / { $total }
common-qr-label = QR コード：{ $file }、メッセージ { $number } / { $total }
common-qr-too-long = { $file }、メッセージ { $number } / { $total }：1 つの QR コードに収まりません
common-public-ack = これらの鍵が公開されていることを理解したうえで、このチェーン用のファイルを作成します
common-needs-mnemonic = この手順にはニーモニックが必要です。先に新しいニーモニックを作成するか、お持ちのニーモニックを入力してください。
common-needs-use = ニーモニックを入力
common-needs-create = 新しいニーモニックを作成

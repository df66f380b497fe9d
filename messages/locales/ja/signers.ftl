hand-off-title = 鍵をサイナーに引き渡す
hand-off-hint = 署名用キーストア専用です。ニーモニックと引き出し鍵は、ノードにもサイナーにも決して渡しません。オフラインで保管してください。
hand-off-keystores-label = 署名用キーストア（1 つ以上のファイル）
hand-off-keystores-read = キーストア { $count } 個を読み込みました
hand-off-from-keys = 先ほど作成したキーストアを読み込みました。
hand-off-password-label = キーストアのパスワード
hand-off-destination-legend = 鍵の渡し先
hand-off-keymanager = バリデータークライアントまたは Web3Signer（keymanager API 経由、インポートファイル 1 つ）
hand-off-web3signer = Web3Signer（キーストアを自身のディスクから読み込む）
hand-off-vault = Web3Signer と HashiCorp Vault（アップロード用バンドル）
hand-off-aws = Web3Signer と AWS Secrets Manager（アップロード用バンドル）
hand-off-vault-host-label = Vault サーバーのホスト（https:// とポートは付けない）
hand-off-vault-port-label = Vault サーバーのポート
hand-off-vault-tls = Web3Signer は TLS で Vault に接続する
hand-off-vault-mount-label = KV v2 のマウント
hand-off-vault-folder-label = マウント配下のフォルダー（各鍵は「フォルダー/公開鍵」に保存）
hand-off-aws-region-label = AWS リージョン
hand-off-aws-prefix-label = シークレット名のプレフィックス（各鍵の名前は「プレフィックス + 公開鍵」）
hand-off-aws-access-key = 各設定にアクセスキーのプレースホルダーを書き込む（書き込まない場合、Web3Signer はホスト自身の AWS 認証情報を使用します）
hand-off-review = 鍵の渡し先を確認
hand-off-review-title = { $chain } 用の署名鍵 { $count } 個
hand-off-column-pubkey = 署名用公開鍵
hand-off-column-path = パス
hand-off-column-stored-as = 保存名
hand-off-passwords-warning = このファイルには、キーストアのパスワードが平文でキーストアと一緒に含まれています。これを読んだ人は誰でも、これらの鍵で署名できます。
hand-off-passwords-ack = このファイルにキーストアのパスワードが含まれていることを理解しました。バリデーターのホストにのみ移動し、インポート後に削除します
hand-off-make = ファイルを作成
hand-off-never-signed = 一度も署名したことのない鍵専用です。スラッシング保護の履歴は空です。1 つの鍵を 2 か所で実行しないでください。

## Next steps of each hand-off.

next-keymanager-title = keymanager API でインポート
next-keymanager-text = インポートファイルを、バリデータークライアント（または Web3Signer）の keymanager API に接続できるマシンにコピーし、API トークンとポートを指定して送信してください：
next-keymanager-check = 応答の data の各エントリーが "imported"（または "duplicate"）になっているはずです。その後、ファイルを削除してください。パスワードが含まれています。
next-web3signer-title = Web3Signer に鍵を読み込む
next-web3signer-text = キーストアとこれらの設定をサイナーのホストにコピーし、各パスワードファイルを対応するキーストアの隣に書き込み（{ $files }）、パスを修正してから、--key-store-path に設定のフォルダーを指定して Web3Signer を起動し、/api/v1/eth2/publicKeys を確認してください。
next-upload-title = オンラインのマシンから鍵をアップロード
next-upload-text = { $file } をストアに接続できるオンラインのマシンにコピーし、その CLI でログインして展開してから、次を実行してください：
next-upload-run = ドライラン（dry run）では、パスワードで各キーストアを確認し、各コマンドを表示します。2 回目の実行でシークレットを保存します。その後、web3signer/*.yaml のプレースホルダーを置き換えて、Web3Signer に渡してください。

## Key budget plan on the keys page.

budget-plan-title = 計画：ニーモニック { $mnemonics } 個から鍵 { $count } 個
budget-plan-mnemonic = ニーモニック
budget-plan-indices = キーインデックス
budget-plan-label = バンドル名
budget-plan-in-use = 使用中のもの
budget-plan-new = 新規
budget-plan-first = 今は最初のバッチだけを作成
keys-hand-off = これらのキーストアをサイナーに引き渡す

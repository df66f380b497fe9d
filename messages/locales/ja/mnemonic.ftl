## Shared by both screens

mnemonic-wordlist-label = 単語の言語
mnemonic-wordlist-note = 単語の言語（単語リスト）は、このページの表示言語とは別です。
mnemonic-use = このニーモニックを使用

## Create a new mnemonic

create-title = 新しいニーモニックを作成
create-words-again = 前回このページで生成された単語です。書き留めた場合は、この単語のまま続けてください。新しい単語を生成するとこれらは破棄され、書き留めた控えはあなたのニーモニックではなくなります。
create-new-words = 代わりに新しい単語を生成
create-write-down = この 24 単語を、順番どおりに紙に書き留めてください。これを知る人は誰でも、あなたのバリデーターとその資金を管理できます。これを失うと、何も復元できません。オンラインのコンピューターには決して入力しないでください。
create-written-down = 書き留めました
create-type-back = 紙の控えを見ながら、フレーズ全体を入力してください。単語は現在非表示になっています。
create-confirm-label = ニーモニック
create-confirm-mismatch = 表示された単語と一致しません。書き留めた控えと 1 単語ずつ照合してください
create-confirm = 確認
create-show-again = 単語をもう一度表示
create-confirmed = ✓ フレーズが一致しました。
create-passphrase-warning = 任意：BIP39 パスフレーズ（「25 番目の単語」とも呼ばれます）。すべての鍵が変わります。忘れてしまうと、バリデーターを復元する方法はありません。必要だと確信している場合を除き、空欄のままにしてください。
create-passphrase-label = パスフレーズ（任意）
create-passphrase-again-label = パスフレーズ（再入力）

## Use an existing mnemonic

use-title = 既存のニーモニックを使用
use-mnemonic-label = ニーモニック（12〜24 単語。4 文字の略記も使用できます）
use-hide-words = 単語を隠す
use-show-words = 単語を表示
use-wordlist-auto = 自動検出
use-detected-wordlist = 単語は { $wordlist } の単語リストに一致します。
use-unknown-word = { $word }（不明な単語）
use-canonical = 実際に使用される正規のフレーズ：
use-passphrase-label = BIP39 パスフレーズ（設定したことがない場合は空欄のまま）

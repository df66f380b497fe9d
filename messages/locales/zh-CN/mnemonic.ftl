## Shared by both screens

mnemonic-wordlist-label = 单词语言
mnemonic-wordlist-note = 单词的语言（词表）与本页面的显示语言相互独立。
mnemonic-use = 使用此助记词

## Create a new mnemonic

create-title = 创建新助记词
create-words-again = 这些是您上次访问时生成的单词：如果您已经抄写，请继续使用它们。重新生成单词会丢弃这些单词，届时您抄写的副本将不再是您的助记词。
create-new-words = 改为生成新单词
create-write-down = 请将这 24 个单词按顺序抄写在纸上。任何人拿到它们都能控制您的验证者及其资金；一旦丢失，将无法恢复任何内容。切勿将它们输入联网的设备。
create-written-down = 我已抄写
create-type-back = 请根据纸质副本输入完整的助记词。单词现已隐藏。
create-confirm-label = 您的助记词
create-confirm-mismatch = 与显示的单词不一致；请对照您的抄写副本逐词检查
create-confirm = 确认
create-show-again = 再次显示单词
create-confirmed = ✓ 助记词一致。
create-passphrase-warning = 可选：BIP39 密码短语（有时称为“第 25 个词”）。它会改变每一个密钥。如果忘记它，将无法恢复您的验证者。除非您确定需要，否则请留空。
create-passphrase-label = 密码短语（可选）
create-passphrase-again-label = 再次输入密码短语

## Use an existing mnemonic

use-title = 使用已有助记词
use-mnemonic-label = 助记词（12 至 24 个单词；可使用 4 个字母的缩写）
use-hide-words = 隐藏单词
use-show-words = 显示单词
use-wordlist-auto = 自动检测
use-detected-wordlist = 单词与 { $wordlist } 词表匹配。
use-unknown-word = { $word }（未知单词）
use-canonical = 将实际使用的规范助记词：
use-passphrase-label = BIP39 密码短语（如果从未设置过，请留空）

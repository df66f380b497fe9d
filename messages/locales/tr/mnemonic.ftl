## Shared by both screens

mnemonic-wordlist-label = Kelimelerin dili
mnemonic-wordlist-note = Kelimelerin dili (kelime listesi), bu sayfanın dilinden bağımsızdır.
mnemonic-use = Bu kurtarma ifadesini kullan

## Create a new mnemonic

create-title = Yeni kurtarma ifadesi (mnemonic) oluştur
create-words-again = Bunlar, önceki ziyaretinizde üretilen kelimelerdir: bunları yazdıysanız, aynı kelimelerle devam edin. Yeni kelimeler üretmek bunları geçersiz kılar; o durumda bunların herhangi bir kopyası artık sizin kurtarma ifadeniz olmaz.
create-new-words = Bunun yerine yeni kelimeler üret
create-write-down = Bu 24 kelimeyi sırasıyla kâğıda yazın. Bu kelimelere sahip olan herkes doğrulayıcılarınızı ve fonlarını kontrol eder; bu kelimeler olmadan hiçbir şey kurtarılamaz. Bunları asla çevrimiçi bir cihaza yazmayın.
create-written-down = Kelimeleri yazdım
create-type-back = İfadenin tamamını kâğıttaki kopyanızdan yazın. Kelimeler artık gizli.
create-confirm-label = Kurtarma ifadeniz
create-confirm-mismatch = bu, gösterilen kelimelerle eşleşmiyor; her kelimeyi yazılı kopyanızla karşılaştırın
create-confirm = Onayla
create-show-again = Kelimeleri yeniden göster
create-confirmed = ✓ İfade eşleşiyor.
create-passphrase-warning = İsteğe bağlı: BIP39 ek parolası (passphrase; bazen 25. kelime olarak da adlandırılır). Tüm anahtarları değiştirir. Unutursanız, doğrulayıcılarınızı hiçbir şey kurtaramaz. Bir ek parola istediğinizden emin değilseniz boş bırakın.
create-passphrase-label = Ek parola (isteğe bağlı)
create-passphrase-again-label = Ek parola (tekrar)

## Use an existing mnemonic

use-title = Mevcut bir kurtarma ifadesini (mnemonic) kullan
use-mnemonic-label = Kurtarma ifadesi (12 ila 24 kelime; 4 harfli kısaltmalar kabul edilir)
use-hide-words = Kelimeleri gizle
use-show-words = Kelimeleri göster
use-wordlist-auto = otomatik algıla
use-detected-wordlist = Kelimeler { $wordlist } kelime listesiyle eşleşiyor.
use-unknown-word = { $word } (bilinmeyen kelime)
use-canonical = Kullanılacak biçimiyle standart ifade:
use-passphrase-label = BIP39 ek parolası (hiç belirlemediyseniz boş bırakın)

## Dipakai di kedua layar

mnemonic-wordlist-label = Bahasa kata-kata
mnemonic-wordlist-note = Bahasa kata-kata (daftar kata) terpisah dari bahasa halaman ini.
mnemonic-use = Gunakan mnemonik ini

## Buat mnemonik baru

create-title = Buat mnemonik baru
create-words-again = Ini adalah kata-kata yang dihasilkan saat Anda berada di sini sebelumnya: jika Anda sudah mencatatnya, lanjutkan dengan kata-kata ini. Menghasilkan kata-kata baru akan membuang kata-kata ini, dan salinannya tidak akan lagi menjadi mnemonik Anda.
create-new-words = Hasilkan kata-kata baru sebagai gantinya
create-write-down = Tuliskan 24 kata ini di atas kertas, sesuai urutannya. Siapa pun yang memilikinya menguasai validator Anda beserta dananya; tanpa kata-kata ini, tidak ada yang dapat dipulihkan. Jangan pernah mengetiknya di perangkat yang terhubung ke internet.
create-written-down = Saya sudah menuliskannya
create-type-back = Ketik seluruh frasa dari salinan kertas Anda. Kata-kata kini disembunyikan.
create-confirm-label = Mnemonik Anda
create-confirm-mismatch = tidak cocok dengan kata-kata yang ditampilkan; periksa setiap kata dengan salinan tertulis Anda
create-confirm = Konfirmasi
create-show-again = Tampilkan kata-kata lagi
create-confirmed = ✓ Frasa cocok.
create-passphrase-warning = Opsional: frasa sandi BIP39 (passphrase, terkadang disebut kata ke-25). Frasa sandi ini mengubah setiap kunci. Jika Anda melupakannya, tidak ada yang dapat memulihkan validator Anda. Biarkan kosong kecuali Anda yakin memerlukannya.
create-passphrase-label = Frasa sandi (opsional)
create-passphrase-again-label = Ulangi frasa sandi

## Gunakan mnemonik yang sudah ada

use-title = Gunakan mnemonik yang sudah ada
use-mnemonic-label = Mnemonik (12 hingga 24 kata; singkatan 4 huruf diperbolehkan)
use-hide-words = Sembunyikan kata
use-show-words = Tampilkan kata
use-wordlist-auto = deteksi otomatis
use-detected-wordlist = Kata-kata cocok dengan daftar kata { $wordlist }.
use-unknown-word = { $word } (kata tidak dikenal)
use-canonical = Frasa kanonis, sebagaimana akan digunakan:
use-passphrase-label = Frasa sandi BIP39 (biarkan kosong jika Anda tidak pernah menetapkannya)

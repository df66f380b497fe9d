## Cari kunci penarikan

lookup-title = Kunci penarikan dari sebuah indeks kunci
lookup-hint = Menampilkan kunci publik penarikan ({ $path }) dari indeks kunci i mnemonik Anda serta kredensial penarikan 0x00 yang dihasilkannya, sehingga Anda dapat membandingkannya dengan yang ditampilkan beacon chain.
lookup-index-label = Indeks kunci
lookup-show = Tampilkan kuncinya
lookup-withdrawal-path = Jalur kunci penarikan
lookup-withdrawal-pubkey = Kunci publik penarikan
lookup-credentials = Kredensial penarikan 0x00
lookup-signing = Jalur dan kunci publik penandatanganan
lookup-copy-withdrawal-pubkey = kunci publik penarikan
lookup-copy-credentials = kredensial penarikan
lookup-copy-signing-pubkey = kunci publik penandatanganan

## Temukan validator saya

find-title = Temukan validator saya
find-hint = Impor data dari beacon chain dalam salah satu format berikut, dan dompet ini akan menemukan validator mana yang dikendalikan oleh kunci-kunci mnemonik Anda. Impor hingga 1 GiB dapat dibaca (daftar lengkap mainnet sekitar 500 MB).
find-hint-beacon-api = respons beacon API untuk
find-hint-ethdo = berkas ethdo
find-hint-csv = CSV dengan kolom
find-key-count-label = Jumlah indeks kunci yang dipindai, mulai dari 0 (ethdo memindai 1.024)
find-submit = Temukan validator saya
find-summary = { $format }: { $read } validator dibaca, { $found } dikendalikan oleh indeks kunci { $first }–{ $last } dari mnemonik ini.
find-format-beacon-api = respons validators dari beacon API
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = daftar

## Impor

find-import-file-label = Berkas impor
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …atau tempelkan di sini

## Validator yang ditemukan

find-column-sign = Tanda tangani
find-column-validator = Validator
find-column-key-index = Indeks kunci
find-column-status = Status
find-column-credentials = Kredensial penarikan
find-column-found-by = Ditemukan melalui
find-column-change = Perubahan alamat
find-select-validator = Tanda tangani untuk validator { $validator }
find-found-by-both = kredensial dan kunci publik
find-found-by-credentials = kredensial penarikan
find-found-by-pubkey = kunci publik penandatanganan
find-change-possible = 0x00: dapat diubah
find-change-other-key = 0x00 milik kunci penarikan lain: bukan dari mnemonik ini
find-change-already = sudah { $prefix }

## Menandatangani untuk validator yang ditemukan

find-bls-warning = Perubahan BLS hanya dapat dicatat di blockchain satu kali dan tidak dapat dibatalkan. Periksa alamat di perangkat kedua.
find-address-label = Alamat eksekusi (penarikan) baru, dengan checksum EIP-55
find-address-again-label = Ulangi alamat yang sama
find-with-exits = Tanda tangani juga exit sukarela di muka untuk validator yang dipilih
find-exit-epoch-label = Epoch exit
find-review = Tinjau apa yang akan ditandatangani
find-sign = Tanda tangani untuk validator yang dipilih
find-error-none-selected = pilih setidaknya satu validator yang dapat ditandatangani oleh mnemonik ini
find-error-address-twice = ketik alamat baru dua kali

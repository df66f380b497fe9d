bls-change-title = Tetapkan alamat penarikan (perubahan BLS-to-execution)
bls-change-warning = Perubahan BLS hanya dapat dicatat di blockchain satu kali dan tidak dapat dibatalkan. Periksa alamat di perangkat kedua.
bls-change-validators-legend = Validator Anda, sebagaimana tercatat di beacon chain
bls-change-find-hint = Apakah Anda memiliki daftar dari beacon chain (validators dari beacon API, atau { $file } dari ethdo)?
bls-change-find = Temukan dari daftar
bls-change-start-index-label = Indeks kunci validator pertama di bawah
bls-change-validator-indices-label = Indeks validator (beacon chain), dipisahkan dengan koma atau baris baru
bls-change-credentials-label = Kredensial penarikan mereka saat ini (0x00…), dengan urutan yang sama
bls-change-derive-credentials = Isi kredensial yang dihasilkan mnemonik saya untuk indeks kunci ini
bls-change-address-label = Alamat eksekusi (penarikan) baru, dengan checksum EIP-55
bls-change-address-again-label = Ulangi alamat yang sama
bls-change-review = Tinjau apa yang akan ditandatangani
bls-change-sign = Tanda tangani perubahan BLS-to-execution

## Ownership proof

proof-title = Buktikan kepemilikan alamat penarikan
proof-not-consensus = Ini bukan pesan untuk blockchain: menandatanganinya tidak mengubah apa pun di blockchain, dan baik node beacon maupun Launchpad tidak menerimanya. Beberapa operator memintanya agar staker membuktikan bahwa ia mengendalikan kunci penandatanganan validator dan menyebutkan sebuah alamat.
proof-what = Berkas ini menyatakan, dengan tanda tangan kunci penandatanganan validator, bahwa penarikan validator harus dikirim ke alamat di bawah. Berkas ini diminta, misalnya, dari staker yang kehilangan mnemonik untuk kredensial 0x00 tetapi masih memegang keystore penandatanganan.
proof-reference = deposit-cli membuat berkas yang sama dengan perintahnya:
proof-source-legend = Tanda tangani dengan
proof-source-keystore = berkas keystore validator dan kata sandinya
proof-source-mnemonic = mnemonik saya, pada indeks kunci validator
proof-keystore-file-label = Berkas keystore validator
proof-keystore-password-label = Kata sandi keystore
proof-key-index-label = Indeks kunci dari kunci penandatanganan validator
proof-validator-pubkey-label = Kunci publik validator (disarankan: kunci penandatanganan kemudian harus milik validator ini)
proof-validator-index-label = Indeks validator (beacon chain)
proof-address-label = Alamat penarikan yang disebutkan bukti ini, dengan checksum EIP-55
proof-address-again-label = Ulangi alamat yang sama
proof-review = Tinjau apa yang akan ditandatangani
proof-sign = Tanda tangani bukti
review-what-ownership-proof = bukti kepemilikan alamat penarikan
review-count-ownership-proof = { $count } bukti kepemilikan alamat penarikan
next-proof-title = Bukti kepemilikan alamat penarikan: serahkan kepada pihak yang memintanya
next-proof-copy = Salin { $file } ke komputer yang online (berkas ini tidak memuat rahasia apa pun).
next-proof-send = Kirim berkas ini (atau tanda tangannya) kepada operator atau proses yang memintanya, dengan cara yang mereka minta. Tidak ada yang perlu disiarkan: baik node beacon maupun Launchpad tidak menerimanya.
next-proof-nothing-on-chain = Berkas ini sendiri tidak membuktikan apa pun di blockchain dan tidak mengubah kredensial penarikan apa pun: alamat validator 0x00 hanya ditetapkan oleh perubahan BLS-to-execution yang ditandatangani dengan kunci penarikannya.

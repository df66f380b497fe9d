hand-off-title = Serahkan kunci ke penanda tangan
hand-off-hint = Khusus untuk keystore penandatanganan. Mnemonik dan kunci penarikan tidak pernah dipindahkan ke node atau penanda tangan: simpan keduanya secara offline.
hand-off-keystores-label = Keystore penandatanganan (satu berkas atau lebih)
hand-off-keystores-read = { $count } keystore telah dibaca
hand-off-from-keys = Keystore yang baru saja Anda buat sudah dimuat.
hand-off-password-label = Kata sandi keystore
hand-off-destination-legend = Tujuan kunci
hand-off-keymanager = Klien validator atau Web3Signer, melalui keymanager API (satu berkas impor)
hand-off-web3signer = Web3Signer, yang membaca keystore dari disknya sendiri
hand-off-vault = Web3Signer dengan HashiCorp Vault (paket unggahan)
hand-off-aws = Web3Signer dengan AWS Secrets Manager (paket unggahan)
hand-off-vault-host-label = Host server Vault (tanpa https://, tanpa port)
hand-off-vault-port-label = Port server Vault
hand-off-vault-tls = Web3Signer terhubung ke Vault melalui TLS
hand-off-vault-mount-label = Mount KV v2
hand-off-vault-folder-label = Folder di bawah mount (setiap kunci menjadi folder/kunci publik)
hand-off-aws-region-label = Region AWS
hand-off-aws-prefix-label = Awalan nama secret (setiap kunci menjadi awalan + kunci publik)
hand-off-aws-access-key = Tulis placeholder access key ke setiap konfigurasi (jika tidak, Web3Signer memakai kredensial AWS milik host-nya sendiri)
hand-off-review = Tinjau tujuan kunci
hand-off-review-title = { $count } kunci penandatanganan untuk { $chain }
hand-off-column-pubkey = Kunci publik penandatanganan
hand-off-column-path = Jalur
hand-off-column-stored-as = Disimpan sebagai
hand-off-passwords-warning = Berkas ini memuat kata sandi keystore dalam teks biasa, di samping keystore. Siapa pun yang membacanya dapat menandatangani dengan kunci-kunci ini.
hand-off-passwords-ack = Saya mengerti bahwa berkas ini memuat kata sandi keystore; saya hanya akan memindahkannya ke host validator dan menghapusnya setelah impor
hand-off-make = Buat berkas
hand-off-never-signed = Hanya untuk kunci yang belum pernah menandatangani: riwayat perlindungan slashing masih kosong. Jangan pernah menjalankan satu kunci di dua tempat.

## Langkah berikutnya untuk setiap penyerahan

next-keymanager-title = Impor dengan keymanager API
next-keymanager-text = Salin berkas impor ke mesin yang dapat menjangkau keymanager API milik klien validator Anda (atau Web3Signer), lalu kirim dengan token API dan port Anda:
next-keymanager-check = Setiap entri data dalam jawaban harus bertuliskan "imported" (atau "duplicate"). Lalu hapus berkasnya: berkas itu memuat kata sandi.
next-web3signer-title = Muat kunci ke Web3Signer
next-web3signer-text = Salin keystore dan konfigurasi ini ke host penanda tangan; tulis setiap berkas kata sandi di samping keystore-nya ({ $files }); perbaiki jalurnya; jalankan Web3Signer dengan --key-store-path diarahkan ke folder konfigurasi, lalu periksa /api/v1/eth2/publicKeys.
next-upload-title = Unggah kunci dari mesin yang online
next-upload-text = Salin { $file } ke mesin online yang dapat menjangkau penyimpanan, login ke CLI-nya, ekstrak, lalu:
next-upload-run = Uji coba (dry run) memeriksa setiap keystore dengan kata sandi Anda dan menampilkan setiap perintah; proses kedua menyimpan secret-nya. Lalu ganti placeholder di web3signer/*.yaml dan berikan berkas-berkas itu kepada Web3Signer.

## Rencana batas kunci di halaman kunci

budget-plan-title = Rencana: { $count } kunci dari { $mnemonics } mnemonik
budget-plan-mnemonic = Mnemonik
budget-plan-indices = Indeks kunci
budget-plan-label = Label paket
budget-plan-in-use = yang sedang dipakai
budget-plan-new = baru
budget-plan-first = Buat batch pertama saja sekarang
keys-hand-off = Serahkan keystore ini ke penanda tangan

verify-title = Verifikasi berkas
verify-file-label = Berkas data deposit, perubahan BLS, exit, bukti kepemilikan, permintaan penarikan atau konsolidasi, atau keystore (dari alat apa pun)

## Jenis berkas yang dipilih

verify-kind-keystore = Keystore: masukkan kata sandinya untuk memeriksanya.
verify-kind-deposit-data = Data deposit.
verify-kind-builder-deposit-data = Data deposit builder.
verify-kind-bls-changes = Perubahan BLS-to-execution.
verify-kind-exit = Exit sukarela yang telah ditandatangani.
verify-kind-ownership-proof = Bukti kepemilikan alamat penarikan (tanda tangan BLS-to-execution change keystore dari deposit-cli).
verify-kind-execution-request = Permintaan penarikan atau konsolidasi: transaksi untuk dompet alamat penarikan (EIP-7002, EIP-7251).

## Formulir

verify-password-label = Kata sandi keystore
verify-exit-pubkey-label = Kunci publik penandatanganan validator (0x…)
verify-expected-address-label = Alamat penarikan yang diharapkan (opsional, dengan checksum): setiap entri harus mengirim dana ke sana
verify-key-count-label = Indeks kunci mnemonik Anda yang dibandingkan dengan berkas (mulai dari 0)
verify-no-mnemonic = Muat mnemonik Anda terlebih dahulu untuk melihat kunci mnemonik mana yang digunakan setiap entri.
verify-check = Periksa

## Keystore yang telah dibuka

verify-keystore-ok = ✓ Kata sandi membuka keystore ini: kunci publik { $pubkey }, jalur { $path }
verify-keystore-path-signing = { $path } (kunci penandatanganan dari indeks kunci validator { $index })
verify-keystore-path-withdrawal = { $path } (kunci penarikan dari indeks kunci validator { $index })
verify-keystore-path-none = tidak dicantumkan
verify-keystore-path-other = { $path } (bukan jalur kunci validator EIP-2334)

## Ke mana dana dikirim

verify-destinations-title = Dana dikirim ke alamat berikut
verify-no-address-deposit = Tidak ada alamat eksekusi: deposit memiliki kredensial 0x00 (BLS), sehingga perubahan BLS-to-execution diperlukan sebelum penarikan apa pun.
verify-no-address = Tidak ada alamat eksekusi yang dapat dibaca dari berkas ini.
verify-address-differs = ✗ bukan alamat yang diharapkan
verify-execution-address-label = alamat eksekusi

## Jaringan yang disebutkan berkas

verify-network-none = Berkas ini tidak menyebutkan jaringan (berkas exit dan berkas perubahan ethdo tidak memuatnya); tanda tangannya diperiksa terhadap { $chain }.
verify-network-named = Berkas ini menyebutkan { $networks }; tanda tangannya diperiksa terhadap { $chain }.
verify-networks-join = { $first } dan { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = bukan jaringan bawaan

## Setiap entri

verify-entry-valid = Entri { $number }: ✓ valid
verify-entry-invalid = Entri { $number }: ✗ { $problems }
verify-your-mnemonic = Mnemonik Anda
verify-validator-pubkey = Kunci publik validator
verify-validator-pubkey-label = kunci publik validator
verify-withdrawal-credentials = Kredensial penarikan
verify-amount = Jumlah
verify-amount-value = { $amount } ({ $gwei } gwei di kontrak deposit)
verify-signature = Tanda tangan
verify-validator-index = Indeks validator
verify-from-bls-key = Dari kunci penarikan (BLS)
verify-bls-pubkey-label = kunci publik penarikan BLS
verify-to-address = Ke alamat eksekusi
verify-epoch = Epoch (berlaku mulai)
verify-checked-pubkey = Diperiksa terhadap kunci publik penandatanganan
verify-signing-pubkey-label = kunci publik penandatanganan
verify-unreadable = tidak terbaca

## Kredensial penarikan

verify-credentials-bls = { $prefix } — kunci penarikan BLS: belum ada alamat eksekusi (ditetapkan melalui perubahan BLS-to-execution)
verify-credentials-execution = { $prefix } — alamat eksekusi
verify-credentials-compounding = { $prefix } — compounding, ke alamat eksekusi
verify-credentials-builder = { $prefix } — builder, ke alamat eksekusi
verify-credentials-unknown = { $prefix } — prefiks yang tidak didefinisikan dalam spesifikasi konsensus
verify-credentials-all-bytes = Seluruh 32 byte
verify-credentials-label = kredensial penarikan

## Tanda tangan

verify-signature-valid = ✓ terverifikasi untuk jaringan yang dipilih
verify-signature-invalid = ✗ tidak terverifikasi untuk jaringan yang dipilih
verify-signature-not-checked = tidak diperiksa (lihat masalah di atas)

## Kunci dari mnemonik yang dimuat

verify-key-match-found = { $key ->
        [signing] kunci penandatanganan
       *[withdrawal] kunci penarikan
    }: indeks kunci { $index } dari mnemonik Anda
verify-key-match-none = { $key ->
        [signing] kunci penandatanganan
       *[withdrawal] kunci penarikan
    }: bukan dari mnemonik Anda ({ $count } indeks kunci pertama telah diperiksa)

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = Kunci publik penandatanganan validator (0x…); biarkan kosong untuk mencoba kunci penandatanganan dari mnemonik Anda
verify-signer-keystore-label = Atau berkas keystore validator: hanya kunci publik yang dinyatakannya yang dibaca (tanpa kata sandi)
verify-signer-keystore-read = ✓ { $name } telah dibaca: entri diperiksa terhadap kunci publiknya
verify-destinations-proof = Alamat yang disebutkan bukti ini
verify-proof-not-consensus = Bukan pesan konsensus: tidak mengubah apa pun di blockchain, dan tidak ada node beacon yang menerimanya.
verify-request-action = Yang dimintanya
verify-request-action-full-exit = exit penuh validator: seluruh saldonya ditarik
verify-request-action-partial-withdrawal = penarikan sebagian dari validator 0x02
verify-request-action-switch-to-compounding = pengalihan validator ke kredensial 0x02 (compounding)
verify-request-action-consolidation = konsolidasi: validator sumber keluar dan saldonya dipindahkan ke target
verify-request-chain-id = Chain ID
verify-request-from = Harus dikirim dari (alamat penarikan)
verify-request-to = Ke kontrak sistem
verify-request-to-label = alamat kontrak
verify-request-value = Nilai yang dilampirkan (biaya kontrak)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Kunci publik validator sumber
verify-request-target-pubkey = Kunci publik validator target
verify-request-amount = Jumlah yang ditarik
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Tidak ada dana yang dikirim ke alamat: konsolidasi memindahkan saldo validator sumber ke validator target, dan pengalihan ke 0x02 tidak memindahkan apa pun.
verify-network-request = Diperiksa terhadap chain ID dan kontrak permintaan milik { $chain }. Berkas ini tidak memuat tanda tangan: dompet alamat penarikan menandatangani transaksi saat mengirimnya.

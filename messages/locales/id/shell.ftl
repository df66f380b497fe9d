app-title = withdrawal-wallet
language-picker-label = Bahasa halaman
tagline = Kunci offline untuk validator Ethereum. Apa pun yang Anda ketik tidak pernah keluar dari halaman ini.
online-banner = Anda tampaknya sedang online — putuskan koneksi sebelum memasukkan mnemonik.
offline-banner = Offline ✓
loaded-from = Dimuat dari
chain-label = Jaringan:
chain-not-chosen = belum dipilih
chain-custom = { $name } (kustom)
chain-custom-incomplete = kustom (belum lengkap)
mnemonic-loaded = { $passphrase ->
        [yes] Mnemonik dimuat (daftar kata { $wordlist }, dengan frasa sandi)
       *[no] Mnemonik dimuat (daftar kata { $wordlist })
    }
clear = Hapus
back-to-tasks = ← Semua tugas

## Layar awal

start-title = Apa yang ingin Anda lakukan?
tools-title = Alat, satu per satu
tools-hint = Bagi yang sudah memahami langkah-langkahnya: setiap alat secara terpisah, tanpa panduan.
tool-create-mnemonic = Buat mnemonik baru
tool-create-mnemonic-detail = 24 kata baru, dicatat lalu diketik ulang
tool-use-mnemonic = Gunakan mnemonik yang sudah ada
tool-use-mnemonic-detail = diperiksa kata demi kata; singkatan dilengkapi
tool-validator-keys = Buat kunci validator
tool-validator-keys-detail = keystore dan data deposit (deposit data)
tool-withdrawal-address = Tetapkan alamat penarikan
tool-withdrawal-address-detail = perubahan BLS-to-execution untuk validator 0x00
tool-ownership-proof = Buktikan kepemilikan alamat penarikan
tool-ownership-proof-detail = pernyataan bertanda tangan yang diminta sebagian operator; tidak mengubah apa pun di blockchain
tool-exits = Tanda tangani exit di muka
tool-exits-detail = dari mnemonik atau keystore
tool-verify-files = Verifikasi berkas
tool-verify-files-detail = berkas deposit, perubahan BLS, exit, atau keystore dari alat apa pun
tool-find-validators = Temukan validator saya
tool-find-validators-detail = impor daftar dari beacon chain; tanda tangani perubahan dan exit secara massal
tool-hand-off = Serahkan kunci ke penanda tangan
tool-hand-off-detail = impor lewat keymanager API, konfigurasi Web3Signer, paket unggahan Vault dan AWS
tool-lookup = Cari kunci penarikan
tool-lookup-detail = kunci publik penarikan dan kredensial 0x00 dari sebuah indeks kunci
tool-top-up = Top-up validator
tool-top-up-detail = deposit ke validator 0x01 atau 0x02 yang sudah ada, dari keystore-nya atau mnemonik
tool-builder-deposits = Deposit builder
tool-builder-deposits-detail = kunci, keystore, dan deposit builder (EIP-8282)
tool-execution-requests = Exit, tarik, atau konsolidasikan dari alamat penarikan
tool-execution-requests-detail = transaksi untuk validator 0x01 dan 0x02 (EIP-7002, EIP-7251), dikirim dari dompet Anda sendiri

## Perjalanan: apa yang ingin dilakukan staker, dan langkah-langkahnya

journey-withdrawal-address = Tetapkan alamat penarikan saya
journey-withdrawal-address-detail = Validator saya memiliki kredensial 0x00: tanda tangani perubahan BLS-to-execution agar imbalan dan dana exit dibayarkan ke alamat saya.
journey-new-validators = Buat kunci untuk validator baru
journey-new-validators-detail = Keystore untuk klien validator saya dan data deposit untuk Launchpad.
journey-exits = Keluarkan validator
journey-exits-detail = Tanda tangani exit sukarela (voluntary exit) di muka, dari mnemonik saya atau keystore, untuk disiarkan saat saya memutuskannya.
journey-check-file = Periksa berkas
journey-check-file-detail = Lihat isi berkas deposit, perubahan BLS, exit, atau keystore, dan apakah berkas itu valid.
stepper-label = { $journey }: langkah-langkah
step-your-mnemonic = Mnemonik Anda
step-your-validators = Validator Anda
step-chain-address-amounts = Jaringan, alamat, dan jumlah
step-mnemonic-or-keystore = Mnemonik atau keystore
step-validators-and-epoch = Validator dan epoch
step-review-and-sign = Tinjau dan tanda tangani
step-files-and-next-steps = Berkas dan langkah berikutnya
step-the-file = Berkas
step-what-it-says = Isinya

## Apa yang sedang dikerjakan oleh proses panjang

phase-deriving = menurunkan kunci
phase-keystores = kunci validator
phase-signing = menandatangani
phase-verifying = memverifikasi
phase-reading-import = membaca impor (validator)
phase-decrypting = membuka keystore

keystore-reading = Membaca { $name }…
keystore-read = ✓ { $name } telah dibaca

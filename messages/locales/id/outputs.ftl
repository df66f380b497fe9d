## Tinjauan penandatanganan: apa yang akan ditandatangani, ditampilkan sebelum setiap tombol tanda tangan

review-what-bls-changes = perubahan BLS-to-execution
review-what-deposits = deposit validator baru
review-what-exits = exit sukarela
review-title = Tinjauan: apa yang akan ditandatangani ({ $what })
review-signed-title = Telah ditandatangani: { $what }
review-summary-label = Apa yang telah ditandatangani
review-chain = Jaringan
review-fork-version = Versi fork genesis
review-root = Root validator genesis (genesis validators root)
review-root-label = root validator genesis
review-address = Alamat tujuan
review-address-label = alamat tujuan
review-amount = Jumlah per validator
review-epoch = Berlaku mulai epoch
review-validators = Validator
review-count-bls-changes = { $count } perubahan BLS-to-execution
review-count-deposits = { $count } deposit validator baru
review-count-exits = { $count } exit sukarela
review-count = { $count } { $what }
review-column-validator = Validator
review-column-key-index = Indeks kunci
review-column-check = Pemeriksaan
review-pubkey-from-bls = Dari kunci publik BLS (kunci penarikan)
review-pubkey-signing = Kunci publik penandatanganan
review-pubkey-label = kunci publik
review-row-new = baru
review-row-keystore = keystore
review-confirm-ending = Untuk mengonfirmasi, ketik { $count } karakter terakhir dari alamat tujuan
review-confirm-each = Konfirmasi setiap bagian
review-tick-chain = Jaringannya adalah { $chain }
review-tick-address = Alamat tujuan adalah milik saya, dan telah saya periksa di perangkat kedua
review-tick-validators = Ini adalah validator saya ({ $count })
review-tick-amount = { $amount } untuk masing-masing
review-tick-epoch = Berlaku mulai epoch { $epoch }
review-blocked = Tidak ada yang dapat ditandatangani sampai setiap validator di atas lolos pemeriksaan.

## Nilai heksadesimal dan tombol Salin

hex-copy = Salin
hex-copied = Disalin
hex-copy-label = Salin { $label }

## Kode QR, berkas, dan proses panjang

qr-too-long = terlalu panjang untuk satu kode QR: { $detail }
files-read-failed = browser tidak dapat membaca berkas
files-download-failed = browser tidak dapat menyediakan berkas untuk diunduh
jobs-worker-refused = browser menolak menjalankan Web Worker
jobs-module-not-sent = tidak dapat mengirim modul wasm ke worker
jobs-job-not-sent = tidak dapat mengirim tugas ke worker
job-progress = { $phase }: { $count }, { $elapsed } s
job-progress-eta = { $phase }: { $count }, { $elapsed } s, sekitar { $eta } s lagi
job-progress-done = { $done }
job-progress-of = { $done } dari { $total }
job-progress-percent = { $percent }%
job-cancel = Batal
job-cancelled = Dibatalkan. Tidak ada yang dihasilkan.

## Langkah berikutnya: apa yang harus dilakukan dengan setiap berkas

next-steps-title = Langkah berikutnya
next-deposit-title = Data deposit: unggah, lalu lakukan deposit
next-deposit-copy = Salin { $file } ke komputer yang Anda gunakan untuk melakukan deposit (berkas ini tidak memuat rahasia apa pun).
next-deposit-open = Buka { $page }, unggah berkasnya, lalu pastikan setiap kunci publik, kredensial penarikan, dan jumlahnya sama dengan yang tercantum di ringkasan di atas.
next-deposit-upload = Unggah berkas ini di halaman deposit untuk { $chain }, lalu cocokkan setiap kunci publik, kredensial penarikan, dan jumlahnya dengan ringkasan di atas.
next-deposit-sign = Tanda tangani transaksi deposit di sana dengan dompet yang menyimpan dananya. Deposit tidak dapat dibatalkan.
next-deposit-start = Jalankan validator dengan keystore-nya sebelum deposit diproses, agar tidak ada tugas yang terlewat.
next-keystores-title = Keystore: impor ke klien validator atau penanda tangan jarak jauh (remote signer) Anda
next-keystores-copy = Salin { $count } berkas keystore (atau berkas zip) ke mesin validator. Kata sandinya menyertai berkas dengan diketik langsung di sana, tidak pernah disimpan di samping berkas.
next-keystores-import = Impor, misalnya:
next-keystores-web3signer = Web3Signer: centang "Sertakan konfigurasi kunci Web3Signer" sebelum "Unduh semua"; berkas { $files } tersebut menunjuk ke setiap keystore dan berkas kata sandinya.
next-keystores-one-machine = Jalankan setiap kunci di satu mesin saja: kunci yang sama di dua mesin akan terkena slashing.
next-bls-change-title = Perubahan BLS-to-execution: siarkan satu kali
next-bls-change-copy = Salin { $file } ke komputer yang online (berkas ini tidak memuat rahasia apa pun).
next-bls-change-send = Kirim ke node beacon Anda:
next-bls-change-explorer = atau tempelkan ke halaman broadcast di block explorer ({ $page } untuk mainnet).
next-bls-change-after = Dalam beberapa hari, kredensial validator akan berisi { $prefix } diikuti alamat Anda; sejak itu penarikan dikirim ke sana. Perubahan ini tidak dapat dibatalkan.
next-ethdo-title = { $file } milik ethdo: perubahan yang sama, untuk ethdo
next-ethdo-broadcast = Jika Anda menggunakan ethdo secara online, siarkan dengan ethdo sebagai pengganti berkas di atas (jangan keduanya):
next-exits-title = Exit sukarela: simpan sampai Anda memutuskan untuk exit
next-exits-store = Simpan { $count } berkas exit dengan aman: siapa pun yang memegang salah satunya dapat mengeluarkan validator yang bersangkutan, dan exit tidak dapat dibatalkan.
next-exits-send = Untuk exit, kirim salah satu berkas ke node beacon:
next-exits-explorer = atau tempelkan ke halaman broadcast di block explorer. Validator tetap menjalankan tugasnya sampai exit selesai.
next-never-title = Tidak pernah keluar dari komputer offline ini
next-never-text = Mnemonik Anda dan frasa sandinya. Jangan ketik keduanya di tempat lain; kata sandi keystore hanya diketik di mesin yang menjalankan kunci.
next-print = Cetak langkah-langkah ini

## Bagian formulir bersama

common-chain-label = Jaringan
common-chain-choose = Pilih jaringan…
common-chain-custom = jaringan kustom…
common-custom-name-label = Nama jaringan
common-custom-genesis-fork-label = Versi fork genesis
common-custom-capella-fork-label = Versi fork Capella
common-custom-root-label = Root validator genesis (diperlukan untuk perubahan BLS dan exit)
common-files-verified = ✓ Setiap berkas di bawah ini telah diverifikasi (tanda tangan, root, dekripsi keystore) sebelum disediakan.
common-download = Unduh
common-web3signer = Sertakan konfigurasi kunci Web3Signer ({ $files }, tipe { $kind })
common-download-all = Unduh semua ({ $file })
common-show-qr = Kode QR untuk ponsel
common-qr-caption = { $file }, pesan { $number } dari { $total }
common-qr-label = Kode QR: { $file }, pesan { $number } dari { $total }
common-qr-too-long = { $file }, pesan { $number } dari { $total }: terlalu panjang untuk satu kode QR
common-public-ack = Saya tahu kunci-kunci ini bersifat publik dan tetap menginginkan berkas untuk jaringan ini
common-needs-mnemonic = Langkah ini bekerja dengan mnemonik Anda. Buat mnemonik baru atau masukkan mnemonik yang Anda miliki terlebih dahulu.
common-needs-use = Masukkan mnemonik saya
common-needs-create = Buat mnemonik baru

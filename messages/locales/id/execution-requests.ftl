## Execution-layer requests

exec-title = Exit, tarik, atau konsolidasikan dari alamat penarikan
exec-intro = Sejak pembaruan Pectra, validator dengan kredensial penarikan 0x01 atau 0x02 dapat di-exit, ditarik sebagian saldonya, atau dikonsolidasikan melalui transaksi dari alamat penarikannya (EIP-7002, EIP-7251). Dompet ini tidak menyimpan kunci eksekusi apa pun: dompet ini menyiapkan setiap transaksi, dan dompet milik alamat penarikan itu sendiri yang menandatangani dan mengirimkannya.
exec-no-secret = Tidak ada yang rahasia di layar ini: tidak diperlukan mnemonik, keystore, maupun kata sandi.
exec-validators-legend = Validator Anda
exec-validators-hint = Tempel atau muat data beacon chain tentang validator Anda: untuk masing-masing, indeks, kunci publik, dan kredensial penarikan saat ini. Minta hanya validator Anda sendiri (filter ?id=), dalam salah satu format berikut:
exec-validators-count = { $count ->
        [0] Belum ada validator yang dimuat.
       *[other] { $count } validator dimuat.
    }
exec-validators-from-find = { $count ->
       *[other] { $count } validator dari "Temukan validator saya" tercantum di bawah. Tempel atau muat daftar lain untuk menggantinya.
    }
exec-requests-legend = Permintaan
exec-requests-hint = Pilih apa yang diminta untuk setiap validator. Penarikan sebagian hanya untuk validator 0x02 dan mengambil sebagian saldo di atas 32 ETH; target konsolidasi harus salah satu validator dalam daftar, dengan kredensial 0x02.
exec-action-all-label = Permintaan untuk setiap validator
exec-action-label = Permintaan untuk validator { $validator }
exec-action-none = Tanpa permintaan
exec-action-full-exit = Exit penuh
exec-action-partial = Penarikan sebagian (hanya 0x02)
exec-action-switch = Ubah ke 0x02 (compounding)
exec-action-consolidate = Konsolidasikan ke validator lain
exec-amount-label = Jumlah yang ditarik dari validator { $validator }, dalam { $currency }
exec-target-label = Target konsolidasi validator { $validator }
exec-target-choose = Pilih validator target
exec-error-no-target = pilih validator tujuan konsolidasi
exec-error-no-action = pilih permintaan untuk setidaknya satu validator
exec-allow-other-target = Izinkan target dengan alamat penarikan lain (saldo sumber kemudian menjadi milik alamat itu)
exec-column-pubkey = Kunci publik
exec-column-request = Permintaan

## The value to attach

exec-value-legend = Nilai yang dilampirkan pada setiap transaksi (biaya kontrak)
exec-value-withdrawal-label = Wei yang dilampirkan pada setiap permintaan exit atau penarikan
exec-value-consolidation-label = Wei yang dilampirkan pada setiap permintaan konsolidasi
exec-fee-contract = Kontrak:
exec-fee-command = Misalnya, dengan cast dari Foundry dan node eksekusi jaringan ini (jawabannya adalah biaya dalam wei, dalam heksadesimal):
exec-review = Tinjau transaksi

## The review

exec-review-title = Tinjau transaksi
exec-review-chain-id = Chain ID
exec-review-contract-withdrawal = Kontrak permintaan penarikan (EIP-7002)
exec-review-contract-consolidation = Kontrak permintaan konsolidasi (EIP-7251)
exec-review-value = Nilai yang dilampirkan pada setiap transaksi
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = Kirim dari (alamat penarikan)
exec-review-count = { $count ->
       *[other] { $count } transaksi
    }
exec-request-full-exit = exit penuh; validator berhenti memvalidasi dan seluruh saldonya ditarik
exec-request-partial = penarikan sebagian sebesar { $amount }
exec-request-switch = ubah ke kredensial 0x02 (compounding)
exec-request-consolidate = konsolidasi ke validator { $target }; validator ini keluar dan saldonya pindah ke sana
exec-tick-chain = Jaringannya { $chain }, chain ID { $chain_id }
exec-tick-value = Setiap transaksi ke { $contract } melampirkan { $wei } wei, setidaknya biaya yang saya baca
exec-tick-from = Saya akan mengirim dari { $address }, alamat penarikan validator tersebut
exec-tick-request = Validator { $validator }: { $request }
exec-review-blocked = Beberapa permintaan tidak dapat dibuat (lihat alasan masing-masing); ubahlah di atas.
exec-create = Buat file transaksi

## The transactions made

exec-summary-title = Transaksi yang disiapkan
exec-requests-title = Setiap transaksi
exec-output-from = Kirim dari
exec-output-uri = URI EIP-681-nya, untuk dompet yang membuka tautan ethereum::
exec-output-uri-name = URI EIP-681
exec-fee-query-name = permintaan JSON-RPC
exec-output-qr-label = Kode QR transaksi untuk validator { $validator }
exec-notices-title = Sebelum mengirim
exec-notice-fee_read_by_empty_call = Biaya ditetapkan oleh kontrak saat transaksi dijalankan: bacalah dengan permintaan di bawah (eth_call dengan calldata kosong) dan lampirkan setidaknya sebesar itu.
exec-notice-overpayment_not_refunded = Setiap nilai di atas biaya disimpan oleh kontrak, tidak dikembalikan; nilai di bawahnya membuat transaksi gagal.
exec-notice-send_from_withdrawal_address = Kirim setiap transaksi dari alamat yang disebutkannya: dari alamat lain mana pun, jaringan mengabaikan permintaan itu dan biayanya hilang.
exec-notice-chain_checks_when_processed = Jaringan masih memeriksa hal-hal yang tidak dapat diketahui dompet ini secara offline (berapa lama validator telah aktif, penarikan yang tertunda, antrean, saldo); permintaan yang tidak lolos pemeriksaan itu diabaikan dan biayanya ditahan.
exec-notice-consolidation_exits_source = Sumber konsolidasi akan keluar: ia berhenti memvalidasi begitu saldonya pindah ke target.
exec-next-title = Tanda tangani dan kirim dari alamat penarikan
exec-next-fee = Periksa biaya terlebih dahulu, tepat sebelum mengirim: kirim permintaan JSON-RPC ini ke node eksekusi jaringan tersebut.
exec-next-fee-result = Hasilnya adalah biaya dalam wei, dalam heksadesimal. Jika lebih tinggi dari nilai dalam file, buat ulang file dengan nilai yang lebih tinggi.
exec-next-send = Buka dompet yang menyimpan alamat penarikan (dompet perangkat keras, Safe, dompet di mesin yang online) dan kirim setiap transaksi dari sana: to, value, dan data persis seperti dalam file, atau buka URI-nya atau pindai kode QR-nya. Alamatnya:
exec-next-check = Sebelum menandatangani, periksa bahwa dompet Anda menampilkan kontrak, nilai, dan data dari file: dompet yang menghilangkan data akan mengirim nilainya saja, dan kontrak akan menolaknya.
exec-next-chain = Setelah itu kontrak memasukkan permintaan ke antrean dan beacon chain memprosesnya dalam beberapa epoch. Exit penuh menunggu di antrean exit, lalu seluruh saldo ditarik; penarikan sebagian dibayarkan ke alamat penarikan; perubahan menjadikan kredensial 0x02; konsolidasi memindahkan saldo sumber ke target. Pantau validator di penjelajah beacon chain.

## On "Find my validators"

exec-offer = { $count ->
       *[other] { $count } validator yang ditemukan memiliki kredensial 0x01 atau 0x02: alamat penarikannya dapat meng-exit-nya, menarik darinya, atau mengonsolidasikannya.
    }
exec-offer-button = Exit, tarik, atau konsolidasikan validator ini

## Opsi yang diberikan ke paket atau worker

error-options_not_object = opsi harus berupa objek, seperti {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] opsi tidak dikenal "{ $field }" (apakah maksud Anda "{ $nearest }"?); opsi yang tersedia di sini: { $known }
       *[other] opsi tidak dikenal "{ $field }"; opsi yang tersedia di sini: { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language, dan keyCount mencocokkan entri dengan sebuah mnemonik: berikan juga mnemoniknya
        [verify_needs_pubkey] berikan kunci publik penandatanganan validator untuk memeriksa exit terhadapnya
        [verify_needs_signer] berikan kunci publik penandatanganan validator, keystore-nya, atau mnemonik untuk memeriksa bukti kepemilikan alamat penarikan terhadapnya
       *[other] opsi "{ $field }" wajib diisi
    }

error-option_type = { $reason ->
        [not_string] opsi "{ $path }": seharusnya berupa string
        [not_option_value] opsi "{ $path }": fungsi, symbol, atau BigInt tidak dapat menjadi opsi di sini; nilai uint64 ditulis sebagai string desimal
        [unreadable] opsi "{ $path }" tidak dapat dibaca
        [not_json] opsi "{ $path }" memiliki tipe yang tidak dapat dimuat dalam JSON
        [not_function] opsi "{ $path }": seharusnya berupa fungsi (done, total, phase)
       *[other] opsi "{ $path }": seharusnya { $expected }, tetapi diberikan { $found }
    }

error-option_value = { $reason ->
        [not_one_of] opsi "{ $path }": "{ $found }" bukan salah satu dari { $expected }
        [invalid] opsi "{ $path }": { $detail }
        [invalid_options] opsi tidak valid: { $detail }
        [keystore_not_verified] keystore diperiksa dengan membukanya menggunakan kata sandinya, bukan diverifikasi sebagai berkas bertanda tangan
        [hand_off_not_verified] berkas ini diperiksa saat dibuat, dengan membacanya kembali; berkas ini tidak memuat tanda tangan untuk diverifikasi
       *[other] opsi "{ $path }": seharusnya { $expected }, tetapi diberikan { $found }
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] opsi tidak valid: tanda tangani dengan keystore (keystore dan password) atau dengan mnemonik (mnemonic dan keyIndex, dengan passphrase dan language bila perlu), bukan keduanya
        [pubkey_or_keystore] opsi tidak valid: berikan kunci publik penandatanganan validator atau keystore-nya, bukan keduanya
       *[other] opsi tidak valid: berikan startIndex atau keyIndices, bukan keduanya (satu indeks kunci per validator)
    }

error-text_lone_surrogate = teks ini memuat surrogate UTF-16 tunggal (setengah karakter); teks ini tidak dapat dikodekan dan akan diganti tanpa pemberitahuan sehingga menghasilkan kunci lain: ketik ulang teksnya

## Kolom heksadesimal

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] versi fork genesis jaringan harus diawali 0x
        [chain_capella_fork_version] versi fork Capella (exit) jaringan harus diawali 0x
        [chain_genesis_validators_root] root validator genesis jaringan harus diawali 0x
        [execution_address] alamat eksekusi harus diawali 0x (0x dan 40 digit heksadesimal)
        [import_entry] { $entry }: { $name } harus diawali 0x
        [import_file] dalam berkas: { $name } harus diawali 0x
       *[other] { $field } harus diawali 0x
    }

error-hex_unexpected_prefix = { $field } tidak boleh diawali 0x

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] versi fork genesis jaringan bukan heksadesimal
        [chain_capella_fork_version] versi fork Capella (exit) jaringan bukan heksadesimal
        [chain_genesis_validators_root] root validator genesis jaringan bukan heksadesimal
        [validator_pubkey] kunci publik validator bukan heksadesimal
        [execution_address] alamat eksekusi bukan heksadesimal (0x dan 40 digit heksadesimal)
        [withdrawal_credentials] kredensial penarikan ke-{ $position } bukan heksadesimal (0x dan 64 digit heksadesimal)
        [import_entry] { $entry }: { $name } bukan heksadesimal
        [import_csv_line] baris CSV { $line }: { $name } bukan heksadesimal
        [import_file] dalam berkas: { $name } bukan heksadesimal
       *[other] { $field } bukan heksadesimal
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] versi fork genesis jaringan berukuran { $bytes } byte; seharusnya { $expected } byte
        [chain_capella_fork_version] versi fork Capella (exit) jaringan berukuran { $bytes } byte; seharusnya { $expected } byte
        [chain_genesis_validators_root] root validator genesis jaringan berukuran { $bytes } byte; seharusnya { $expected } byte
        [validator_pubkey] kunci publik validator berukuran { $bytes } byte; seharusnya { $expected } byte
        [execution_address] alamat eksekusi berukuran { $bytes } byte; seharusnya { $expected } byte (0x dan 40 digit heksadesimal)
        [withdrawal_credentials] kredensial penarikan ke-{ $position } berukuran { $bytes } byte; seharusnya { $expected } byte (0x dan 64 digit heksadesimal)
        [import_entry] { $entry }: { $name } berukuran { $bytes } byte; seharusnya { $expected } byte
        [import_csv_line] baris CSV { $line }: { $name } berukuran { $bytes } byte; seharusnya { $expected } byte
        [import_file] dalam berkas: { $name } berukuran { $bytes } byte; seharusnya { $expected } byte
       *[other] { $field } berukuran { $bytes } byte; seharusnya { $expected } byte
    }

## Angka yang diketik atau dibaca dari berkas

error-not_uint64 = { $subject ->
        [value] "{ $text }" bukan bilangan bulat dari 0 hingga 18446744073709551615
        [validator_index] indeks validator ke-{ $position } "{ $text }" bukan bilangan bulat dari 0 hingga 18446744073709551615
        [import_entry] { $entry }: { $name } "{ $text }" bukan uint64 desimal
        [import_csv_line] baris CSV { $line }: { $name } "{ $text }" bukan uint64 desimal
        [import_file] dalam berkas: { $name } "{ $text }" bukan uint64 desimal
       *[other] { $field } "{ $text }" bukan uint64 desimal
    }

error-not_key_index = "{ $text }" bukan indeks kunci: gunakan bilangan bulat dari 0 hingga 4294967295, hanya berupa angka

error-not_ether_amount = "{ $text }" bukan jumlah dalam ETH dengan paling banyak 9 desimal (gwei utuh), seperti 32 atau 40.5 (dengan titik)

## Mnemonik

error-mnemonic_word_count = mnemonik ini terdiri dari { $words } kata; seharusnya 12, 15, 18, 21, atau 24

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] kata ke-{ $position } tidak ada dalam daftar kata BIP39; periksa ejaannya
       *[other] kata ke-{ $position } tidak ada dalam daftar kata BIP39: kata ini memuat karakter { $invisible }, yang bukan huruf; ketik ulang kata tersebut
    }

error-mnemonic_mixed_languages = kata-kata ini berasal dari daftar kata BIP39 yang berbeda; satu mnemonik hanya menggunakan satu bahasa

error-mnemonic_checksum = checksum mnemonik salah: ada kata yang salah ketik, terlewat, atau tidak sesuai urutan

error-mnemonic_ambiguous_language = mnemonik ini valid dalam lebih dari satu bahasa ({ $languages }); pilih bahasanya

error-mnemonic_unknown_language = bahasa mnemonik tidak dikenal "{ $name }"; gunakan salah satu dari: { $known }

error-mnemonic_public_not_acknowledged = ini adalah mnemonik uji yang dipublikasikan: siapa pun dapat menurunkan kuncinya dan mengambil apa pun yang dikendalikan kunci tersebut. Di jaringan { $chain }, yang mata uangnya bernilai nyata, tidak ada yang dibuat dari mnemonik ini tanpa konfirmasi eksplisit

error-passphrase_mismatch = kedua frasa sandi berbeda

error-rng_unavailable = tidak tersedia generator bilangan acak yang aman (crypto.getRandomValues); pembuatan kunci ditolak

## Indeks kunci dan batch

error-key_budget_exceeded = ini akan menggunakan indeks kunci hingga { $last_index }, melebihi batas Anda sebesar { $budget } validator per mnemonik; pertimbangkan mnemonik baru untuk sisanya, agar satu frasa yang bocor mengekspos lebih sedikit validator

error-count_zero = jumlah validator minimal 1

error-count_too_large = { $reason ->
        [search_keys] { $count } indeks kunci berada di luar jangkauan satu pemindaian: 1 hingga { $limit }
       *[other] { $count } validator dalam satu batch; paling banyak { $limit } per batch: bagi kumpulan yang lebih besar menjadi beberapa batch
    }

error-key_index_past_last = { $count } validator mulai dari indeks { $start } akan melewati indeks kunci terakhir, 4294967295

error-count_mismatch = { $of ->
        [key_indices] { $validators } indeks validator tetapi { $other } indeks kunci; berikan satu indeks kunci per validator
       *[other] { $validators } indeks validator tetapi { $other } kredensial penarikan; berikan satu kredensial per validator, dengan urutan yang sama
    }

error-no_validators = { $reason ->
        [import] impor ini tidak mencantumkan validator apa pun
       *[other] berikan setidaknya satu indeks validator
    }

error-duplicate_validator = { $reason ->
        [import] validator { $validator_index } muncul dua kali dalam impor
       *[other] validator { $validator_index } tercantum dua kali
    }

error-key_path_missing_root = jalur kunci harus diawali "m/"

error-key_path_no_indices = jalur kunci memerlukan setidaknya satu indeks setelah "m"

error-key_path_bad_index = tingkat { $level } dari jalur kunci, "{ $text }", bukan indeks dari 0 hingga 4294967295

## Jaringan

error-chain_not_chosen = pilih jaringan terlebih dahulu: tidak ada yang dibuat untuk jaringan yang tidak Anda pilih

error-chain_unknown = jaringan tidak dikenal "{ $name }"; gunakan salah satu dari { $known }, atau berikan versi fork dan root untuk jaringan kustom

error-chain_name_invalid = jaringan kustom memerlukan nama berisi 1 hingga 64 huruf, angka, - atau _ (nama ini ditulis ke dalam berkas deposit)

error-chain_no_genesis_validators_root = jaringan { $chain } tidak memiliki root validator genesis, sehingga perubahan BLS dan exit tidak dapat ditandatangani untuknya; berikan root tersebut

error-chain_impersonates_builtin = nilai jaringan ini sebagian merupakan milik { $builtin }: { $differing ->
        [genesisForkVersion] versi fork genesis-nya berbeda
        [capellaForkVersion] versi fork Capella (exit)-nya berbeda
        [genesisValidatorsRoot] root validator genesis-nya berbeda
        [genesis_fork_version] genesis_fork_version-nya berbeda
        [exit_fork_version] exit_fork_version-nya berbeda
        [genesis_validators_root] genesis_validators_root-nya berbeda
       *[other] { $differing } berbeda
    }; jaringan yang memakai salah satu nilai { $builtin } harus merupakan { $builtin } itu sendiri (pesan yang ditandatangani dengan nilai tersebut dapat berlaku di { $builtin })

error-chain_builtin_name_reused = "{ $name }" adalah jaringan bawaan: pilih berdasarkan namanya, atau beri nama lain untuk jaringan kustom

error-chain_import_differs = Impor ini dibuat di { $imported }, tetapi yang dipilih adalah { $selected }; penandatanganan menggunakan nilai jaringan dari impor ({ $imported }).

## Alamat eksekusi

error-address_not_checksummed = alamat eksekusi tidak memiliki checksum EIP-55; salin dari dompet Anda beserta huruf besar dan kecilnya. Bentuknya dengan checksum adalah { $checksummed }: bandingkan karakter demi karakter

error-address_bad_checksum = alamat eksekusi gagal dalam pemeriksaan checksum EIP-55, jadi ada karakter yang salah; dengan karakter-karakter ini, alamat tersebut akan tertulis { $checksummed }

error-address_zero = alamat eksekusi adalah alamat nol; dana yang dikirim ke sana akan hilang

error-address_confirmation_mismatch = kedua alamat berbeda; tempelkan alamat ber-checksum yang sama di kedua kolom

error-address_ending_mismatch = ini bukan { $count } karakter terakhir dari alamat: baca ulang dari alamat yang ditampilkan di atas

## Kunci BLS

error-pubkey_invalid = { $subject ->
        [validator_pubkey] kunci publik validator bukan kunci publik BLS yang valid (titik G1 terkompresi 48 byte di dalam subgrup)
       *[other] { $field } bukan kunci publik BLS yang valid (titik G1 terkompresi 48 byte di dalam subgrup)
    }

## Deposit

error-deposit_bls_not_allowed = kredensial penarikan 0x00 (BLS) memerlukan persetujuan eksplisit: dana tetap terkunci sampai perubahan BLS-to-execution ditandatangani; berikan alamat eksekusi sebagai gantinya

error-deposit_amount_not_allowed = deposit dengan kredensial 0x00 atau 0x01 harus tepat 32 ETH; yang diminta { $amount } ETH (pilih 0x02 compounding untuk jumlah lain)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] jumlah { $amount } ETH berada di luar rentang 1 hingga 2048 ETH (1/32 hingga 64 GNO di jaringan Gnosis)
       *[other] jumlah { $amount } ETH berada di luar rentang 1 hingga 2048 ETH
    }

error-builder_amount_too_small = jumlah { $amount } ETH di bawah minimum deposit builder, yaitu 1 ETH (deposit builder tidak memiliki batas maksimum)

error-builder_keys_are_validator_keys = kunci builder { $first_index } sampai { $last_index } adalah kunci penandatanganan validator m/12381/3600/i/0/0 dari mnemonik ini pada indeks yang sama (rancangan deposit-cli): jika mnemonik ini memiliki validator pada indeks tersebut, jangan gunakan untuk builder; gunakan mnemonik baru

## Perubahan BLS-to-execution dan exit

error-bls_change_already_execution = validator { $validator_index } sudah memiliki kredensial eksekusi { $prefix }; perubahan BLS hanya mengonversi kredensial 0x00, jadi tidak ada yang perlu ditandatangani

error-bls_change_credentials_mismatch = validator { $validator_index }: kredensial yang diberikan, { $given }, tidak cocok dengan indeks kunci { $key_index } dari mnemonik ini, yang menghasilkan { $derived }; periksa indeks awal, urutan validator, dan mnemoniknya. Tidak ada yang ditandatangani

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] indeks kunci { $key_index } dari mnemonik menghasilkan kunci penandatanganan { $signing_pubkey }, bukan kunci validator { $validator_pubkey }; tidak ada yang ditandatangani
       *[other] keystore ini memuat kunci { $keystore_pubkey }, bukan kunci validator { $validator_pubkey }; tidak ada yang ditandatangani
    }

## Permintaan lapisan eksekusi dari alamat penarikan (EIP-7002, EIP-7251)

error-chain_no_execution_layer = permintaan lapisan eksekusi hanya dibuat untuk jaringan bawaan, yang chain ID dan kontrak permintaannya diketahui; { $chain } bukan salah satunya: gunakan salah satu dari { $known }

error-request_value_invalid = { $reason ->
        [zero] nilai yang dilampirkan adalah 0 wei; biaya kontrak paling sedikit 1 wei, sehingga transaksi akan gagal
        [too_large] nilai yang dilampirkan, "{ $text }", lebih besar daripada biaya apa pun yang dapat diminta kontrak (paling banyak 2^128 - 1 wei)
       *[not_wei] nilai yang dilampirkan, "{ $text }", bukan bilangan bulat wei (hanya angka, seperti 1)
    }

error-request_not_execution_credentials = validator { $validator_index } memiliki kredensial penarikan { $prefix }, yang tidak menyebutkan alamat penarikan: hanya validator 0x01 dan 0x02 yang menerima permintaan dari alamat penarikannya (validator 0x00 terlebih dahulu memerlukan perubahan BLS-to-execution)

error-request_validator_not_active = validator { $validator_index } berstatus { $status }, bukan active_ongoing: jaringan mengabaikan permintaan untuk validator yang tidak aktif atau sudah keluar, dan menahan biayanya

error-withdrawal_partial_not_compounding = validator { $validator_index } memiliki kredensial { $prefix }: jaringan hanya melakukan penarikan sebagian untuk validator 0x02 (compounding), dan menarik sendiri saldo berlebih validator 0x01; ubah terlebih dahulu ke 0x02, atau minta exit penuh

error-withdrawal_amount_on_exit = validator { $validator_index }: exit penuh tidak memakai jumlah, karena menarik seluruh saldo; hilangkan jumlahnya, atau minta penarikan sebagian

error-withdrawal_amount_zero = validator { $validator_index }: penarikan sebagian memerlukan jumlah di atas 0 (jumlah 0 adalah permintaan exit penuh)

error-consolidation_target_not_compounding = validator { $target_index } memiliki kredensial { $prefix }: target konsolidasi harus memiliki kredensial 0x02 (compounding), jika tidak jaringan mengabaikan permintaan dan menahan biayanya; ubah terlebih dahulu ke 0x02

error-consolidation_self_not_switch = validator { $validator_index } disebut sebagai targetnya sendiri tetapi memiliki kredensial { $prefix }: hanya validator 0x01 yang menjadi targetnya sendiri, untuk mengubahnya ke 0x02

error-consolidation_target_address_differs = saldo validator { $source_index } akan pindah ke validator { $target_index }, yang alamat penarikannya { $target_address } bukan alamat sumber ({ $source_address }): dana kemudian akan menjadi milik alamat tersebut. Setel allowOtherTargetAddress hanya jika memang itu yang Anda inginkan

error-consolidation_source_also_target = validator { $validator_index } adalah sumber satu konsolidasi dan target konsolidasi lain dalam batch ini; setelah validator itu keluar, jaringan mengabaikan yang lain: lakukan konsolidasi dalam dua langkah

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } adalah { $found }, bukan chain ID { $expected } milik { $chain }
        [to] { $field } adalah { $found }, bukan kontrak { $chain } untuk permintaan ini, { $expected }
        [request] { $field } tidak cocok dengan data berkas
        [description] { $field } tidak menyatakan apa yang dilakukan data berkas
       *[uri] { $field } tidak cocok dengan to, chainId, value, dan data berkas
    }

## Kata sandi dan keystore

error-password_empty = kata sandi kosong (karakter kontrol tidak dihitung); tentukan kata sandi

error-password_too_short = kata sandi terdiri dari { $chars } karakter; keystore baru memerlukan minimal { $min }

error-password_mismatch = kedua kata sandi berbeda

error-keystore_not_chosen = pilih berkas keystore terlebih dahulu, dan tunggu hingga selesai dibaca

error-keystore_wrong_password = kata sandi salah: checksum keystore tidak cocok

error-keystore_malformed = { $reason ->
        [json] bukan keystore EIP-2335 yang valid: berkas bukan JSON keystore: { $detail }
        [params] bukan keystore EIP-2335 yang valid: { $name } tidak valid: { $detail }
        [dklen] bukan keystore EIP-2335 yang valid: { $name } bernilai { $found }; seharusnya { $expected }
        [version] bukan keystore EIP-2335 yang valid: { $name } bernilai { $found }; hanya versi 4 yang didukung
        [unsupported_kdf] bukan keystore EIP-2335 yang valid: { $name } bernilai "{ $found }"; hanya "scrypt" dan "pbkdf2" yang didukung
        [unsupported_prf] bukan keystore EIP-2335 yang valid: { $name } bernilai "{ $found }"; hanya "hmac-sha256" yang didukung
        [unsupported_checksum] bukan keystore EIP-2335 yang valid: { $name } bernilai "{ $found }"; hanya "sha256" yang didukung
        [unsupported_cipher] bukan keystore EIP-2335 yang valid: { $name } bernilai "{ $found }"; hanya "aes-128-ctr" yang didukung
        [not_empty] bukan keystore EIP-2335 yang valid: { $name } harus kosong
        [not_hex] bukan keystore EIP-2335 yang valid: { $name } bukan heksadesimal (tanpa 0x)
        [wrong_length] bukan keystore EIP-2335 yang valid: { $name } berukuran { $bytes } byte; seharusnya { $expected } byte
        [empty] bukan keystore EIP-2335 yang valid: { $name } kosong
        [too_long] bukan keystore EIP-2335 yang valid: { $name } berukuran { $bytes } byte; maksimal { $limit } byte
        [cipher_length] bukan keystore EIP-2335 yang valid: { $name } berukuran { $bytes } byte; keystore BLS memuat 32 byte
        [pubkey] bukan keystore EIP-2335 yang valid: { $name } bukan kunci publik BLS yang valid (titik G1 terkompresi 48 byte di dalam subgrup)
        [path_missing_root] bukan keystore EIP-2335 yang valid: { $name } tidak valid: jalur kunci harus diawali "m/"
        [path_no_indices] bukan keystore EIP-2335 yang valid: { $name } tidak valid: jalur kunci memerlukan setidaknya satu indeks setelah "m"
        [path_bad_index] bukan keystore EIP-2335 yang valid: { $name } tidak valid: tingkat { $level } dari jalur kunci, "{ $text }", bukan indeks dari 0 hingga 4294967295
        [uuid] bukan keystore EIP-2335 yang valid: { $name } bukan UUID
       *[other] bukan keystore EIP-2335 yang valid: { $name } tidak valid
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] KDF keystore ditolak untuk dijalankan: scrypt n = { $n } harus berupa pangkat dua yang lebih besar dari 1
        [scrypt_r_p] KDF keystore ditolak untuk dijalankan: scrypt r = { $r } dan p = { $p } keduanya harus minimal 1
        [scrypt_memory] KDF keystore ditolak untuk dijalankan: scrypt n = { $n }, r = { $r }, p = { $p } memerlukan lebih dari 1 GiB memori (128·r·(n + p + 2))
        [scrypt_params] KDF keystore ditolak untuk dijalankan: scrypt n = { $n }, r = { $r }, p = { $p } berada di luar nilai yang diterima scrypt (n harus di bawah 2^(16·r))
        [pbkdf2_c] KDF keystore ditolak untuk dijalankan: pbkdf2 c = { $c } harus dari 1 hingga { $limit }
       *[empty_salt] KDF keystore ditolak untuk dijalankan: salt KDF kosong
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] bukan kunci rahasia BLS yang valid (32 byte, bukan nol, di bawah orde kurva)
       *[other] keystore rusak: rahasia hasil dekripsinya bukan kunci rahasia BLS yang valid
    }

error-keystore_pubkey_mismatch = keystore rusak: keystore ini menyatakan kunci publik { $stated }, tetapi kunci publik dari kunci rahasianya adalah { $actual }

## Berkas

error-file_too_large = { $reason ->
        [keystore] bukan keystore EIP-2335 yang valid: berkas berukuran { $bytes } byte; keystore berukuran paling besar { $limit_mib } MiB
       *[other] berkas berukuran { $bytes } byte; berkas di atas { $limit_mib } MiB ditolak sebelum dibaca (tidak ada keystore atau berkas pesan bertanda tangan yang sebesar itu)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] bukan keystore EIP-2335 yang valid: berkas diawali byte-order mark (BOM); simpan sebagai UTF-8 biasa
       *[other] berkas diawali byte-order mark (BOM); simpan sebagai UTF-8 tanpa BOM
    }

error-file_not_utf8 = { $reason ->
        [import] impor ini bukan teks UTF-8
       *[other] berkas ini bukan teks UTF-8
    }

error-file_empty = { $reason ->
        [import] impor ini kosong
       *[other] berkas ini tidak memuat entri apa pun
    }

error-file_kind_unknown = ini bukan berkas keystore, data deposit, perubahan BLS, atau exit

error-json_syntax = { $reason ->
        [import] impor ini bukan respons beacon API maupun berkas persiapan ethdo: { $detail } pada baris { $line } kolom { $column }
       *[other] berkas ini bukan JSON: { $detail } pada baris { $line } kolom { $column }
    }

error-json_duplicate_key = { $reason ->
        [keystore] bukan keystore EIP-2335 yang valid: berkas mencantumkan kunci JSON "{ $key }" dua kali dalam satu objek
       *[other] JSON ini mencantumkan kunci "{ $key }" dua kali dalam satu objek; alat lain hanya akan membaca yang terakhir, sehingga berkas ini ditolak
    }

error-json_not_array = berkas ini bukan array JSON berisi entri

error-json_not_object = { $reason ->
        [exit_in_array] berkas ini berupa array JSON; berkas exit bertanda tangan memuat satu objek exit (satu berkas per validator)
        [keystore] bukan keystore EIP-2335 yang valid: berkas bukan objek JSON
        [proof_in_array] berkas ini berupa array JSON; bukti kepemilikan alamat penarikan memuat satu objek (satu berkas per validator)
       *[other] berkas ini bukan satu objek JSON
    }

## Entri berkas pesan bertanda tangan (laporan verifikasi)

error-field_missing = { $field } tidak ada

error-field_type = { $reason ->
        [amount_not_gwei] { $field } tidak ada atau bukan bilangan bulat gwei
        [not_integer] { $field } bukan bilangan bulat JSON
       *[other] { $field } bukan string
    }

error-credentials_prefix = { $reason ->
        [builder] prefiks { $prefix } pada { $field } bukan prefiks builder 0xb0
       *[other] prefiks { $prefix } pada { $field } bukan 0x00, 0x01, atau 0x02
    }

error-credentials_padding = { $reason ->
        [builder] byte 1–11 pada { $field } harus nol untuk kredensial 0xb0
       *[other] byte 1–11 pada { $field } harus nol untuk kredensial 0x01/0x02
    }

error-fork_version_mismatch = { $field } { $found } bukan versi fork genesis { $chain }, yaitu { $expected }

error-network_name_mismatch = { $field } "{ $found }" bukan { $chain }

error-genesis_validators_root_mismatch = { $field } { $found } bukan milik { $chain }

error-root_mismatch = { $reason ->
        [message_root] { $field } tidak cocok dengan pubkey, withdrawal_credentials, dan amount
       *[other] { $field } tidak cocok dengan entri ini
    }

error-signature_invalid = { $message ->
        [deposit] { $field } tidak terverifikasi untuk deposit di { $chain }
        [builder_deposit] { $field } tidak terverifikasi untuk deposit builder di { $chain }
        [bls_to_execution_change] { $field } tidak terverifikasi untuk perubahan BLS di { $chain }
        [bls_to_execution_change_keystore] { $field } tidak terverifikasi sebagai bukti kepemilikan alamat penarikan di { $chain } untuk kunci validator { $pubkey }
        [bls_to_execution_change_keystore_mnemonic] { $field } tidak terverifikasi untuk kunci penandatanganan mana pun dari indeks kunci 0 sampai { $last } milik mnemonik di { $chain }
       *[voluntary_exit] { $field } tidak terverifikasi untuk kunci validator { $pubkey } di { $chain }
    }

error-verify_chain_differs = Berkas ini menyatakan dibuat untuk { $stated }, tetapi yang dipilih adalah { $selected }: tanda tangannya diperiksa terhadap nilai-nilai { $selected }. Pilih jaringan yang dimaksud oleh berkas ini.

error-verify_address_differs = { $reason ->
        [no_address] kredensial 0x00 (BLS) entri ini tidak menyebutkan alamat eksekusi apa pun, jadi bukan alamat yang diharapkan { $expected }
       *[other] entri ini mengirim dana ke { $found }, bukan ke alamat yang diharapkan { $expected }
    }

## Impor validator dan pencarian

error-import_too_large = impor berukuran { $bytes } byte; impor di atas { $limit_gib } GiB ditolak (daftar validator lengkap mainnet sekitar 500 MB)

error-import_not_validators = { $reason ->
        [unknown_shape] JSON ini tidak memiliki "data" (respons validators dari beacon API) maupun "validators" (offline-preparation.json dari ethdo)
       *[other] impor ini berupa JSON tetapi bukan objek atau array: bukan respons beacon API maupun berkas persiapan ethdo
    }

error-import_both_shapes = JSON ini memiliki "data" sekaligus "validators"; berikan satu respons beacon API atau satu berkas ethdo

error-import_missing_field = berkas persiapan ethdo tidak memiliki "{ $name }"

error-import_ethdo_version = versi berkas persiapan ethdo "{ $version }" tidak didukung; yang didukung adalah versi "3" (ethdo 1.30 dan yang lebih baru)

error-import_domain_type = { $name } pada berkas ethdo bernilai { $found }, bukan { $expected } sesuai spesifikasi konsensus; berkas ini tidak dibuat untuk jaringan Ethereum

error-import_csv_columns = baris CSV { $line } memiliki { $columns } kolom; setiap baris harus berformat validator_index,withdrawal_credentials

error-import_too_many_validators = impor ini mencantumkan lebih dari { $limit } validator; mainnet memiliki sekitar 1,1 juta, jadi ini bukan daftar validator

error-validator_status_unknown = { $entry }: { $name } "{ $text }" bukan status validator beacon API

error-import_source_conflict = { $given ->
        [0] pilih berkas impor, tempelkan impor, atau berikan daftar validator
       *[other] berikan tepat satu impor: berkas, teks yang ditempel, atau daftar validator
    }

error-search_too_many_matches = lebih dari { $limit } validator dalam impor cocok dengan kunci-kunci mnemonik ini; tidak ada mnemonik nyata yang mengendalikan sebanyak itu dalam satu daftar. Impor hanya validator Anda (dengan filter ?id= pada beacon API), atau pindai lebih sedikit indeks kunci

## Penyerahan kunci penandatanganan ke penanda tangan

error-hand_off_no_keystores = pilih keystore penandatanganan yang akan diserahkan
error-hand_off_withdrawal_key = keystore ini memuat kunci penarikan { $path }; kunci penarikan tetap offline dan tidak pernah dipindahkan ke klien validator atau penanda tangan. Serahkan keystore penandatanganan (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = keystore { $first } dan { $second } memuat kunci yang sama; satu kunci hanya boleh diimpor sekali
error-hand_off_passwords_not_acknowledged = berkas ini memuat kata sandi keystore dalam teks biasa: konfirmasikan bahwa Anda memahaminya sebelum berkas dibuat
error-signer_host_invalid = "{ $host }" bukan nama host atau alamat IP; tuliskan tanpa https://, port, atau jalur
error-signer_port_invalid = "{ $port }" bukan port: gunakan bilangan bulat dari 1 hingga 65535
error-signer_path_invalid = "{ $value }" tidak dapat menjadi jalur penyimpanan: gunakan hanya huruf, angka, dan - _ . /, tanpa spasi, "..", atau bagian kosong
error-aws_region_invalid = "{ $region }" bukan nama region AWS seperti eu-central-1

## Pemeriksaan internal dompet

error-internal_error = { $reason ->
        [keystore_self_check] pemeriksaan internal gagal: keystore untuk validator dengan indeks kunci { $index } tidak terdekripsi kembali menjadi kuncinya; tidak ada yang ditulis
        [seed_too_short] seed berukuran { $bytes } byte; EIP-2333 memerlukan minimal 32
       *[other] pemeriksaan internal gagal, tidak ada yang ditulis: { $problem }
    }

## Options given to the package or the worker.

error-options_not_object = seçenekler bir nesne olmalıdır, örneğin {"{"} mnemonic, startIndex, count {"}"}

error-option_unknown = { $reason ->
        [did_you_mean] bilinmeyen seçenek "{ $field }" ("{ $nearest }" mi demek istediniz?); burada geçerli seçenekler: { $known }
       *[other] bilinmeyen seçenek "{ $field }"; burada geçerli seçenekler: { $known }
    }

error-option_missing = { $reason ->
        [verify_needs_mnemonic] passphrase, language ve keyCount, kayıtları bir kurtarma ifadesiyle karşılaştırır: kurtarma ifadesini de verin
        [verify_needs_pubkey] çıkışın hangi doğrulayıcıya göre denetleneceğini belirtmek için doğrulayıcının imzalama açık anahtarını verin
        [verify_needs_signer] çekim adresi sahipliği kanıtını karşılaştırmak için doğrulayıcının imzalama açık anahtarını, keystore dosyasını veya kurtarma ifadesini verin
       *[other] "{ $field }" seçeneği zorunludur
    }

error-option_type = { $reason ->
        [not_string] "{ $path }" seçeneği: bir dize (string) bekleniyordu
        [not_option_value] "{ $path }" seçeneği: bir fonksiyon, symbol veya BigInt burada seçenek olamaz; uint64 değerleri ondalık dize olarak verilir
        [unreadable] "{ $path }" seçeneği okunamadı
        [not_json] "{ $path }" seçeneğinin türü JSON ile ifade edilemez
        [not_function] "{ $path }" seçeneği: bir fonksiyon bekleniyordu (done, total, phase)
       *[other] "{ $path }" seçeneği: { $expected } bekleniyordu, { $found } verildi
    }

error-option_value = { $reason ->
        [not_one_of] "{ $path }" seçeneği: "{ $found }" şunlardan biri değil: { $expected }
        [invalid] "{ $path }" seçeneği: { $detail }
        [invalid_options] geçersiz seçenekler: { $detail }
        [keystore_not_verified] bir keystore, imzalı bir dosya gibi doğrulanmaz; şifresiyle açılarak denetlenir
        [hand_off_not_verified] bu dosya oluşturulurken geri okunarak denetlenir; doğrulanacak bir imza içermez
       *[other] "{ $path }" seçeneği: { $expected } bekleniyordu, { $found } verildi
    }

error-option_conflict = { $reason ->
        [keystore_or_mnemonic] geçersiz seçenekler: ya bir keystore ile (keystore ve password) ya da kurtarma ifadesiyle (mnemonic ve keyIndex, gerekirse passphrase ve language ile) imzalayın
        [pubkey_or_keystore] geçersiz seçenekler: doğrulayıcının imzalama açık anahtarını ya da keystore dosyasını verin, ikisini birden değil
       *[other] geçersiz seçenekler: ya startIndex ya da keyIndices verin (doğrulayıcı başına bir anahtar indeksi)
    }

error-text_lone_surrogate = bu metin tek başına kalmış bir UTF-16 vekil karakteri (surrogate; bir karakterin yarısı) içeriyor; kodlanamaz ve sessizce değiştirilerek başka anahtarlar verirdi: metni yeniden yazın

## Hex fields, everywhere.

error-hex_missing_prefix = { $subject ->
        [chain_genesis_fork_version] zincirin genesis fork sürümü 0x ile başlamalıdır
        [chain_capella_fork_version] zincirin Capella (çıkış) fork sürümü 0x ile başlamalıdır
        [chain_genesis_validators_root] zincirin genesis doğrulayıcı kökü 0x ile başlamalıdır
        [execution_address] yürütme adresi 0x ile başlamalıdır (0x ve 40 onaltılık basamak)
        [import_entry] { $entry }: { $name } 0x ile başlamalıdır
        [import_file] dosya: { $name } 0x ile başlamalıdır
       *[other] { $field } 0x ile başlamalıdır
    }

error-hex_unexpected_prefix = { $field } 0x ile başlamamalıdır

error-hex_not_hex = { $subject ->
        [chain_genesis_fork_version] zincirin genesis fork sürümü onaltılık değil
        [chain_capella_fork_version] zincirin Capella (çıkış) fork sürümü onaltılık değil
        [chain_genesis_validators_root] zincirin genesis doğrulayıcı kökü onaltılık değil
        [validator_pubkey] doğrulayıcı açık anahtarı onaltılık değil
        [execution_address] yürütme adresi onaltılık değil (0x ve 40 onaltılık basamak)
        [withdrawal_credentials] { $position }. çekim kimlik bilgileri onaltılık değil (0x ve 64 onaltılık basamak)
        [import_entry] { $entry }: { $name } onaltılık değil
        [import_csv_line] CSV satırı { $line }: { $name } onaltılık değil
        [import_file] dosya: { $name } onaltılık değil
       *[other] { $field } onaltılık değil
    }

error-hex_wrong_length = { $subject ->
        [chain_genesis_fork_version] zincirin genesis fork sürümü { $bytes } bayt; { $expected } bayt olmalıdır
        [chain_capella_fork_version] zincirin Capella (çıkış) fork sürümü { $bytes } bayt; { $expected } bayt olmalıdır
        [chain_genesis_validators_root] zincirin genesis doğrulayıcı kökü { $bytes } bayt; { $expected } bayt olmalıdır
        [validator_pubkey] doğrulayıcı açık anahtarı { $bytes } bayt; { $expected } bayt olmalıdır
        [execution_address] yürütme adresi { $bytes } bayt; { $expected } bayt olmalıdır (0x ve 40 onaltılık basamak)
        [withdrawal_credentials] { $position }. çekim kimlik bilgileri { $bytes } bayt; { $expected } bayt olmalıdır (0x ve 64 onaltılık basamak)
        [import_entry] { $entry }: { $name } { $bytes } bayt; { $expected } bayt olmalıdır
        [import_csv_line] CSV satırı { $line }: { $name } { $bytes } bayt; { $expected } bayt olmalıdır
        [import_file] dosya: { $name } { $bytes } bayt; { $expected } bayt olmalıdır
       *[other] { $field } { $bytes } bayt; { $expected } bayt olmalıdır
    }

## Numbers typed or read from files.

error-not_uint64 = { $subject ->
        [value] "{ $text }", 0 ile 18446744073709551615 arasında bir tam sayı değil
        [validator_index] { $position }. doğrulayıcı indeksi "{ $text }", 0 ile 18446744073709551615 arasında bir tam sayı değil
        [import_entry] { $entry }: { $name } "{ $text }" ondalık bir uint64 değil
        [import_csv_line] CSV satırı { $line }: { $name } "{ $text }" ondalık bir uint64 değil
        [import_file] dosya: { $name } "{ $text }" ondalık bir uint64 değil
       *[other] { $field } "{ $text }" ondalık bir uint64 değil
    }

error-not_key_index = "{ $text }" bir anahtar indeksi değil: 0 ile 4294967295 arasında, yalnızca rakamlardan oluşan bir tam sayı kullanın

error-not_ether_amount = "{ $text }" en fazla 9 ondalık basamaklı (tam gwei) bir ETH tutarı değil; örneğin 32 veya 40.5

## Mnemonics.

error-mnemonic_word_count = kurtarma ifadesi { $words } kelimeden oluşuyor; 12, 15, 18, 21 veya 24 kelime olmalıdır

error-mnemonic_unknown_word = { $reason ->
        [not_in_wordlist] { $position }. kelime BIP39 kelime listesinde yok; yazımını kontrol edin
       *[other] { $position }. kelime BIP39 kelime listesinde yok: harf olmayan { $invisible } karakterini içeriyor; kelimeyi yeniden yazın
    }

error-mnemonic_mixed_languages = kelimeler farklı BIP39 kelime listelerinden geliyor; bir kurtarma ifadesi tek bir dil kullanır

error-mnemonic_checksum = kurtarma ifadesinin sağlama toplamı yanlış: bir kelime hatalı yazılmış, eksik veya yanlış sırada

error-mnemonic_ambiguous_language = kurtarma ifadesi birden fazla dilde geçerli ({ $languages }); dili seçin

error-mnemonic_unknown_language = bilinmeyen kurtarma ifadesi dili "{ $name }"; şunlardan birini kullanın: { $known }

error-mnemonic_public_not_acknowledged = bu, yayımlanmış bir test kurtarma ifadesidir: herkes anahtarlarını türetebilir ve bu anahtarlardaki varlıkları alabilir. Para biriminin gerçek değeri olan { $chain } zincirinde, açık bir onay olmadan bu ifadeden hiçbir şey oluşturulmaz

error-passphrase_mismatch = iki ek parola farklı

error-rng_unavailable = güvenli bir rastgele sayı üreteci yok (crypto.getRandomValues); anahtar üretimi reddedildi

## Key indices and batches.

error-key_budget_exceeded = bu işlem { $last_index } anahtar indeksine kadar kullanır ve kurtarma ifadesi başına { $budget } doğrulayıcılık bütçenizi aşar; sızan tek bir ifadenin daha az doğrulayıcıyı açığa çıkarması için kalanlar için yeni bir kurtarma ifadesi kullanmayı düşünün

error-count_zero = doğrulayıcı sayısı en az 1 olmalıdır

error-count_too_large = { $reason ->
        [search_keys] { $count } anahtar indeksi, tek bir aramanın taradığı aralığın dışında: 1 ila { $limit }
       *[other] tek bir grupta { $count } doğrulayıcı; grup başına en fazla { $limit } olabilir: daha büyük kümeleri birkaç gruba bölün
    }

error-key_index_past_last = { $start } indeksinden başlayan { $count } doğrulayıcı, son anahtar indeksi olan 4294967295'i aşar

error-count_mismatch = { $of ->
        [key_indices] { $validators } doğrulayıcı indeksi ama { $other } anahtar indeksi var; doğrulayıcı başına bir anahtar indeksi verin
       *[other] { $validators } doğrulayıcı indeksi ama { $other } çekim kimlik bilgisi var; her doğrulayıcı için, aynı sırayla, bir kimlik bilgisi verin
    }

error-no_validators = { $reason ->
        [import] içe aktarılan veride hiç doğrulayıcı yok
       *[other] en az bir doğrulayıcı indeksi verin
    }

error-duplicate_validator = { $reason ->
        [import] doğrulayıcı { $validator_index }, içe aktarılan veride iki kez geçiyor
       *[other] doğrulayıcı { $validator_index } iki kez listelenmiş
    }

error-key_path_missing_root = bir anahtar yolu "m/" ile başlamalıdır

error-key_path_no_indices = bir anahtar yolunda "m" sonrasında en az bir indeks bulunmalıdır

error-key_path_bad_index = anahtar yolunun { $level }. düzeyi ("{ $text }") 0 ile 4294967295 arasında bir indeks değil

## Chains.

error-chain_not_chosen = önce zinciri seçin: seçmediğiniz bir zincir için hiçbir şey oluşturulmaz

error-chain_unknown = bilinmeyen zincir "{ $name }"; şunlardan birini kullanın: { $known }; veya özel bir zincirin fork sürümlerini ve kökünü verin

error-chain_name_invalid = özel bir zincirin adı 1 ila 64 karakter olmalı ve yalnızca harf, rakam, - veya _ içermelidir (bu ad yatırma dosyalarına yazılır)

error-chain_no_genesis_validators_root = { $chain } zincirinin genesis doğrulayıcı kökü yok; bu nedenle bu zincir için BLS değişiklikleri ve çıkışlar imzalanamaz: kökü girin

error-chain_impersonates_builtin = bu zincir değerlerinin bir kısmı { $builtin } zincirine ait: { $differing ->
        [genesisForkVersion] genesis fork sürümü farklı
        [capellaForkVersion] Capella (çıkış) fork sürümü farklı
        [genesisValidatorsRoot] genesis doğrulayıcı kökü farklı
        [genesis_fork_version] genesis_fork_version farklı
        [exit_fork_version] exit_fork_version farklı
        [genesis_validators_root] genesis_validators_root farklı
       *[other] { $differing } farklı
    }; { $builtin } zincirinin değerlerinden herhangi birini paylaşan bir zincir { $builtin } zincirinin kendisi olmalıdır (bu değerlerle imzalanan mesajlar { $builtin } zincirinde geçerli olabilir)

error-chain_builtin_name_reused = "{ $name }" yerleşik bir zincirdir: onu adıyla seçin veya özel zincire başka bir ad verin

error-chain_import_differs = İçe aktarılan veri { $imported } zincirinde oluşturulmuş, ancak { $selected } seçili; imzalamada içe aktarılan verinin zincir değerleri ({ $imported }) kullanılır.

## Execution addresses.

error-address_not_checksummed = yürütme adresi EIP-55 sağlama toplamlı değil; adresi cüzdanınızdan büyük-küçük harfleriyle birlikte kopyalayın. Sağlama toplamlı biçimi { $checksummed }: karakter karakter karşılaştırın

error-address_bad_checksum = yürütme adresi EIP-55 sağlama toplamı denetiminden geçmiyor, yani bir karakter yanlış; bu karakterlerle adres { $checksummed } olurdu

error-address_zero = yürütme adresi sıfır adresidir; oraya gönderilen fonlar kaybolur

error-address_confirmation_mismatch = iki adres farklı; her iki alana da aynı sağlama toplamlı adresi yapıştırın

error-address_ending_mismatch = bunlar adresin son { $count } karakteri değil: yukarıda gösterilen adresten yeniden okuyun

## BLS keys.

error-pubkey_invalid = { $subject ->
        [validator_pubkey] doğrulayıcı açık anahtarı geçerli bir BLS açık anahtarı değil (alt gruptaki 48 baytlık sıkıştırılmış bir G1 noktası olmalıdır)
       *[other] { $field } geçerli bir BLS açık anahtarı değil (alt gruptaki 48 baytlık sıkıştırılmış bir G1 noktası olmalıdır)
    }

## Deposits.

error-deposit_bls_not_allowed = 0x00 (BLS) çekim kimlik bilgileri açık bir onay gerektirir: bir BLS-to-execution değişikliği imzalanana kadar fonlar kilitli kalır; bunun yerine bir yürütme adresi verin

error-deposit_amount_not_allowed = 0x00 veya 0x01 kimlik bilgili bir yatırma tam olarak 32 ETH'dir; { $amount } ETH istendi (başka tutarlar için 0x02 bileşik türünü seçin)

error-deposit_amount_out_of_range = { $reason ->
        [gnosis] { $amount } ETH tutarı 1 ila 2048 ETH aralığının dışında (Gnosis zincirlerinde 1/32 ila 64 GNO)
       *[other] { $amount } ETH tutarı 1 ila 2048 ETH aralığının dışında
    }

error-builder_amount_too_small = { $amount } ETH tutarı, bir builder yatırmasının alt sınırı olan 1 ETH'nin altında (builder yatırmalarının üst sınırı yoktur)

error-builder_keys_are_validator_keys = { $first_index } ile { $last_index } arasındaki builder anahtarları, bu kurtarma ifadesinin aynı indekslerdeki doğrulayıcı imzalama anahtarlarıdır (m/12381/3600/i/0/0; deposit-cli'nin tasarımı): bu kurtarma ifadesinin bu indekslerde doğrulayıcıları varsa onu builder'lar için kullanmayın; yeni bir kurtarma ifadesi kullanın

## BLS-to-execution changes and exits.

error-bls_change_already_execution = doğrulayıcı { $validator_index } zaten { $prefix } yürütme kimlik bilgilerine sahip; bir BLS değişikliği yalnızca 0x00 kimlik bilgilerini dönüştürür, bu nedenle imzalanacak bir şey yok

error-bls_change_credentials_mismatch = doğrulayıcı { $validator_index }: verilen kimlik bilgileri ({ $given }), bu kurtarma ifadesinin { $key_index } anahtar indeksiyle eşleşmiyor; bu indeks { $derived } verir. Başlangıç indeksini, doğrulayıcıların sırasını ve kurtarma ifadesini kontrol edin. Hiçbir şey imzalanmadı

error-exit_pubkey_mismatch = { $reason ->
        [mnemonic_key] kurtarma ifadesinin { $key_index } anahtar indeksi { $signing_pubkey } imzalama anahtarını veriyor, doğrulayıcının { $validator_pubkey } anahtarını değil; hiçbir şey imzalanmadı
       *[other] keystore { $keystore_pubkey } anahtarını içeriyor, doğrulayıcının { $validator_pubkey } anahtarını değil; hiçbir şey imzalanmadı
    }

## Çekim adresinden yürütme katmanı istekleri (EIP-7002, EIP-7251).

error-chain_no_execution_layer = yürütme katmanı istekleri yalnızca zincir kimliği ve istek sözleşmeleri bilinen yerleşik zincirler için oluşturulur; { $chain } bunlardan biri değil: { $known } zincirlerinden birini kullanın

error-request_value_invalid = { $reason ->
        [zero] eklenecek değer 0 wei; sözleşmenin ücreti en az 1 wei olduğundan işlem başarısız olur
        [too_large] eklenecek değer ("{ $text }"), sözleşmenin isteyebileceği her ücretten büyük (en fazla 2^128 - 1 wei)
       *[not_wei] eklenecek değer ("{ $text }") tam sayı olarak wei değil (yalnızca rakamlar, örneğin 1)
    }

error-request_not_execution_credentials = doğrulayıcı { $validator_index }, hiçbir çekim adresi belirtmeyen { $prefix } çekim kimlik bilgilerine sahip: yalnızca 0x01 ve 0x02 doğrulayıcıları çekim adreslerinden istek kabul eder (bir 0x00 doğrulayıcısı önce bir BLS-to-execution değişikliğine ihtiyaç duyar)

error-request_validator_not_active = doğrulayıcı { $validator_index } active_ongoing değil, { $status } durumunda: zincir, etkin olmayan veya zaten çıkmakta olan bir doğrulayıcı için istekleri yok sayar ve ücreti alıkoyar

error-withdrawal_partial_not_compounding = doğrulayıcı { $validator_index }, { $prefix } kimlik bilgilerine sahip: zincir kısmi çekimleri yalnızca 0x02 (bileşik) doğrulayıcılar için yapar ve bir 0x01 doğrulayıcısının fazla bakiyesini kendiliğinden çeker; önce 0x02'ye geçirin veya tam çıkış isteyin

error-withdrawal_amount_on_exit = doğrulayıcı { $validator_index }: tam çıkış, bakiyenin tamamını çektiği için tutar almaz; tutarı çıkarın veya kısmi çekim isteyin

error-withdrawal_amount_zero = doğrulayıcı { $validator_index }: kısmi çekim 0'dan büyük bir tutar gerektirir (0 tutarı bir tam çıkış isteğidir)

error-consolidation_target_not_compounding = doğrulayıcı { $target_index }, { $prefix } kimlik bilgilerine sahip: bir birleştirmenin hedefi 0x02 (bileşik) kimlik bilgilerine sahip olmalıdır, aksi hâlde zincir isteği yok sayar ve ücreti alıkoyar; önce 0x02'ye geçirin

error-consolidation_self_not_switch = doğrulayıcı { $validator_index } kendi hedefi olarak belirtilmiş ancak { $prefix } kimlik bilgilerine sahip: yalnızca bir 0x01 doğrulayıcısı, 0x02'ye geçmek için kendi hedefi olabilir

error-consolidation_target_address_differs = doğrulayıcı { $source_index } bakiyesi, çekim adresi ({ $target_address }) kaynağınki ({ $source_address }) olmayan doğrulayıcı { $target_index } hedefine geçecek: fonlar bu durumda o adrese ait olur. allowOtherTargetAddress seçeneğini yalnızca tam olarak bunu istiyorsanız ayarlayın

error-consolidation_source_also_target = doğrulayıcı { $validator_index }, bu toplu işlemde bir birleştirmenin kaynağı ve başka birinin hedefi; çıktığı anda zincir diğerini yok sayar: iki adımda birleştirin

error-execution_file_mismatch = { $reason ->
        [chain_id] { $field } { $found } değerinde; { $chain } zincirinin kimliği olan { $expected } değil
        [to] { $field } { $found } değerinde; { $chain } zincirinde bu istek için sözleşme olan { $expected } değil
        [request] { $field } dosyanın data alanıyla eşleşmiyor
        [description] { $field } dosyanın data alanının ne yaptığını söylemiyor
       *[uri] { $field } dosyanın to, chainId, value ve data alanlarıyla eşleşmiyor
    }

## Passwords and keystores.

error-password_empty = şifre boş (kontrol karakterleri sayılmaz); bir şifre seçin

error-password_too_short = şifre { $chars } karakter; yeni bir keystore için en az { $min } karakter gerekir

error-password_mismatch = iki şifre farklı

error-keystore_not_chosen = önce keystore dosyasını seçin ve okunmasını bekleyin

error-keystore_wrong_password = yanlış şifre: keystore'un sağlama toplamı eşleşmiyor

error-keystore_malformed = { $reason ->
        [json] geçerli bir EIP-2335 keystore değil: dosya keystore JSON'u değil: { $detail }
        [params] geçerli bir EIP-2335 keystore değil: { $name } geçersiz: { $detail }
        [dklen] geçerli bir EIP-2335 keystore değil: { $name } değeri { $found }; { $expected } olmalıdır
        [version] geçerli bir EIP-2335 keystore değil: { $name } değeri { $found }; yalnızca sürüm 4 desteklenir
        [unsupported_kdf] geçerli bir EIP-2335 keystore değil: { $name } değeri "{ $found }"; yalnızca "scrypt" ve "pbkdf2" desteklenir
        [unsupported_prf] geçerli bir EIP-2335 keystore değil: { $name } değeri "{ $found }"; yalnızca "hmac-sha256" desteklenir
        [unsupported_checksum] geçerli bir EIP-2335 keystore değil: { $name } değeri "{ $found }"; yalnızca "sha256" desteklenir
        [unsupported_cipher] geçerli bir EIP-2335 keystore değil: { $name } değeri "{ $found }"; yalnızca "aes-128-ctr" desteklenir
        [not_empty] geçerli bir EIP-2335 keystore değil: { $name } boş olmalıdır
        [not_hex] geçerli bir EIP-2335 keystore değil: { $name } onaltılık değil (0x olmadan)
        [wrong_length] geçerli bir EIP-2335 keystore değil: { $name } { $bytes } bayt; { $expected } bayt olmalıdır
        [empty] geçerli bir EIP-2335 keystore değil: { $name } boş
        [too_long] geçerli bir EIP-2335 keystore değil: { $name } { $bytes } bayt; en fazla { $limit } bayta izin verilir
        [cipher_length] geçerli bir EIP-2335 keystore değil: { $name } { $bytes } bayt; bir BLS keystore'u 32 bayt içerir
        [pubkey] geçerli bir EIP-2335 keystore değil: { $name } geçerli bir BLS açık anahtarı değil (alt gruptaki 48 baytlık sıkıştırılmış bir G1 noktası olmalıdır)
        [path_missing_root] geçerli bir EIP-2335 keystore değil: { $name } geçersiz: bir anahtar yolu "m/" ile başlamalıdır
        [path_no_indices] geçerli bir EIP-2335 keystore değil: { $name } geçersiz: bir anahtar yolunda "m" sonrasında en az bir indeks bulunmalıdır
        [path_bad_index] geçerli bir EIP-2335 keystore değil: { $name } geçersiz: anahtar yolunun { $level }. düzeyi ("{ $text }") 0 ile 4294967295 arasında bir indeks değil
        [uuid] geçerli bir EIP-2335 keystore değil: { $name } bir UUID değil
       *[other] geçerli bir EIP-2335 keystore değil: { $name } geçersiz
    }

error-keystore_unsafe_kdf = { $reason ->
        [scrypt_n] keystore'un KDF'sini çalıştırma reddedildi: scrypt n = { $n }, 1'den büyük bir ikinin kuvveti olmalıdır
        [scrypt_r_p] keystore'un KDF'sini çalıştırma reddedildi: scrypt r = { $r } ve p = { $p } değerlerinin ikisi de en az 1 olmalıdır
        [scrypt_memory] keystore'un KDF'sini çalıştırma reddedildi: scrypt n = { $n }, r = { $r }, p = { $p } için 1 GiB'tan fazla bellek gerekir (128·r·(n + p + 2))
        [scrypt_params] keystore'un KDF'sini çalıştırma reddedildi: scrypt n = { $n }, r = { $r }, p = { $p } değerleri scrypt'in kabul ettiği aralığın dışında (n, 2^(16·r) değerinden küçük olmalıdır)
        [pbkdf2_c] keystore'un KDF'sini çalıştırma reddedildi: pbkdf2 c = { $c }, 1 ile { $limit } arasında olmalıdır
       *[empty_salt] keystore'un KDF'sini çalıştırma reddedildi: KDF salt değeri boş
    }

error-keystore_corrupt_secret = { $reason ->
        [invalid_secret_key] geçerli bir BLS gizli anahtarı değil (32 bayt, sıfırdan farklı ve eğri mertebesinden küçük olmalıdır)
       *[other] keystore bozuk: şifresi çözülen gizli değer geçerli bir BLS gizli anahtarı değil
    }

error-keystore_pubkey_mismatch = keystore bozuk: belirttiği açık anahtar { $stated }, ancak gizli anahtarının açık anahtarı { $actual }

## Files.

error-file_too_large = { $reason ->
        [keystore] geçerli bir EIP-2335 keystore değil: dosya { $bytes } bayt; bir keystore en fazla { $limit_mib } MiB olur
       *[other] dosya { $bytes } bayt; { $limit_mib } MiB'tan büyük dosyalar okunmadan reddedilir (hiçbir keystore veya imzalı mesaj dosyası bu kadar büyük değildir)
    }

error-file_byte_order_mark = { $reason ->
        [keystore] geçerli bir EIP-2335 keystore değil: dosya bir bayt sırası işaretiyle başlıyor; düz UTF-8 olarak kaydedin
       *[other] dosya bir bayt sırası işaretiyle (BOM) başlıyor; BOM'suz UTF-8 olarak kaydedin
    }

error-file_not_utf8 = { $reason ->
        [import] içe aktarılan veri UTF-8 metin değil
       *[other] dosya UTF-8 metin değil
    }

error-file_empty = { $reason ->
        [import] içe aktarılan veri boş
       *[other] dosyada hiç kayıt yok
    }

error-file_kind_unknown = bu bir keystore, yatırma verisi, BLS değişikliği veya çıkış dosyası değil

error-json_syntax = { $reason ->
        [import] içe aktarılan veri bir beacon API yanıtı veya ethdo hazırlık dosyası değil: { $detail } (satır { $line }, sütun { $column })
       *[other] dosya JSON değil: { $detail } (satır { $line }, sütun { $column })
    }

error-json_duplicate_key = { $reason ->
        [keystore] geçerli bir EIP-2335 keystore değil: dosya tek bir nesnede "{ $key }" anahtarını iki kez içeriyor
       *[other] JSON, tek bir nesnede "{ $key }" anahtarını iki kez içeriyor; diğer araçlar yalnızca sonuncusunu okur, bu nedenle dosya reddedildi
    }

error-json_not_array = dosya, kayıtlardan oluşan bir JSON dizisi değil

error-json_not_object = { $reason ->
        [exit_in_array] dosya bir JSON dizisi; imzalı bir çıkış dosyası tek bir çıkış nesnesi içerir (doğrulayıcı başına bir dosya)
        [keystore] geçerli bir EIP-2335 keystore değil: dosya bir JSON nesnesi değil
        [proof_in_array] dosya bir JSON dizisi; bir çekim adresi sahipliği kanıtı tek bir nesne içerir (doğrulayıcı başına bir dosya)
       *[other] dosya tek bir JSON nesnesi değil
    }

## Entries of signed-message files (verification reports).

error-field_missing = { $field } eksik

error-field_type = { $reason ->
        [amount_not_gwei] { $field } eksik veya tam sayıda gwei değil
        [not_integer] { $field } bir JSON tam sayısı değil
       *[other] { $field } bir dize (string) değil
    }

error-credentials_prefix = { $reason ->
        [builder] { $field } öneki { $prefix }; builder öneki 0xb0 değil
       *[other] { $field } öneki { $prefix }; 0x00, 0x01 veya 0x02 değil
    }

error-credentials_padding = { $reason ->
        [builder] 0xb0 kimlik bilgilerinde { $field } alanının 1–11. baytları sıfır olmalıdır
       *[other] 0x01/0x02 kimlik bilgilerinde { $field } alanının 1–11. baytları sıfır olmalıdır
    }

error-fork_version_mismatch = { $field } { $found }, { $chain } zincirinin genesis fork sürümü ({ $expected }) değil

error-network_name_mismatch = { $field } "{ $found }", { $chain } değil

error-genesis_validators_root_mismatch = { $field } { $found }, { $chain } zincirine ait değil

error-root_mismatch = { $reason ->
        [message_root] { $field }; pubkey, withdrawal_credentials ve amount ile eşleşmiyor
       *[other] { $field } kayıtla eşleşmiyor
    }

error-signature_invalid = { $message ->
        [deposit] { $field }, { $chain } yatırmaları için doğrulanmıyor
        [builder_deposit] { $field }, { $chain } builder yatırmaları için doğrulanmıyor
        [bls_to_execution_change] { $field }, bir { $chain } BLS değişikliği için doğrulanmıyor
        [bls_to_execution_change_keystore] { $field }, { $chain } zincirinde { $pubkey } doğrulayıcı anahtarının çekim adresi sahipliği kanıtı olarak doğrulanmıyor
        [bls_to_execution_change_keystore_mnemonic] { $field }, { $chain } zincirinde kurtarma ifadesinin 0 ile { $last } arasındaki anahtar indekslerinin hiçbir imzalama anahtarı için doğrulanmıyor
       *[voluntary_exit] { $field }, { $chain } zincirinde { $pubkey } doğrulayıcı anahtarı için doğrulanmıyor
    }

error-verify_chain_differs = Bu dosya { $stated } için oluşturulduğunu belirtiyor, ancak { $selected } seçili: imzaları { $selected } değerlerine göre denetlendi. Dosyanın amaçlandığı zinciri seçin.

error-verify_address_differs = { $reason ->
        [no_address] bu kaydın 0x00 (BLS) kimlik bilgileri hiçbir yürütme adresi belirtmiyor, dolayısıyla beklenen { $expected } adresini de belirtmiyor
       *[other] bu kayıt fonları beklenen { $expected } adresine değil, { $found } adresine gönderiyor
    }

## Validator imports and search.

error-import_too_large = içe aktarılan veri { $bytes } bayt; { $limit_gib } GiB'tan büyük içe aktarmalar reddedilir (ana ağın tam doğrulayıcı listesi yaklaşık 500 MB'tır)

error-import_not_validators = { $reason ->
        [unknown_shape] JSON'da ne "data" (beacon API validators yanıtı) ne de "validators" (ethdo'nun offline-preparation.json dosyası) var
       *[other] içe aktarılan veri JSON, ancak bir nesne veya dizi değil: ne bir beacon API yanıtı ne de bir ethdo hazırlık dosyası
    }

error-import_both_shapes = JSON'da hem "data" hem de "validators" var; tek bir beacon API yanıtı veya tek bir ethdo dosyası verin

error-import_missing_field = ethdo hazırlık dosyasında "{ $name }" yok

error-import_ethdo_version = ethdo hazırlık dosyası sürümü "{ $version }" desteklenmiyor; desteklenen sürüm "3" (ethdo 1.30 ve sonrası)

error-import_domain_type = ethdo dosyasındaki { $name } değeri { $found }, konsensüs spesifikasyonundaki { $expected } değil; dosya bir Ethereum zinciri için oluşturulmamış

error-import_csv_columns = CSV satırı { $line }, { $columns } sütun içeriyor; her satır validator_index,withdrawal_credentials biçiminde olmalıdır

error-import_too_many_validators = içe aktarılan veri { $limit } doğrulayıcıdan fazlasını listeliyor; ana ağda yaklaşık 1,1 milyon doğrulayıcı var, dolayısıyla bu bir doğrulayıcı listesi değil

error-validator_status_unknown = { $entry }: { $name } "{ $text }" bir beacon API doğrulayıcı durumu değil

error-import_source_conflict = { $given ->
        [0] bir içe aktarma dosyası seçin, içe aktarılacak veriyi yapıştırın veya bir doğrulayıcı listesi verin
       *[other] tam olarak bir içe aktarma kaynağı verin: bir dosya, yapıştırılmış bir metin veya bir doğrulayıcı listesi
    }

error-search_too_many_matches = içe aktarılan verideki { $limit } doğrulayıcıdan fazlası bu kurtarma ifadesinin anahtarlarıyla eşleşiyor; hiçbir gerçek kurtarma ifadesi tek bir listede bu kadar doğrulayıcıyı kontrol etmez. Yalnızca kendi doğrulayıcılarınızı içe aktarın (beacon API'nin ?id= filtresi) veya daha az anahtar indeksi tarayın

## Handing signing keys to a signer.

error-hand_off_no_keystores = teslim edilecek imzalama keystore dosyalarını seçin
error-hand_off_withdrawal_key = bu keystore { $path } çekim anahtarını içeriyor; çekim anahtarları çevrimdışı kalır ve asla bir doğrulayıcı istemcisine veya imzalayıcıya gitmez. İmzalama keystore dosyalarını teslim edin (m/12381/3600/i/0/0)
error-hand_off_duplicate_key = { $first } ve { $second } numaralı keystore dosyaları aynı anahtarı içeriyor; bir anahtar yalnızca bir kez içe aktarılmalıdır
error-hand_off_passwords_not_acknowledged = bu dosya keystore şifrelerini açık metin olarak içerir: dosya oluşturulmadan önce bunu anladığınızı onaylayın
error-signer_host_invalid = "{ $host }" bir ana makine adı veya IP adresi değil; https://, port veya yol olmadan girin
error-signer_port_invalid = "{ $port }" bir port değil: 1 ile 65535 arasında bir tam sayı olmalıdır
error-signer_path_invalid = "{ $value }" bir depo yolu olamaz: yalnızca harf, rakam ve - _ . / kullanın; boşluk, ".." veya boş bölüm olmamalıdır
error-aws_region_invalid = "{ $region }", eu-central-1 gibi bir AWS bölge adı değil

## The wallet's own checks.

error-internal_error = { $reason ->
        [keystore_self_check] dahili denetim başarısız oldu: doğrulayıcı { $index } için oluşturulan keystore, şifresi çözüldüğünde kendi anahtarını vermedi; hiçbir şey yazılmadı
        [seed_too_short] tohum (seed) { $bytes } bayt; EIP-2333 en az 32 bayt gerektirir
       *[other] dahili denetim başarısız oldu, hiçbir şey yazılmadı: { $problem }
    }

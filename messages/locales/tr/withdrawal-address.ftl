bls-change-title = Çekim adresini belirle (BLS-to-execution değişikliği)
bls-change-warning = Bir BLS değişikliği zincire yalnızca bir kez dahil edilebilir ve geri alınamaz. Adresi ikinci bir cihazda kontrol edin.
bls-change-validators-legend = İşaret Zinciri'nin bildiği şekliyle doğrulayıcılarınız
bls-change-find-hint = İşaret Zinciri'nin listesi (beacon API'nin validators yanıtı veya ethdo'nun { $file } dosyası) elinizde mi?
bls-change-find = Listeden bul
bls-change-start-index-label = Aşağıdaki ilk doğrulayıcının anahtar indeksi
bls-change-validator-indices-label = Doğrulayıcı indeksleri (İşaret Zinciri), virgülle veya yeni satırla ayrılmış
bls-change-credentials-label = Bunların mevcut çekim kimlik bilgileri (0x00…), aynı sırayla
bls-change-derive-credentials = Kurtarma ifademin bu anahtar indekslerine verdiği kimlik bilgilerini doldur
bls-change-address-label = Yeni yürütme (çekim) adresi, EIP-55 sağlama toplamlı
bls-change-address-again-label = Aynı adres tekrar
bls-change-review = İmzalanacakları gözden geçir
bls-change-sign = BLS-to-execution değişikliklerini imzala

## Ownership proof

proof-title = Çekim adresi sahipliğini kanıtla
proof-not-consensus = Bu, zincire yönelik bir mesaj değildir: imzalamak zincirde hiçbir şeyi değiştirmez ve ne işaret düğümleri (beacon node) ne de Launchpad bunu kabul eder. Bazı operatörler, staker'ın doğrulayıcının imzalama anahtarını kontrol ettiğini kanıtlaması ve bir adres belirtmesi için bunu ister.
proof-what = Dosya, doğrulayıcının imzalama anahtarıyla imzalanmış olarak, doğrulayıcının çekimlerinin aşağıdaki adrese gitmesi gerektiğini beyan eder. Örneğin 0x00 kimlik bilgilerinin kurtarma ifadesini kaybetmiş ancak imzalama keystore'una hâlâ sahip olan staker'lardan istenir.
proof-reference = deposit-cli aynı dosyayı şu komutla oluşturur:
proof-source-legend = İmzalamak için kullanılacak
proof-source-keystore = doğrulayıcının keystore dosyası ve şifresi
proof-source-mnemonic = kurtarma ifadem, doğrulayıcının anahtar indeksinde
proof-keystore-file-label = Doğrulayıcının keystore dosyası
proof-keystore-password-label = Keystore şifresi
proof-key-index-label = Doğrulayıcının imzalama anahtarının anahtar indeksi
proof-validator-pubkey-label = Doğrulayıcının açık anahtarı (önerilir: bu durumda imzalama anahtarı bu doğrulayıcıya ait olmalıdır)
proof-validator-index-label = Doğrulayıcının indeksi (beacon chain)
proof-address-label = Kanıtın belirttiği çekim adresi, EIP-55 sağlama toplamlı
proof-address-again-label = Aynı adres tekrar
proof-review = İmzalanacakları gözden geçir
proof-sign = Kanıtı imzala
review-what-ownership-proof = çekim adresi sahipliği kanıtı
review-count-ownership-proof = { $count ->
        [one] { $count } çekim adresi sahipliği kanıtı
       *[other] { $count } çekim adresi sahipliği kanıtı
    }
next-proof-title = Çekim adresi sahipliği kanıtı: isteyen tarafa iletin
next-proof-copy = { $file } dosyasını çevrimiçi bir bilgisayara kopyalayın (gizli bilgi içermez).
next-proof-send = Dosyayı (veya imzasını), onu isteyen operatöre ya da sürece, istedikleri şekilde gönderin. Yayınlanacak bir şey yoktur: ne işaret düğümleri ne de Launchpad bunu kabul eder.
next-proof-nothing-on-chain = Tek başına zincirde hiçbir şey kanıtlamaz ve hiçbir çekim kimlik bilgisini değiştirmez: bir 0x00 doğrulayıcının adresi yalnızca çekim anahtarıyla imzalanmış bir BLS-to-execution değişikliğiyle belirlenir.

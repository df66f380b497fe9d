keys-title = Doğrulayıcı anahtarları oluştur
keys-hint = Doğrulayıcı düğümünüze veya uzak imzalayıcınıza yalnızca imzalama keystore dosyaları gider. Kurtarma ifadesi asla gitmez: onu çevrimdışı tutun, çünkü çekim anahtarlarını da o kontrol eder.
keys-public-mnemonic = Bu, yayımlanmış bir test kurtarma ifadesidir: bu anahtarları herkes türetebilir. Yalnızca test ağlarında kullanın.
keys-start-index-label = Başlangıç indeksi (kullanılacak ilk anahtar indeksi)
keys-count-label = Doğrulayıcı sayısı
keys-budget-label = Kurtarma ifadesi başına anahtar bütçesi
keys-budget-new-mnemonic = Kalanlar için yeni bir kurtarma ifadesi başlat
keys-credentials-legend = Çekim kimlik bilgileri (withdrawal credentials)
keys-kind-compounding = 0x02 bileşik (compounding; önerilir; 1 ila 2048 ETH)
keys-kind-execution = 0x01 yürütme adresi (tam olarak 32 ETH)
keys-kind-bls = 0x00 BLS (önerilmez)
keys-amount-label = Doğrulayıcı başına tutar ({ $currency } cinsinden)
keys-bls-warning = 0x00 kimlik bilgileri, çekim anahtarıyla bir BLS-to-execution değişikliği imzalayana kadar çekimleri kilitler.
keys-bls-ack = Anlıyorum ve 0x00 kimlik bilgileri istiyorum
keys-address-label = Yürütme (çekim) adresi, EIP-55 sağlama toplamlı
keys-address-again-label = Aynı adres tekrar
keys-password-label = Keystore şifresi
keys-password-again-label = Keystore şifresi (tekrar)
keys-rule-minimum-length = { $count ->
        [one] en az { $count } karakter (kontrol karakterleri sayılmaz)
       *[other] en az { $count } karakter (kontrol karakterleri sayılmaz)
    }
keys-rule-confirmed = iki kez aynı yazıldı
keys-kdf-label = Keystore KDF'si
keys-kdf-scrypt = scrypt (varsayılan, deposit-cli ile aynı)
keys-independent-salts = Her keystore için ayrı bir salt ve ayrı KDF çalıştırması (daha yavaş; dosyalar arasında hiçbir şey paylaşılmaz)
keys-review = İmzalanacakları gözden geçir
keys-sign = İmzala: keystore dosyalarını ve yatırma verilerini oluştur

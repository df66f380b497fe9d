keys-title = Doğrulayıcı anahtarları oluştur
keys-hint = Doğrulayıcı düğümünüze veya uzak imzalayıcınıza yalnızca imzalama keystore dosyaları gider. Kurtarma ifadesi asla gitmez: onu çevrimdışı tutun, çünkü çekim anahtarlarını da o kontrol eder.
keys-public-mnemonic = Bu, yayımlanmış bir test kurtarma ifadesidir: bu anahtarları herkes türetebilir. Yalnızca test ağlarında kullanın.
keys-start-index-label = Başlangıç indeksi (kullanılacak ilk anahtar indeksi)
keys-count-label = Doğrulayıcı sayısı
keys-budget-label = Kurtarma ifadesi başına anahtar bütçesi
keys-budget-new-mnemonic = Kalanlar için yeni bir kurtarma ifadesi başlat
keys-plan-next = Planınızda sıradaki: { $mnemonics } kurtarma ifadesinden { $mnemonic }. ifade, anahtar indeksleri { $first }–{ $last }, paket { $label }. O kurtarma ifadesi yüklüyken oluşturun.
keys-plan-use = Kullan
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

## Top-up

top-up-title = Doğrulayıcıya bakiye ekleme
top-up-hint = Zaten var olan bir doğrulayıcıya, doğrulayıcının kendi imzalama anahtarıyla imzalanmış olarak fon ekler (deposit-cli'nin partial-deposit komutu). Dosya her yatırma gibi yatırma sözleşmesine gider ve gönderildikten sonra geri alınamaz.
top-up-explain-title = Ek yatırma ne işe yarar
top-up-explain-compounding = 0x02 (bileşik) doğrulayıcı: ek yatırma bakiyesine eklenir ve etkin bakiyesi de onunla birlikte 2048 ETH'ye (Gnosis zincirlerinde 64 GNO) kadar büyür; böylece ödülleri bileşik olarak artar.
top-up-explain-execution = 0x01 doğrulayıcı: 32 ETH'nin (Gnosis zincirlerinde 1 GNO) üzerindeki her şey birkaç gün içinde çekim adresine aktarılır; bu yüzden ek yatırma yalnızca bakiyesi bu tutarın altına düşmüş bir 0x01 doğrulayıcıya yarar. Yalnızca 0x02 doğrulayıcılar bileşik getiri sağlar.
top-up-explain-credentials = Yatırma, çekim kimlik bilgilerini belirtir; ancak var olan bir doğrulayıcı için zincir bunları yok sayar: yine de doğrulayıcının kendi bilgilerini girin. Henüz hiçbir doğrulayıcıya ait olmayan bir açık anahtar, bu kimlik bilgileriyle yeni bir doğrulayıcı olur.
top-up-source-legend = Doğrulayıcının anahtarıyla imzala; anahtarın kaynağı
top-up-source-mnemonic = kurtarma ifadem, bir anahtar indeksinde
top-up-source-keystore = keystore dosyası ve şifresi
top-up-key-index-label = Doğrulayıcının imzalama anahtarının indeksi
top-up-keystore-file-label = Doğrulayıcının keystore dosyası
top-up-keystore-password-label = Keystore şifresi
top-up-validator-pubkey-label = Doğrulayıcının açık anahtarı (önerilir: bu durumda anahtar bu doğrulayıcıya ait olmalıdır)
top-up-credentials-legend = Doğrulayıcının çekim kimlik bilgileri
top-up-kind-compounding = 0x02 bileşik (compounding)
top-up-kind-execution = 0x01 yürütme adresi
top-up-execution-warning = 0x01 kimlik bilgileriyle, bakiyeyi 32 ETH'nin üzerine çıkaran kısım bileşik getiriye katılmaz, çekim adresine geri ödenir. Bileşik getiri için çekim adresinin önce doğrulayıcıyı 0x02'ye geçirmesi gerekir (bir birleştirme talebi).
top-up-address-label = Doğrulayıcının çekim adresi, EIP-55 sağlama toplamlı
top-up-address-again-label = Aynı adres tekrar
top-up-amount-label = Eklenecek tutar ({ $currency } cinsinden)
top-up-amount-hint = 1 ila 2048 ETH (Gnosis zincirlerinde 1/32 ila 64 GNO), tam gwei olarak.
top-up-review = İmzalanacakları gözden geçir
top-up-sign = Ek yatırmayı imzala
top-up-credentials = Çekim kimlik bilgileri
top-up-credentials-compounding = { $prefix } bileşik
top-up-credentials-execution = { $prefix } yürütme adresi
top-up-credentials-full = 32 baytın tamamı
top-up-credentials-label = çekim kimlik bilgileri
top-up-amount-gwei = Yatırmadaki tutar (gwei)
top-up-key-path = İmzalama anahtarının yolu
top-up-details-title = Yatırmanın içeriği
review-what-top-up = var olan bir doğrulayıcıya ek yatırma
review-count-top-up = { $count ->
        [one] { $count } ek yatırma
       *[other] { $count } ek yatırma
    }
review-amount-top-up = Eklenecek tutar
review-row-existing = mevcut
next-top-up-title = Ek yatırma: bir kez yatırın
next-top-up-copy = { $file } dosyasını, yatırma işlemini yapacağınız bilgisayara kopyalayın (gizli bilgi içermez).
next-top-up-open = Dosyayı { $page } sayfasına yükleyin ve açık anahtarı, çekim kimlik bilgilerini ve tutarı yukarıdaki özetle karşılaştırın.
next-top-up-upload = Dosyayı { $chain } zincirinin yatırma sayfasına yükleyin ve açık anahtarı, çekim kimlik bilgilerini ve tutarı yukarıdaki özetle karşılaştırın.
next-top-up-wallet = Ya da kendi cüzdanınızdan gönderin: dosyadaki değerler ve tutarıyla yatırma sözleşmesine bir çağrı:
next-top-up-after = Yatırmalar geri alınamaz. İşlendikten sonra doğrulayıcının bakiyesini bir beacon zinciri gezgininde kontrol edin.

## Builder deposits

builder-title = Builder yatırmaları
builder-hint = Blok builder'ları için anahtarlar, keystore dosyaları ve yatırmalar (EIP-8282, deposit-cli'nin builder komutu): bir doğrulayıcıyı değil, bir builder'ı kaydeden stake.
builder-warning = Builder anahtarı i, aynı kurtarma ifadesinin doğrulayıcı imzalama anahtarı i'dir (aynı yol m/12381/3600/i/0/0). Bir kurtarma ifadesinin doğrulayıcı indekslerini builder'lar için kullanmayın: en güvenlisi yeni bir kurtarma ifadesidir.
builder-start-index-label = Başlangıç indeksi (ilk builder anahtar indeksi)
builder-count-label = Builder sayısı
builder-address-label = Çekim adresi, EIP-55 sağlama toplamlı (0xb0 kimlik bilgileri)
builder-address-again-label = Aynı adres tekrar
builder-amount-label = Builder başına tutar ({ $currency } cinsinden)
builder-amount-hint = En az 1, tam gwei olarak, üst sınır yok; builder yatırmalarına zincir çarpanı uygulanmaz.
builder-password-label = Keystore şifresi
builder-password-again-label = Keystore şifresi (tekrar)
builder-review = İmzalanacakları gözden geçir
builder-notice-ack = Kontrol ettim: bu kurtarma ifadesinin bu anahtar indekslerinde doğrulayıcısı yok
builder-sign = İmzala: builder keystore dosyalarını ve yatırmalarını oluştur
builder-credentials = Çekim kimlik bilgileri
builder-credentials-label = çekim kimlik bilgileri
builder-amount-gwei = Yatırma başına tutar (gwei)
builder-details-title = Her yatırmanın içeriği
review-what-builder-deposits = builder yatırmaları
review-count-builder-deposits = { $count ->
        [one] { $count } builder yatırması
       *[other] { $count } builder yatırması
    }
review-builders = Builder'lar
review-amount-builder = Builder başına tutar
review-pubkey-builder = Builder açık anahtarı (doğrulayıcı imzalama anahtarı)
review-row-builder = builder
review-tick-builders = Bunlar benim builder anahtarlarım ({ $count })
next-builder-deposit-title = Builder yatırma verileri: builder'lar etkinleştirildiğinde gönderin
next-builder-deposit-copy = { $file } dosyasını çevrimiçi bir bilgisayara kopyalayın (gizli bilgi içermez).
next-builder-deposit-submit = Gloas çatallanması { $chain } üzerinde builder'ları etkinleştirdikten sonra, her girdiyi EIP-8282'nin builder yatırma sözleşmesine, belgelerinde anlatıldığı gibi, çekim adresinin cüzdanından gönderin. Henüz hiçbir yatırma sayfası bu dosyaları kabul etmiyor.
next-builder-deposit-check = Herhangi bir şey göndermeden önce açık anahtarları, çekim kimlik bilgilerini ve tutarı yukarıdaki özetle karşılaştırın: yatırmalar geri alınamaz.
next-builder-keystores-title = Builder keystore dosyaları: builder yazılımı için
next-builder-keystores-copy = { $count ->
        [one] Keystore dosyasını ve şifresini yalnızca bu builder'ı çalıştıran builder yazılımına verin.
       *[other] { $count } keystore dosyasını ve şifrelerini yalnızca bu builder'ları çalıştıran builder yazılımına verin.
    }
next-builder-keystores-not-validator = Bu anahtarlar aynı zamanda bu kurtarma ifadesinin doğrulayıcı imzalama anahtarlarıdır: aynı anahtarı asla hem builder hem de doğrulayıcı olarak çalıştırmayın.

## Look up a withdrawal key

lookup-title = Bir anahtar indeksinin çekim anahtarı
lookup-hint = Kurtarma ifadenizin i anahtar indeksine ait çekim açık anahtarını ({ $path }) ve bunun verdiği 0x00 çekim kimlik bilgilerini gösterir; böylece bunları İşaret Zinciri'nin gösterdikleriyle karşılaştırabilirsiniz.
lookup-index-label = Anahtar indeksi
lookup-show = Anahtarlarını göster
lookup-withdrawal-path = Çekim anahtarı yolu
lookup-withdrawal-pubkey = Çekim açık anahtarı
lookup-credentials = 0x00 çekim kimlik bilgileri
lookup-signing = İmzalama anahtarı yolu ve açık anahtarı
lookup-copy-withdrawal-pubkey = çekim açık anahtarı
lookup-copy-credentials = çekim kimlik bilgileri
lookup-copy-signing-pubkey = imzalama açık anahtarı

## Find my validators

find-title = Doğrulayıcılarımı bul
find-hint = İşaret Zinciri'nin bildiklerini şu biçimlerden biriyle içe aktarın; cüzdan, kurtarma ifadenizin anahtarlarının hangi doğrulayıcıları kontrol ettiğini bulur. En fazla 1 GiB boyutundaki içe aktarmalar okunur (ana ağın tam listesi yaklaşık 500 MB'tır).
find-hint-beacon-api = beacon API'nin şu uç noktaya verdiği yanıt:
find-hint-ethdo = ethdo'nun şu dosyası:
find-hint-csv = şu sütunları içeren bir CSV:
find-key-count-label = Taranacak anahtar indeksi sayısı, 0'dan başlayarak (ethdo 1.024 indeks tarar)
find-submit = Doğrulayıcılarımı bul
find-summary = { $format }: { $read ->
        [one] { $read } doğrulayıcı okundu
       *[other] { $read } doğrulayıcı okundu
    }; bunlardan { $found } tanesi bu kurtarma ifadesinin { $first }–{ $last } anahtar indeksleri tarafından kontrol ediliyor.
find-format-beacon-api = beacon API validators yanıtı
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = liste

## The import

find-import-file-label = İçe aktarılacak dosya
find-import-file-name = { $name } ({ $size } MB)
find-import-text-label = …veya buraya yapıştırın

## The validators found

find-column-sign = İmzala
find-column-validator = Doğrulayıcı
find-column-key-index = Anahtar indeksi
find-column-status = Durum
find-column-credentials = Çekim kimlik bilgileri
find-column-found-by = Bulunma yolu
find-column-change = Adres değişikliği
find-select-validator = Doğrulayıcı { $validator } için imzala
find-found-by-both = kimlik bilgileri ve açık anahtar
find-found-by-credentials = çekim kimlik bilgileri
find-found-by-pubkey = imzalama açık anahtarı
find-change-possible = 0x00: değiştirilebilir
find-change-other-key = 0x00, başka bir çekim anahtarına ait: bu kurtarma ifadesinin değil
find-change-already = zaten { $prefix }

## Signing for the validators found

find-bls-warning = Bir BLS değişikliği zincire yalnızca bir kez dahil edilebilir ve geri alınamaz. Adresi ikinci bir cihazda kontrol edin.
find-address-label = Yeni yürütme (çekim) adresi, EIP-55 sağlama toplamlı
find-address-again-label = Aynı adres tekrar
find-with-exits = Seçilen doğrulayıcılar için gönüllü çıkışları da önceden imzala
find-exit-epoch-label = Çıkış epoch'u
find-review = İmzalanacakları gözden geçir
find-sign = Seçilen doğrulayıcılar için imzala
find-error-none-selected = bu kurtarma ifadesinin imzalayabileceği en az bir doğrulayıcı seçin
find-error-address-twice = yeni adresi iki kez yazın

## Signing review: what will be signed, shown before every sign button

review-what-bls-changes = BLS-to-execution değişiklikleri
review-what-deposits = yeni doğrulayıcıların yatırmaları
review-what-exits = gönüllü çıkışlar
review-title = Gözden geçirme: imzalanacaklar ({ $what })
review-signed-title = İmzalandı: { $what }
review-summary-label = İmzalananlar
review-chain = Zincir
review-fork-version = Genesis fork sürümü
review-root = Genesis doğrulayıcı kökü (genesis validators root)
review-root-label = genesis doğrulayıcı kökü
review-address = Hedef adres
review-address-label = hedef adres
review-amount = Doğrulayıcı başına tutar
review-epoch = Geçerlilik başlangıcı (epoch)
review-validators = Doğrulayıcılar
review-count-bls-changes = { $count ->
        [one] { $count } BLS-to-execution değişikliği
       *[other] { $count } BLS-to-execution değişikliği
    }
review-count-deposits = { $count ->
        [one] { $count } yeni doğrulayıcı yatırması
       *[other] { $count } yeni doğrulayıcı yatırması
    }
review-count-exits = { $count ->
        [one] { $count } gönüllü çıkış
       *[other] { $count } gönüllü çıkış
    }
review-count = { $count } { $what }
review-column-validator = Doğrulayıcı
review-column-key-index = Anahtar indeksi
review-column-check = Denetim
review-pubkey-from-bls = BLS açık anahtarından (çekim anahtarı)
review-pubkey-signing = İmzalama açık anahtarı
review-pubkey-label = açık anahtar
review-row-new = yeni
review-row-keystore = keystore
review-confirm-ending = { $count ->
        [one] Onaylamak için hedef adresin son karakterini yazın
       *[other] Onaylamak için hedef adresin son { $count } karakterini yazın
    }
review-confirm-each = Her bölümü onaylayın
review-tick-chain = Seçilen zincir: { $chain }
review-tick-address = Hedef adres bana ait; ikinci bir cihazda kontrol ettim
review-tick-validators = Bunlar benim doğrulayıcılarım ({ $count })
review-tick-amount = Her biri için { $amount }
review-tick-epoch = Geçerlilik başlangıcı: epoch { $epoch }
review-blocked = Yukarıdaki her doğrulayıcı denetimden geçene kadar hiçbir şey imzalanamaz.

## Hex values and their Copy button

hex-copy = Kopyala
hex-copied = Kopyalandı
hex-copy-label = Kopyala: { $label }

## QR codes, files and long jobs

qr-too-long = tek bir QR koduna sığmayacak kadar uzun: { $detail }
files-read-failed = tarayıcı dosyayı okuyamadı
files-download-failed = tarayıcı dosyayı indirmeye sunamadı
jobs-worker-refused = tarayıcı bir Web Worker başlatmayı reddetti
jobs-module-not-sent = wasm modülü Web Worker'a gönderilemedi
jobs-job-not-sent = iş Web Worker'a gönderilemedi
job-progress = { $phase }: { $count }, { $elapsed } sn
job-progress-eta = { $phase }: { $count }, { $elapsed } sn, yaklaşık { $eta } sn kaldı
job-progress-done = { $done }
job-progress-of = { $done } / { $total }
job-progress-percent = %{ $percent }
job-cancel = İptal
job-cancelled = İptal edildi. Hiçbir şey üretilmedi.

## Next steps: what to do with each file made

next-steps-title = Sonraki adımlar
next-deposit-title = Yatırma verileri: önce yükleyin, ardından yatırma işlemini yapın
next-deposit-copy = { $file } dosyasını, yatırma işlemini yapacağınız bilgisayara kopyalayın (gizli bilgi içermez).
next-deposit-open = { $page } sayfasını açın, dosyayı yükleyin ve her açık anahtarın, çekim kimlik bilgilerinin ve tutarın yukarıdaki özettekilerle aynı olduğunu kontrol edin.
next-deposit-upload = Dosyayı { $chain } zincirinin yatırma sayfasına yükleyin ve her açık anahtarı, çekim kimlik bilgilerini ve tutarı yukarıdaki özetle karşılaştırın.
next-deposit-sign = Yatırma işlemlerini orada, fonları tutan cüzdanla imzalayın. Yatırmalar geri alınamaz.
next-deposit-start = Hiçbir görevi kaçırmaması için doğrulayıcıyı, yatırma işlenmeden önce keystore dosyasıyla başlatın.
next-keystores-title = Keystore dosyaları: doğrulayıcı istemcinize veya uzak imzalayıcınıza aktarın
next-keystores-copy = { $count ->
        [one] Keystore dosyasını (veya zip dosyasını) doğrulayıcı makinesine kopyalayın. Şifresi de birlikte gider: orada elle yazılır, asla dosyanın yanında saklanmaz.
       *[other] { $count } keystore dosyasını (veya zip dosyasını) doğrulayıcı makinesine kopyalayın. Şifreleri de birlikte gider: orada elle yazılır, asla dosyaların yanında saklanmaz.
    }
next-keystores-import = Bunları içe aktarın, örneğin:
next-keystores-web3signer = Web3Signer: "Tümünü indir" düğmesine basmadan önce "Web3Signer anahtar yapılandırmalarını dahil et" kutusunu işaretleyin; { $files } dosyaları her bir keystore'u ve onun şifre dosyasını gösterir.
next-keystores-one-machine = Her anahtarı yalnızca tek bir makinede çalıştırın: aynı anahtarın iki makinede çalışması slashing cezasıyla sonuçlanır.
next-bls-change-title = BLS-to-execution değişikliği: yalnızca bir kez yayınlayın
next-bls-change-copy = { $file } dosyasını çevrimiçi bir bilgisayara kopyalayın (gizli bilgi içermez).
next-bls-change-send = İşaret düğümünüze (beacon node) gönderin:
next-bls-change-explorer = veya bir blok gezgininin yayın sayfasına yapıştırın (ana ağda { $page }).
next-bls-change-after = Birkaç gün içinde doğrulayıcının kimlik bilgileri { $prefix } ve ardından adresiniz şeklinde görünür; çekimler bundan sonra o adrese gider. Bu değişiklik geri alınamaz.
next-ethdo-title = ethdo'nun { $file } dosyası: aynı değişiklikler, ethdo için
next-ethdo-broadcast = ethdo'yu çevrimiçi kullanıyorsanız, yukarıdaki dosya yerine ethdo ile yayınlayın (ikisini birden kullanmayın):
next-exits-title = Gönüllü çıkışlar: çıkmaya karar verene kadar saklayın
next-exits-store = { $count ->
        [one] Çıkış dosyasını güvenli bir yerde saklayın: ona sahip olan herkes o doğrulayıcıyı çıkarabilir ve bir çıkış geri alınamaz.
       *[other] { $count } çıkış dosyasını güvenli bir yerde saklayın: bunlardan birine sahip olan herkes ilgili doğrulayıcıyı çıkarabilir ve bir çıkış geri alınamaz.
    }
next-exits-send = Çıkış yapmak için bunlardan birini bir işaret düğümüne gönderin:
next-exits-explorer = veya bir blok gezgininin yayın sayfasına yapıştırın. Doğrulayıcı, çıkış tamamlanana kadar görevlerini sürdürür.
next-never-title = Bu çevrimdışı bilgisayardan asla çıkmaz
next-never-text = Kurtarma ifadeniz ve ek parolası. Bunları başka hiçbir yere yazmayın; keystore şifrelerini ise yalnızca anahtarları çalıştıran makinede yazın.
next-print = Bu adımları yazdır

## Shared form pieces: the chain picker, the file list, the public mnemonic acknowledgement,
## and the notice shown when a flow needs a mnemonic first.

common-chain-label = Zincir
common-chain-choose = Zinciri seçin…
common-chain-custom = özel zincir…
common-custom-name-label = Zincir adı
common-custom-genesis-fork-label = Genesis fork sürümü (genesis fork version)
common-custom-capella-fork-label = Capella fork sürümü
common-custom-root-label = Genesis doğrulayıcı kökü (genesis validators root; BLS değişiklikleri ve çıkışlar için gerekli)
common-files-verified = ✓ Aşağıdaki her dosya, sunulmadan önce doğrulandı (imzalar, kökler, keystore şifre çözme).
common-download = İndir
common-web3signer = Web3Signer anahtar yapılandırmalarını dahil et ({ $files }, tür { $kind })
common-download-all = Tümünü indir ({ $file })
common-show-qr = Telefon için QR kodları
common-qr-caption = { $file }, mesaj { $number } / { $total }
common-qr-label = QR kodu: { $file }, mesaj { $number } / { $total }
common-qr-too-long = { $file }, mesaj { $number } / { $total }: tek bir QR koduna sığmayacak kadar uzun
common-public-ack = Bu anahtarların herkese açık olduğunu biliyorum ve yine de bu zincir için dosya istiyorum
common-needs-mnemonic = Bu adım kurtarma ifadenizle çalışır. Önce yeni bir tane oluşturun veya sahip olduğunuz ifadeyi girin.
common-needs-use = Kurtarma ifademi gir
common-needs-create = Yeni kurtarma ifadesi oluştur

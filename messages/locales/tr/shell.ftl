app-title = withdrawal-wallet
language-picker-label = Sayfanın dili
tagline = Ethereum doğrulayıcıları (validator) için çevrimdışı anahtarlar. Yazdığınız hiçbir şey bu sayfanın dışına çıkmaz.
online-banner = Çevrimiçi görünüyorsunuz — kurtarma ifadesini girmeden önce bağlantıyı kesin.
offline-banner = Çevrimdışı ✓
loaded-from = Yüklendiği kaynak:
chain-label = Zincir:
chain-not-chosen = henüz seçilmedi
chain-custom = { $name } (özel)
chain-custom-incomplete = özel (eksik)
mnemonic-loaded = { $passphrase ->
        [yes] Kurtarma ifadesi yüklendi ({ $wordlist } kelime listesi, ek parolayla)
       *[no] Kurtarma ifadesi yüklendi ({ $wordlist } kelime listesi)
    }
clear = Temizle
back-to-tasks = ← Tüm işlemler

## The start screen

start-title = Ne yapmak istiyorsunuz?
tools-title = Araçlar, tek tek
tools-hint = Adımları bilenler için: her araç tek başına, rehber olmadan.
tool-create-mnemonic = Yeni kurtarma ifadesi oluştur
tool-create-mnemonic-detail = 24 yeni kelime; kâğıda yazılır ve yeniden girilir
tool-use-mnemonic = Mevcut bir kurtarma ifadesini kullan
tool-use-mnemonic-detail = kelime kelime denetlenir; kısaltmalar tamamlanır
tool-validator-keys = Doğrulayıcı anahtarları oluştur
tool-validator-keys-detail = keystore dosyaları ve yatırma verileri (deposit data)
tool-withdrawal-address = Çekim adresini belirle
tool-withdrawal-address-detail = 0x00 doğrulayıcılar için BLS-to-execution değişikliği
tool-ownership-proof = Çekim adresi sahipliğini kanıtla
tool-ownership-proof-detail = bazı operatörlerin istediği imzalı bir beyan; zincirde hiçbir şeyi değiştirmez
tool-exits = Çıkışları önceden imzala
tool-exits-detail = kurtarma ifadesinden veya bir keystore dosyasından
tool-verify-files = Dosyaları doğrula
tool-verify-files-detail = herhangi bir araçla oluşturulmuş yatırma, BLS değişikliği, çıkış veya keystore dosyaları
tool-find-validators = Doğrulayıcılarımı bul
tool-find-validators-detail = İşaret Zinciri (beacon chain) listesini içe aktarma; değişiklikleri ve çıkışları toplu imzalama
tool-hand-off = Anahtarları bir imzalayıcıya teslim et
tool-hand-off-detail = keymanager API içe aktarma, Web3Signer yapılandırmaları, Vault ve AWS yükleme paketleri
tool-lookup = Çekim anahtarı sorgula
tool-lookup-detail = bir anahtar indeksinin çekim açık anahtarı ve 0x00 kimlik bilgileri
tool-top-up = Doğrulayıcıya bakiye ekleme
tool-top-up-detail = var olan bir 0x01 veya 0x02 doğrulayıcıya yatırma, keystore dosyasından veya kurtarma ifadesinden
tool-builder-deposits = Builder yatırmaları
tool-builder-deposits-detail = builder anahtarları, keystore dosyaları ve yatırmaları (EIP-8282)
tool-execution-requests = Çekim adresinden çıkış, çekim veya birleştirme
tool-execution-requests-detail = 0x01 ve 0x02 doğrulayıcılar için işlemler (EIP-7002, EIP-7251), kendi cüzdanınızdan gönderilir

## Journeys: what the staker came to do (in the staker's own words), and their steps

journey-withdrawal-address = Çekim adresimi belirlemek
journey-withdrawal-address-detail = Doğrulayıcılarımın kimlik bilgileri 0x00: ödüllerin ve çıkışların adresime ödenmesi için bir BLS-to-execution değişikliği imzalamak.
journey-new-validators = Yeni doğrulayıcılar için anahtar oluşturmak
journey-new-validators-detail = Doğrulayıcı istemcim için keystore dosyaları ve Launchpad için yatırma verileri.
journey-exits = Doğrulayıcılarımdan çıkış yapmak
journey-exits-detail = Kurtarma ifademden veya bir keystore dosyasından, karar verdiğimde yayınlamak üzere gönüllü çıkışları önceden imzalamak.
journey-check-file = Bir dosyayı denetlemek
journey-check-file-detail = Bir yatırma, BLS değişikliği, çıkış veya keystore dosyasının ne içerdiğini ve geçerli olup olmadığını görmek.
stepper-label = { $journey }: adımlar
step-your-mnemonic = Kurtarma ifadeniz
step-your-validators = Doğrulayıcılarınız
step-chain-address-amounts = Zincir, adres ve tutarlar
step-mnemonic-or-keystore = Kurtarma ifadesi veya keystore
step-validators-and-epoch = Doğrulayıcılar ve epoch
step-review-and-sign = Gözden geçirme ve imzalama
step-files-and-next-steps = Dosyalar ve sonraki adımlar
step-the-file = Dosya
step-what-it-says = Dosyanın içeriği

## What a long job is doing (shown before its progress: "signing: 3 of 10, 1.2 s")

phase-deriving = anahtar türetme
phase-keystores = doğrulayıcı anahtarları
phase-signing = imzalama
phase-verifying = doğrulama
phase-reading-import = içe aktarılan verinin okunması (doğrulayıcılar)
phase-decrypting = keystore dosyasının açılması

keystore-reading = { $name } okunuyor…
keystore-read = ✓ { $name } okundu

hand-off-title = Anahtarları bir imzalayıcıya teslim et
hand-off-hint = Yalnızca imzalama keystore dosyaları içindir. Kurtarma ifadesi ve çekim anahtarları asla bir düğüme veya imzalayıcıya gitmez: bunları çevrimdışı tutun.
hand-off-keystores-label = İmzalama keystore dosyaları (bir veya daha fazla dosya)
hand-off-keystores-read = { $count ->
        [one] { $count } keystore okundu
       *[other] { $count } keystore okundu
    }
hand-off-from-keys = Az önce oluşturduğunuz keystore dosyaları yüklendi.
hand-off-password-label = Keystore dosyalarının şifresi
hand-off-destination-legend = Anahtarların gideceği yer
hand-off-keymanager = Bir doğrulayıcı istemcisi veya Web3Signer, keymanager API üzerinden (tek bir içe aktarma dosyası)
hand-off-web3signer = Keystore dosyalarını kendi diskinden okuyan Web3Signer
hand-off-vault = HashiCorp Vault ile Web3Signer (yükleme paketi)
hand-off-aws = AWS Secrets Manager ile Web3Signer (yükleme paketi)
hand-off-vault-host-label = Vault sunucusunun ana makinesi (https:// ve port olmadan)
hand-off-vault-port-label = Vault sunucusunun portu
hand-off-vault-tls = Web3Signer, Vault'a TLS üzerinden bağlanır
hand-off-vault-mount-label = KV v2 bağlama noktası
hand-off-vault-folder-label = Bağlama noktasının altındaki klasör (her anahtar klasör/açık anahtar olur)
hand-off-aws-region-label = AWS bölgesi
hand-off-aws-prefix-label = Secret adı öneki (her anahtarın adı önek + açık anahtar olur)
hand-off-aws-access-key = Her yapılandırmaya erişim anahtarı yer tutucuları yaz (aksi halde Web3Signer, çalıştığı ana makinenin kendi AWS kimlik bilgilerini kullanır)
hand-off-review = Anahtarların nereye gideceğini gözden geçir
hand-off-review-title = { $count ->
        [one] { $chain } için { $count } imzalama anahtarı
       *[other] { $chain } için { $count } imzalama anahtarı
    }
hand-off-column-pubkey = İmzalama açık anahtarı
hand-off-column-path = Yol
hand-off-column-stored-as = Saklandığı ad
hand-off-passwords-warning = Bu dosya, keystore şifrelerini keystore dosyalarının yanında açık metin olarak içerir. Onu okuyan herkes bu anahtarlarla imza atabilir.
hand-off-passwords-ack = Bu dosyanın keystore şifrelerini içerdiğini anlıyorum; onu yalnızca doğrulayıcının ana makinesine taşıyacağım ve içe aktarmadan sonra sileceğim
hand-off-make = Dosyaları oluştur
hand-off-never-signed = Yalnızca hiç imza atmamış anahtarlar içindir: slashing koruma geçmişi boştur. Bir anahtarı asla iki yerde çalıştırmayın.

## Next steps of each hand-off.

next-keymanager-title = keymanager API ile içe aktarma
next-keymanager-text = İçe aktarma dosyasını, doğrulayıcı istemcinizin (veya Web3Signer'ın) keymanager API'sine erişen makineye kopyalayın, ardından API token'ınız ve portunuzla gönderin:
next-keymanager-check = Yanıttaki data alanının her girdisi "imported" (veya "duplicate") olmalıdır. Ardından dosyayı silin: şifreleri içerir.
next-web3signer-title = Anahtarları Web3Signer'a yükleme
next-web3signer-text = Keystore dosyalarını ve bu yapılandırmaları imzalayıcının ana makinesine kopyalayın; her şifre dosyasını kendi keystore'unun yanına yazın ({ $files }); yolları düzeltin; Web3Signer'ı --key-store-path yapılandırmaların klasörünü gösterecek şekilde başlatın ve /api/v1/eth2/publicKeys adresini kontrol edin.
next-upload-title = Anahtarları çevrimiçi makineden yükleme
next-upload-text = { $file } dosyasını depoya erişen çevrimiçi makineye kopyalayın, deponun CLI'ı ile oturum açın, arşivi açın, ardından:
next-upload-run = Deneme çalıştırması (dry run) her keystore'u şifrenizle kontrol eder ve her komutu yazdırır; ikinci çalıştırma gizli bilgileri depolar. Ardından web3signer/*.yaml içindeki yer tutucuları değiştirin ve bu dosyaları Web3Signer'a verin.

## Key budget plan on the keys page.

budget-plan-title = { $mnemonics ->
        [one] Plan: 1 kurtarma ifadesinden { $count } anahtar
       *[other] Plan: { $mnemonics } kurtarma ifadesinden { $count } anahtar
    }
budget-plan-mnemonic = Kurtarma ifadesi
budget-plan-indices = Anahtar indeksleri
budget-plan-label = Paket adı
budget-plan-in-use = kullanımdaki
budget-plan-new = yeni
budget-plan-first = Şimdilik yalnızca ilk grubu oluştur
keys-hand-off = Bu keystore dosyalarını bir imzalayıcıya teslim et

verify-title = Dosyaları doğrula
verify-file-label = Yatırma verisi, BLS değişikliği, çıkış, sahiplik kanıtı, çekim veya birleştirme isteği ya da keystore dosyası (herhangi bir araçtan)

## What the chosen file is

verify-kind-keystore = Bir keystore: denetlemek için şifresini girin.
verify-kind-deposit-data = Yatırma verileri.
verify-kind-builder-deposit-data = Builder yatırma verileri.
verify-kind-bls-changes = BLS-to-execution değişiklikleri.
verify-kind-exit = İmzalı bir gönüllü çıkış.
verify-kind-ownership-proof = Bir çekim adresi sahipliği kanıtı (deposit-cli'nin BLS-to-execution change keystore imzası).
verify-kind-execution-request = Bir çekim veya birleştirme isteği: çekim adresinin cüzdanı için bir işlem (EIP-7002, EIP-7251).

## The form

verify-password-label = Keystore şifresi
verify-exit-pubkey-label = Doğrulayıcının imzalama açık anahtarı (0x…)
verify-expected-address-label = Beklenen çekim adresi (isteğe bağlı, sağlama toplamlı): her kayıt fonları bu adrese göndermelidir
verify-key-count-label = Dosyayla karşılaştırılacak, kurtarma ifadenize ait anahtar indeksi sayısı (0'dan başlayarak)
verify-no-mnemonic = Her kaydın hangi anahtarı kullandığını görmek için önce kurtarma ifadenizi yükleyin.
verify-check = Denetle

## A keystore opened

verify-keystore-ok = ✓ Şifre bu keystore'u açıyor: açık anahtar { $pubkey }, yol { $path }
verify-keystore-path-signing = { $path } (doğrulayıcı anahtar indeksi { $index } için imzalama anahtarı)
verify-keystore-path-withdrawal = { $path } (doğrulayıcı anahtar indeksi { $index } için çekim anahtarı)
verify-keystore-path-none = belirtilmemiş
verify-keystore-path-other = { $path } (EIP-2334 doğrulayıcı anahtar yolu değil)

## Where the funds go

verify-destinations-title = { $count ->
        [one] Fonların gittiği adres
       *[other] Fonların gittiği adresler
    }
verify-no-address-deposit = Yürütme adresi yok: yatırmaların kimlik bilgileri 0x00 (BLS) türünde, bu nedenle herhangi bir çekimden önce bir BLS-to-execution değişikliği gerekir.
verify-no-address = Bu dosyadan hiçbir yürütme adresi okunamadı.
verify-address-differs = ✗ beklenen adres değil
verify-execution-address-label = yürütme adresi

## The network the file names

verify-network-none = Bu dosya hiçbir ağ belirtmiyor (çıkış dosyaları ve ethdo'nun değişiklik dosyaları ağ bilgisi içermez); imzaları şu zincire göre denetlendi: { $chain }.
verify-network-named = Dosyada belirtilen ağ: { $networks }; imzaları şu zincire göre denetlendi: { $chain }.
verify-networks-join = { $first } ve { $second }
verify-network-described = { $chain } ({ $values })
verify-network-no-builtin-chain = yerleşik zincir yok

## Each entry

verify-entry-valid = Kayıt { $number }: ✓ geçerli
verify-entry-invalid = Kayıt { $number }: ✗ { $problems }
verify-your-mnemonic = Kurtarma ifadeniz
verify-validator-pubkey = Doğrulayıcı açık anahtarı
verify-validator-pubkey-label = doğrulayıcı açık anahtarı
verify-withdrawal-credentials = Çekim kimlik bilgileri
verify-amount = Tutar
verify-amount-value = { $amount } (yatırma sözleşmesinde { $gwei } gwei)
verify-signature = İmza
verify-validator-index = Doğrulayıcı indeksi
verify-from-bls-key = Çekim anahtarından (BLS)
verify-bls-pubkey-label = BLS çekim açık anahtarı
verify-to-address = Yürütme adresine
verify-epoch = Epoch (geçerlilik başlangıcı)
verify-checked-pubkey = Denetimde kullanılan imzalama açık anahtarı
verify-signing-pubkey-label = imzalama açık anahtarı
verify-unreadable = okunamıyor

## Withdrawal credentials

verify-credentials-bls = { $prefix } — BLS çekim anahtarı: henüz yürütme adresi yok (bir BLS-to-execution değişikliği bunu belirler)
verify-credentials-execution = { $prefix } — yürütme adresi
verify-credentials-compounding = { $prefix } — bileşik (compounding), yürütme adresine
verify-credentials-builder = { $prefix } — builder, yürütme adresine
verify-credentials-unknown = { $prefix } — konsensüs spesifikasyonlarında tanımlanmamış bir önek
verify-credentials-all-bytes = 32 baytın tamamı
verify-credentials-label = çekim kimlik bilgileri

## Signatures

verify-signature-valid = ✓ seçilen zincir için doğrulanıyor
verify-signature-invalid = ✗ seçilen zincir için doğrulanmıyor
verify-signature-not-checked = denetlenmedi (yukarıdaki sorunlara bakın)

## Keys of the loaded mnemonic

verify-key-match-found = { $key ->
        [signing] imzalama anahtarı
       *[withdrawal] çekim anahtarı
    }: kurtarma ifadenizin anahtar indeksi { $index }
verify-key-match-none = { $key ->
        [signing] imzalama anahtarı
       *[withdrawal] çekim anahtarı
    }: kurtarma ifadenizden değil (ilk { $count } anahtar indeksi denetlendi)

## Proofs of withdrawal-address ownership and requests from the withdrawal address

verify-proof-pubkey-label = Doğrulayıcının imzalama açık anahtarı (0x…); kurtarma ifadenizin imzalama anahtarlarını denemek için boş bırakın
verify-signer-keystore-label = Veya doğrulayıcının keystore dosyası: yalnızca belirttiği açık anahtar okunur (şifre gerekmez)
verify-signer-keystore-read = ✓ { $name } okundu: giriş, onun açık anahtarıyla denetlenir
verify-destinations-proof = Bu kanıtın belirttiği adres
verify-proof-not-consensus = Bir konsensüs mesajı değildir: zincirde hiçbir şeyi değiştirmez ve hiçbir işaret düğümü bunu kabul etmez.
verify-request-action = Ne istediği
verify-request-action-full-exit = doğrulayıcının tam çıkışı: bakiyenin tamamı çekilir
verify-request-action-partial-withdrawal = bir 0x02 doğrulayıcıdan kısmi çekim
verify-request-action-switch-to-compounding = doğrulayıcının 0x02 (bileşik) kimlik bilgilerine geçişi
verify-request-action-consolidation = bir birleştirme: kaynak doğrulayıcı çıkar ve bakiyesi hedefe aktarılır
verify-request-chain-id = Zincir kimliği (chain ID)
verify-request-from = Gönderileceği adres (çekim adresi)
verify-request-to = Gideceği sistem sözleşmesi
verify-request-to-label = sözleşme adresi
verify-request-value = Eklenen değer (sözleşmenin ücreti)
verify-request-value-wei = { $wei } wei
verify-request-source-pubkey = Kaynak doğrulayıcının açık anahtarı
verify-request-target-pubkey = Hedef doğrulayıcının açık anahtarı
verify-request-amount = Çekilecek tutar
verify-request-amount-value = { $amount } ({ $gwei } gwei)
verify-no-address-consolidation = Hiçbir fon bir adrese gitmez: birleştirme, kaynak doğrulayıcının bakiyesini hedef doğrulayıcıya aktarır; 0x02'ye geçiş ise hiçbir şey aktarmaz.
verify-network-request = { $chain } zincirinin kimliğine ve istek sözleşmelerine göre denetlendi. Dosyada imza yoktur: işlemi, gönderirken çekim adresinin cüzdanı imzalar.

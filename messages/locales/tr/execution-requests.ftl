## Execution-layer requests

exec-title = Çekim adresinden çıkış, çekim veya birleştirme
exec-intro = Pectra yükseltmesinden bu yana, 0x01 veya 0x02 çekim kimlik bilgilerine sahip bir doğrulayıcı, çekim adresinden gönderilen bir işlemle çıkarılabilir, bakiyesinin bir kısmı çekilebilir veya birleştirilebilir (EIP-7002, EIP-7251). Bu cüzdan hiçbir yürütme anahtarı tutmaz: her işlemi hazırlar; çekim adresinin kendi cüzdanı onu imzalar ve gönderir.
exec-no-secret = Bu ekranda gizli hiçbir şey yoktur: kurtarma ifadesi, keystore veya parola gerekmez.
exec-validators-legend = Doğrulayıcılarınız
exec-validators-hint = İşaret Zinciri'nin doğrulayıcılarınız hakkında gösterdiklerini yapıştırın veya yükleyin: her birinin dizini, açık anahtarı ve güncel çekim kimlik bilgileri. Yalnızca kendi doğrulayıcılarınızı isteyin (?id= filtresi), şu biçimlerden biriyle:
exec-validators-count = { $count ->
        [0] Henüz doğrulayıcı yüklenmedi.
       *[other] { $count } doğrulayıcı yüklendi.
    }
exec-validators-from-find = { $count ->
       *[other] "Doğrulayıcılarımı bul" ekranından gelen { $count } doğrulayıcı aşağıda listeleniyor. Değiştirmek için başka bir liste yapıştırın veya yükleyin.
    }
exec-requests-legend = İstekler
exec-requests-hint = Her doğrulayıcı için ne isteneceğini seçin. Kısmi çekim yalnızca 0x02 doğrulayıcılar içindir ve bakiyenin 32 ETH'yi aşan kısmından alır; bir birleştirmenin hedefi, listedeki 0x02 kimlik bilgilerine sahip doğrulayıcılardan biri olmalıdır.
exec-action-all-label = Her doğrulayıcı için istek
exec-action-label = Doğrulayıcı { $validator } için istek
exec-action-none = İstek yok
exec-action-full-exit = Tam çıkış
exec-action-partial = Kısmi çekim (yalnızca 0x02)
exec-action-switch = 0x02'ye geçir (bileşik)
exec-action-consolidate = Başka bir doğrulayıcıyla birleştir
exec-amount-label = Doğrulayıcı { $validator } bakiyesinden çekilecek tutar ({ $currency })
exec-target-label = Doğrulayıcı { $validator } birleştirmesinin hedefi
exec-target-choose = Hedef doğrulayıcıyı seçin
exec-error-no-target = birleştirmenin yapılacağı doğrulayıcıyı seçin
exec-error-no-action = en az bir doğrulayıcı için bir istek seçin
exec-allow-other-target = Başka bir çekim adresine sahip hedefe izin ver (kaynağın bakiyesi bu durumda o adrese ait olur)
exec-column-pubkey = Açık anahtar
exec-column-request = İstek

## The value to attach

exec-value-legend = Her işleme eklenecek değer (sözleşmenin ücreti)
exec-value-withdrawal-label = Her çıkış veya çekim isteğine eklenecek wei
exec-value-consolidation-label = Her birleştirme isteğine eklenecek wei
exec-fee-contract = Sözleşme:
exec-fee-command = Örneğin Foundry'nin cast aracı ve bu zincirin bir yürütme düğümüyle (yanıt, onaltılık olarak wei cinsinden ücrettir):
exec-review = İşlemleri gözden geçir

## The review

exec-review-title = İşlemleri gözden geçirin
exec-review-chain-id = Zincir kimliği
exec-review-contract-withdrawal = Çekim isteği sözleşmesi (EIP-7002)
exec-review-contract-consolidation = Birleştirme isteği sözleşmesi (EIP-7251)
exec-review-value = Her işleme eklenen değer
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = Gönderen (çekim adresi)
exec-review-count = { $count ->
       *[other] { $count } işlem
    }
exec-request-full-exit = tam çıkış; doğrulamayı bırakır ve tüm bakiyesi çekilir
exec-request-partial = { $amount } kısmi çekim
exec-request-switch = 0x02 (bileşik) kimlik bilgilerine geçiş
exec-request-consolidate = doğrulayıcı { $target } ile birleştirme; çıkar ve bakiyesi oraya aktarılır
exec-tick-chain = Zincir { $chain }, zincir kimliği { $chain_id }
exec-tick-value = { $contract } sözleşmesine giden her işlem { $wei } wei ekler; bu en az okuduğum ücrettir
exec-tick-from = Doğrulayıcıların çekim adresi olan { $address } adresinden göndereceğim
exec-tick-request = Doğrulayıcı { $validator }: { $request }
exec-review-blocked = Bazı istekler yapılamıyor (her birinin nedenine bakın); bunları yukarıda değiştirin.
exec-create = İşlem dosyalarını oluştur

## The transactions made

exec-summary-title = Hazırlanan işlemler
exec-requests-title = Her işlem
exec-output-from = Gönderen
exec-output-uri = ethereum: bağlantılarını açan cüzdanlar için EIP-681 URI'si:
exec-output-uri-name = EIP-681 URI'si
exec-fee-query-name = JSON-RPC isteği
exec-output-qr-label = Doğrulayıcı { $validator } işleminin QR kodu
exec-notices-title = Göndermeden önce
exec-notice-fee_read_by_empty_call = Ücreti, işlem çalıştığı anda sözleşme belirler: aşağıdaki istekle (boş calldata ile bir eth_call) okuyun ve en az bu kadarını ekleyin.
exec-notice-overpayment_not_refunded = Ücretin üzerindeki her değer sözleşmede kalır, iade edilmez; altındaki bir değer işlemin başarısız olmasına yol açar.
exec-notice-send_from_withdrawal_address = Her işlemi, belirttiği adresten gönderin: başka bir adresten gönderilirse zincir isteği yok sayar ve ücret kaybolur.
exec-notice-chain_checks_when_processed = Zincir, bu cüzdanın çevrimdışıyken bilemeyeceği şeyleri yine de denetler (doğrulayıcının ne zamandır etkin olduğu, bekleyen çekimler, kuyruklar, bakiyeler); bu denetimlerden geçemeyen bir istek yok sayılır ve ücreti alıkonur.
exec-notice-consolidation_exits_source = Bir birleştirmenin kaynağı çıkar: bakiyesi hedefe aktarılır aktarılmaz doğrulamayı bırakır.
exec-next-title = Çekim adresinden imzalayın ve gönderin
exec-next-fee = Önce ücreti denetleyin, göndermeden hemen önce: bu JSON-RPC isteğini zincirin bir yürütme düğümüne gönderin.
exec-next-fee-result = Sonuç, onaltılık olarak wei cinsinden ücrettir. Dosyalardaki değerden yüksekse dosyaları daha yüksek bir değerle yeniden oluşturun.
exec-next-send = Çekim adresini tutan cüzdanı açın (bir donanım cüzdanı, bir Safe, çevrimiçi bir makinedeki bir cüzdan) ve her işlemi oradan gönderin: to, value ve data tam olarak dosyadaki gibi; ya da URI'sini açın veya QR kodunu tarayın. Adres:
exec-next-check = İmzalamadan önce cüzdanınızın dosyadaki sözleşmeyi, değeri ve data alanını gösterdiğini denetleyin: data alanını atlayan bir cüzdan yalnızca değeri gönderir ve sözleşme bunu reddeder.
exec-next-chain = Ardından sözleşme isteği kuyruğa alır ve İşaret Zinciri onu birkaç dönem içinde işler. Tam çıkış, çıkış kuyruğunda bekler, ardından tüm bakiye çekilir; kısmi çekim çekim adresine ödenir; geçiş kimlik bilgilerini 0x02 yapar; birleştirme kaynağın bakiyesini hedefe aktarır. Doğrulayıcıyı bir İşaret Zinciri gezgininde izleyin.

## On "Find my validators"

exec-offer = { $count ->
        [one] Bulunan { $count } doğrulayıcı 0x01 veya 0x02 kimlik bilgilerine sahip: çekim adresi onu çıkarabilir, ondan çekim yapabilir veya onu birleştirebilir.
       *[other] Bulunan { $count } doğrulayıcı 0x01 veya 0x02 kimlik bilgilerine sahip: çekim adresleri onları çıkarabilir, onlardan çekim yapabilir veya onları birleştirebilir.
    }
exec-offer-button = Bu doğrulayıcıları çıkar, çek veya birleştir

## Execution-layer requests

exec-title = Ieșire, retragere sau consolidare de la adresa de retragere
exec-intro = De la actualizarea Pectra, un validator cu credențiale de retragere 0x01 sau 0x02 poate ieși, i se poate retrage o parte din sold sau poate fi consolidat printr-o tranzacție de la adresa sa de retragere (EIP-7002, EIP-7251). Acest portofel nu deține nicio cheie de execuție: pregătește fiecare tranzacție, iar portofelul propriu al adresei de retragere o semnează și o trimite.
exec-no-secret = Nimic de pe acest ecran nu este secret: nu este nevoie de frază mnemonică, keystore sau parolă.
exec-validators-legend = Validatorii dumneavoastră
exec-validators-hint = Lipiți sau încărcați ce arată beacon chain despre validatorii dumneavoastră: pentru fiecare, indexul, cheia publică și credențialele de retragere actuale. Cereți doar propriii validatori (filtrul ?id=), într-una dintre aceste forme:
exec-validators-count = { $count ->
        [0] Încă nu a fost încărcat niciun validator.
        [one] { $count } validator încărcat.
        [few] { $count } validatori încărcați.
       *[other] { $count } de validatori încărcați.
    }
exec-validators-from-find = { $count ->
        [one] Mai jos apare { $count } validator din „Găsiți-vă validatorii”. Lipiți sau încărcați o altă listă pentru a-l înlocui.
        [few] Mai jos apar { $count } validatori din „Găsiți-vă validatorii”. Lipiți sau încărcați o altă listă pentru a-i înlocui.
       *[other] Mai jos apar { $count } de validatori din „Găsiți-vă validatorii”. Lipiți sau încărcați o altă listă pentru a-i înlocui.
    }
exec-requests-legend = Cererile
exec-requests-hint = Alegeți ce cereți pentru fiecare validator. O retragere parțială este doar pentru validatorii 0x02 și ia o parte din soldul de peste 32 ETH; ținta unei consolidări trebuie să fie unul dintre validatorii din listă, cu credențiale 0x02.
exec-action-all-label = Cerere pentru fiecare validator
exec-action-label = Cerere pentru validatorul { $validator }
exec-action-none = Nicio cerere
exec-action-full-exit = Ieșire completă
exec-action-partial = Retragere parțială (doar 0x02)
exec-action-switch = Trecere la 0x02 (compounding)
exec-action-consolidate = Consolidare într-un alt validator
exec-amount-label = Suma de retras de la validatorul { $validator }, în { $currency }
exec-target-label = Ținta consolidării validatorului { $validator }
exec-target-choose = Alegeți validatorul țintă
exec-error-no-target = alegeți validatorul în care se consolidează
exec-error-no-action = alegeți o cerere pentru cel puțin un validator
exec-allow-other-target = Permiteți o țintă cu o altă adresă de retragere (soldul sursei aparține atunci acelei adrese)
exec-column-pubkey = Cheie publică
exec-column-request = Cerere

## The value to attach

exec-value-legend = Valoarea de atașat fiecărei tranzacții (taxa contractului)
exec-value-withdrawal-label = Wei de atașat fiecărei cereri de ieșire sau de retragere
exec-value-consolidation-label = Wei de atașat fiecărei cereri de consolidare
exec-fee-contract = Contract:
exec-fee-command = De exemplu, cu cast din Foundry și un nod de execuție al acestei rețele (răspunsul este taxa în wei, în hexazecimal):
exec-review = Verificați tranzacțiile

## The review

exec-review-title = Verificați tranzacțiile
exec-review-chain-id = ID de lanț
exec-review-contract-withdrawal = Contractul cererilor de retragere (EIP-7002)
exec-review-contract-consolidation = Contractul cererilor de consolidare (EIP-7251)
exec-review-value = Valoarea atașată fiecărei tranzacții
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = Trimiteți de la (adresa de retragere)
exec-review-count = { $count ->
        [one] { $count } tranzacție
        [few] { $count } tranzacții
       *[other] { $count } de tranzacții
    }
exec-request-full-exit = ieșire completă; încetează să valideze și tot soldul său este retras
exec-request-partial = retragere parțială de { $amount }
exec-request-switch = trecere la credențiale 0x02 (compounding)
exec-request-consolidate = consolidare în validatorul { $target }; iese, iar soldul său trece acolo
exec-tick-chain = Rețeaua este { $chain }, ID de lanț { $chain_id }
exec-tick-value = Fiecare tranzacție către { $contract } atașează { $wei } wei, cel puțin taxa pe care am citit-o
exec-tick-from = Voi trimite de la { $address }, adresa de retragere a validatorilor
exec-tick-request = Validatorul { $validator }: { $request }
exec-review-blocked = Unele cereri nu pot fi făcute (vedeți motivul fiecăreia); modificați-le mai sus.
exec-create = Creați fișierele tranzacțiilor

## The transactions made

exec-summary-title = Tranzacțiile pregătite
exec-requests-title = Fiecare tranzacție
exec-output-from = Trimiteți de la
exec-output-uri = URI-ul său EIP-681, pentru portofelele care deschid linkuri ethereum::
exec-output-uri-name = URI EIP-681
exec-fee-query-name = cererea JSON-RPC
exec-output-qr-label = Codul QR al tranzacției pentru validatorul { $validator }
exec-notices-title = Înainte de trimitere
exec-notice-fee_read_by_empty_call = Taxa este stabilită de contract atunci când tranzacția rulează: citiți-o cu cererea de mai jos (un eth_call cu calldata goale) și atașați cel puțin atât.
exec-notice-overpayment_not_refunded = Orice valoare peste taxă rămâne la contract și nu se rambursează; o valoare sub ea face tranzacția să eșueze.
exec-notice-send_from_withdrawal_address = Trimiteți fiecare tranzacție de la adresa pe care o indică: de la orice altă adresă, rețeaua ignoră cererea și taxa se pierde.
exec-notice-chain_checks_when_processed = Rețeaua verifică în continuare ce acest portofel nu poate ști offline (de cât timp este activ validatorul, retrageri în așteptare, cozi, solduri); o cerere care nu trece aceste verificări este ignorată, iar taxa este păstrată.
exec-notice-consolidation_exits_source = Sursa unei consolidări iese: încetează să valideze de îndată ce soldul său a trecut la țintă.
exec-next-title = Semnați și trimiteți de la adresa de retragere
exec-next-fee = Verificați mai întâi taxa, chiar înainte de trimitere: trimiteți această cerere JSON-RPC unui nod de execuție al rețelei.
exec-next-fee-result = Rezultatul este taxa în wei, în hexazecimal. Dacă depășește valoarea din fișiere, creați-le din nou cu o valoare mai mare.
exec-next-send = Deschideți portofelul care deține adresa de retragere (un portofel hardware, un Safe, un portofel pe un calculator online) și trimiteți de acolo fiecare tranzacție: to, value și data exact ca în fișier, sau deschideți URI-ul ori scanați codul QR. Adresa:
exec-next-check = Înainte de a semna, verificați că portofelul afișează contractul, valoarea și data din fișier: un portofel care omite data ar trimite doar valoarea, iar contractul ar refuza-o.
exec-next-chain = Apoi contractul pune cererea în coadă, iar beacon chain o procesează în câteva epoci. O ieșire completă așteaptă în coada de ieșire, apoi tot soldul este retras; o retragere parțială se plătește la adresa de retragere; o trecere schimbă credențialele în 0x02; o consolidare mută soldul sursei la țintă. Urmăriți validatorul într-un explorator beacon chain.

## On "Find my validators"

exec-offer = { $count ->
        [one] { $count } validator găsit are credențiale 0x01 sau 0x02: adresa sa de retragere îl poate scoate, poate retrage din soldul său sau îl poate consolida.
        [few] { $count } validatori găsiți au credențiale 0x01 sau 0x02: adresa lor de retragere îi poate scoate, poate retrage din soldul lor sau îi poate consolida.
       *[other] { $count } de validatori găsiți au credențiale 0x01 sau 0x02: adresa lor de retragere îi poate scoate, poate retrage din soldul lor sau îi poate consolida.
    }
exec-offer-button = Scoateți, retrageți sau consolidați acești validatori

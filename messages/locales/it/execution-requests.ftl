## Execution-layer requests

exec-title = Uscire, prelevare o consolidare dall'indirizzo di prelievo
exec-intro = Dall'aggiornamento Pectra, un validatore con credenziali di prelievo 0x01 o 0x02 può essere fatto uscire, prelevato in parte o consolidato con una transazione dal suo indirizzo di prelievo (EIP-7002, EIP-7251). Questo wallet non detiene alcuna chiave di esecuzione: prepara ogni transazione, e il wallet dell'indirizzo di prelievo la firma e la invia.
exec-no-secret = Nulla in questa schermata è segreto: non servono frase mnemonica, keystore né password.
exec-validators-legend = I suoi validatori
exec-validators-hint = Incolli o carichi ciò che la beacon chain mostra dei suoi validatori: per ciascuno l'indice, la chiave pubblica e le credenziali di prelievo attuali. Chieda solo i suoi validatori (il filtro ?id=), in una di queste forme:
exec-validators-count = { $count ->
        [0] Nessun validatore caricato finora.
        [one] { $count } validatore caricato.
       *[other] { $count } validatori caricati.
    }
exec-validators-from-find = { $count ->
        [one] Qui sotto è elencato { $count } validatore da «Trovare i miei validatori». Incolli o carichi un altro elenco per sostituirlo.
       *[other] Qui sotto sono elencati { $count } validatori da «Trovare i miei validatori». Incolli o carichi un altro elenco per sostituirli.
    }
exec-requests-legend = Le richieste
exec-requests-hint = Scelga cosa chiedere per ogni validatore. Un prelievo parziale è solo per i validatori 0x02 e riguarda una parte del saldo oltre 32 ETH; la destinazione di un consolidamento deve essere uno dei validatori elencati, con credenziali 0x02.
exec-action-all-label = Richiesta per ogni validatore
exec-action-label = Richiesta per il validatore { $validator }
exec-action-none = Nessuna richiesta
exec-action-full-exit = Uscita completa
exec-action-partial = Prelievo parziale (solo 0x02)
exec-action-switch = Passare a 0x02 (compounding)
exec-action-consolidate = Consolidare in un altro validatore
exec-amount-label = Importo da prelevare dal validatore { $validator }, in { $currency }
exec-target-label = Destinazione del consolidamento del validatore { $validator }
exec-target-choose = Scelga il validatore di destinazione
exec-error-no-target = scelga il validatore in cui consolidare
exec-error-no-action = scelga una richiesta per almeno un validatore
exec-allow-other-target = Consentire una destinazione con un altro indirizzo di prelievo (il saldo della sorgente appartiene allora a quell'indirizzo)
exec-column-pubkey = Chiave pubblica
exec-column-request = Richiesta

## The value to attach

exec-value-legend = Valore da allegare a ogni transazione (la commissione del contratto)
exec-value-withdrawal-label = Wei da allegare a ogni richiesta di uscita o di prelievo
exec-value-consolidation-label = Wei da allegare a ogni richiesta di consolidamento
exec-fee-contract = Contratto:
exec-fee-command = Per esempio, con cast di Foundry e un nodo di esecuzione di questa rete (la risposta è la commissione in wei, in esadecimale):
exec-review = Verificare le transazioni

## The review

exec-review-title = Verificare le transazioni
exec-review-chain-id = ID di catena
exec-review-contract-withdrawal = Contratto delle richieste di prelievo (EIP-7002)
exec-review-contract-consolidation = Contratto delle richieste di consolidamento (EIP-7251)
exec-review-value = Valore allegato a ogni transazione
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = Inviare da (l'indirizzo di prelievo)
exec-review-count = { $count ->
        [one] { $count } transazione
       *[other] { $count } transazioni
    }
exec-request-full-exit = uscita completa; smette di validare e tutto il suo saldo viene prelevato
exec-request-partial = prelievo parziale di { $amount }
exec-request-switch = passaggio alle credenziali 0x02 (compounding)
exec-request-consolidate = consolidamento nel validatore { $target }; esce e il suo saldo passa lì
exec-tick-chain = La rete è { $chain }, ID di catena { $chain_id }
exec-tick-value = Ogni transazione al { $contract } allega { $wei } wei, almeno la commissione che ho letto
exec-tick-from = Invierò da { $address }, l'indirizzo di prelievo dei validatori
exec-tick-request = Validatore { $validator }: { $request }
exec-review-blocked = Alcune richieste non si possono fare (veda il motivo di ciascuna); le modifichi sopra.
exec-create = Creare i file delle transazioni

## The transactions made

exec-summary-title = Le transazioni preparate
exec-requests-title = Ogni transazione
exec-output-from = Inviare da
exec-output-uri = Il suo URI EIP-681, per i wallet che aprono i link ethereum::
exec-output-uri-name = URI EIP-681
exec-fee-query-name = richiesta JSON-RPC
exec-output-qr-label = Codice QR della transazione per il validatore { $validator }
exec-notices-title = Prima di inviare
exec-notice-fee_read_by_empty_call = La commissione è fissata dal contratto quando la transazione viene eseguita: la legga con la richiesta qui sotto (un eth_call con calldata vuoti) e alleghi almeno quella.
exec-notice-overpayment_not_refunded = Qualsiasi valore oltre la commissione resta al contratto, senza rimborso; un valore inferiore fa fallire la transazione.
exec-notice-send_from_withdrawal_address = Invii ogni transazione dall'indirizzo che indica: da qualsiasi altro indirizzo la rete ignora la richiesta e la commissione va persa.
exec-notice-chain_checks_when_processed = La rete controlla ancora ciò che questo wallet non può sapere offline (da quanto tempo il validatore è attivo, prelievi in sospeso, code, saldi); una richiesta che non supera questi controlli viene ignorata e la commissione trattenuta.
exec-notice-consolidation_exits_source = La sorgente di un consolidamento esce: smette di validare non appena il suo saldo è passato alla destinazione.
exec-next-title = Firmare e inviare dall'indirizzo di prelievo
exec-next-fee = Controlli prima la commissione, subito prima di inviare: invii questa richiesta JSON-RPC a un nodo di esecuzione della rete.
exec-next-fee-result = Il risultato è la commissione in wei, in esadecimale. Se supera il valore nei file, li crei di nuovo con un valore più alto.
exec-next-send = Apra il wallet che detiene l'indirizzo di prelievo (un hardware wallet, un Safe, un wallet su una macchina online) e invii da lì ogni transazione: to, value e data esattamente come nel file, oppure apra il suo URI o scansioni il suo codice QR. L'indirizzo:
exec-next-check = Prima di firmare, controlli che il suo wallet mostri il contratto, il valore e i data del file: un wallet che tralascia i data invierebbe solo il valore, e il contratto lo rifiuterebbe.
exec-next-chain = Poi il contratto mette in coda la richiesta e la beacon chain la elabora entro poche epoche. Un'uscita completa attende nella coda di uscita, poi tutto il saldo viene prelevato; un prelievo parziale viene pagato all'indirizzo di prelievo; un passaggio porta le credenziali a 0x02; un consolidamento trasferisce il saldo della sorgente alla destinazione. Segua il validatore su un explorer della beacon chain.

## On "Find my validators"

exec-offer = { $count ->
        [one] { $count } validatore trovato ha credenziali 0x01 o 0x02: il suo indirizzo di prelievo può farlo uscire, prelevare da esso o consolidarlo.
       *[other] { $count } validatori trovati hanno credenziali 0x01 o 0x02: il loro indirizzo di prelievo può farli uscire, prelevare da essi o consolidarli.
    }
exec-offer-button = Far uscire, prelevare o consolidare questi validatori

## Execution-layer requests

exec-title = Exit, Auszahlung oder Konsolidierung über die Auszahlungsadresse
exec-intro = Seit dem Pectra-Upgrade kann ein Validator mit 0x01- oder 0x02-Withdrawal-Credentials durch eine Transaktion von seiner Auszahlungsadresse beendet, teilweise ausgezahlt oder konsolidiert werden (EIP-7002, EIP-7251). Diese Wallet hält keinen Execution-Schlüssel: Sie bereitet jede Transaktion vor, und die eigene Wallet der Auszahlungsadresse signiert und sendet sie.
exec-no-secret = Auf dieser Seite ist nichts geheim: Es werden weder Seed-Phrase noch Keystore noch Passwort benötigt.
exec-validators-legend = Ihre Validatoren
exec-validators-hint = Fügen Sie ein oder laden Sie, was die Beacon Chain von Ihren Validatoren zeigt: für jeden den Index, den öffentlichen Schlüssel und die aktuellen Withdrawal Credentials. Fragen Sie nur Ihre eigenen Validatoren ab (der Filter ?id=), in einer dieser Formen:
exec-validators-count = { $count ->
        [0] Noch keine Validatoren geladen.
        [one] 1 Validator geladen.
       *[other] { $count } Validatoren geladen.
    }
exec-validators-from-find = { $count ->
        [one] Unten steht 1 Validator aus „Meine Validatoren finden“. Fügen Sie eine andere Liste ein oder laden Sie sie, um ihn zu ersetzen.
       *[other] Unten stehen { $count } Validatoren aus „Meine Validatoren finden“. Fügen Sie eine andere Liste ein oder laden Sie sie, um sie zu ersetzen.
    }
exec-requests-legend = Die Anfragen
exec-requests-hint = Wählen Sie für jeden Validator, was beantragt werden soll. Eine Teilauszahlung gibt es nur für 0x02-Validatoren und betrifft einen Teil des Guthabens über 32 ETH; das Ziel einer Konsolidierung muss einer der aufgeführten Validatoren mit 0x02-Credentials sein.
exec-action-all-label = Anfrage für jeden Validator
exec-action-label = Anfrage für Validator { $validator }
exec-action-none = Keine Anfrage
exec-action-full-exit = Vollständiger Exit
exec-action-partial = Teilauszahlung (nur 0x02)
exec-action-switch = Auf 0x02 umstellen (Compounding)
exec-action-consolidate = In einen anderen Validator konsolidieren
exec-amount-label = Auszuzahlender Betrag von Validator { $validator }, in { $currency }
exec-target-label = Ziel der Konsolidierung von Validator { $validator }
exec-target-choose = Zielvalidator wählen
exec-error-no-target = wählen Sie den Validator, in den konsolidiert werden soll
exec-error-no-action = wählen Sie für mindestens einen Validator eine Anfrage
exec-allow-other-target = Ein Ziel mit einer anderen Auszahlungsadresse zulassen (das Guthaben der Quelle gehört dann dieser Adresse)
exec-column-pubkey = Öffentlicher Schlüssel
exec-column-request = Anfrage

## The value to attach

exec-value-legend = Mit jeder Transaktion zu sendender Betrag (die Gebühr des Vertrags)
exec-value-withdrawal-label = Mit jeder Exit- oder Auszahlungsanfrage zu sendende Wei
exec-value-consolidation-label = Mit jeder Konsolidierungsanfrage zu sendende Wei
exec-fee-contract = Vertrag:
exec-fee-command = Zum Beispiel mit cast von Foundry und einem Execution-Node dieser Chain (die Antwort ist die Gebühr in Wei, hexadezimal):
exec-review = Transaktionen prüfen

## The review

exec-review-title = Transaktionen prüfen
exec-review-chain-id = Chain-ID
exec-review-contract-withdrawal = Vertrag für Auszahlungsanfragen (EIP-7002)
exec-review-contract-consolidation = Vertrag für Konsolidierungsanfragen (EIP-7251)
exec-review-value = Mit jeder Transaktion gesendeter Betrag
exec-review-value-amount = { $wei } Wei ({ $coins } { $coin })
exec-review-from = Senden von (der Auszahlungsadresse)
exec-review-count = { $count ->
        [one] 1 Transaktion
       *[other] { $count } Transaktionen
    }
exec-request-full-exit = vollständiger Exit; er hört auf zu validieren, und sein gesamtes Guthaben wird ausgezahlt
exec-request-partial = Teilauszahlung von { $amount }
exec-request-switch = Umstellung auf 0x02-Credentials (Compounding)
exec-request-consolidate = Konsolidierung in Validator { $target }; er tritt aus, und sein Guthaben geht dorthin
exec-tick-chain = Die Chain ist { $chain }, Chain-ID { $chain_id }
exec-tick-value = Jede Transaktion an den { $contract } sendet { $wei } Wei mit, mindestens die Gebühr, die ich gelesen habe
exec-tick-from = Ich sende von { $address }, der Auszahlungsadresse der Validatoren
exec-tick-request = Validator { $validator }: { $request }
exec-review-blocked = Einige Anfragen können nicht erstellt werden (siehe jeweils den Grund); ändern Sie sie oben.
exec-create = Transaktionsdateien erstellen

## The transactions made

exec-summary-title = Die vorbereiteten Transaktionen
exec-requests-title = Jede Transaktion
exec-output-from = Senden von
exec-output-uri = Ihre EIP-681-URI, für Wallets, die ethereum:-Links öffnen:
exec-output-uri-name = EIP-681-URI
exec-fee-query-name = JSON-RPC-Anfrage
exec-output-qr-label = QR-Code der Transaktion für Validator { $validator }
exec-notices-title = Vor dem Senden
exec-notice-fee_read_by_empty_call = Die Gebühr legt der Vertrag fest, wenn die Transaktion ausgeführt wird: Lesen Sie sie mit der Anfrage unten (ein eth_call mit leeren Calldata) und senden Sie mindestens diesen Betrag mit.
exec-notice-overpayment_not_refunded = Jeder Betrag über der Gebühr bleibt beim Vertrag und wird nicht erstattet; ein Betrag darunter lässt die Transaktion scheitern.
exec-notice-send_from_withdrawal_address = Senden Sie jede Transaktion von der Adresse, die sie nennt: Von jeder anderen Adresse ignoriert die Chain die Anfrage, und die Gebühr ist verloren.
exec-notice-chain_checks_when_processed = Die Chain prüft noch, was diese Wallet offline nicht wissen kann (wie lange der Validator aktiv ist, ausstehende Auszahlungen, Warteschlangen, Guthaben); eine Anfrage, die daran scheitert, wird ignoriert, und ihre Gebühr bleibt beim Vertrag.
exec-notice-consolidation_exits_source = Die Quelle einer Konsolidierung tritt aus: Sie hört auf zu validieren, sobald ihr Guthaben zum Ziel gewechselt ist.
exec-next-title = Von der Auszahlungsadresse signieren und senden
exec-next-fee = Prüfen Sie zuerst die Gebühr, unmittelbar vor dem Senden: Senden Sie diese JSON-RPC-Anfrage an einen Execution-Node der Chain.
exec-next-fee-result = Das Ergebnis ist die Gebühr in Wei, hexadezimal. Liegt sie über dem Betrag in den Dateien, erstellen Sie sie mit einem höheren Betrag neu.
exec-next-send = Öffnen Sie die Wallet, die die Auszahlungsadresse hält (eine Hardware-Wallet, ein Safe, eine Wallet auf einem Online-Rechner), und senden Sie jede Transaktion von dort: to, value und data genau wie in der Datei, oder öffnen Sie ihre URI bzw. scannen Sie ihren QR-Code. Die Adresse:
exec-next-check = Prüfen Sie vor dem Signieren, dass Ihre Wallet den Vertrag, den Betrag und die data der Datei anzeigt: Eine Wallet, die die data weglässt, würde nur den Betrag senden, und der Vertrag würde ihn ablehnen.
exec-next-chain = Danach reiht der Vertrag die Anfrage ein, und die Beacon Chain verarbeitet sie innerhalb weniger Epochen. Ein vollständiger Exit wartet in der Exit-Warteschlange, danach wird das gesamte Guthaben ausgezahlt; eine Teilauszahlung geht an die Auszahlungsadresse; eine Umstellung ändert die Credentials auf 0x02; eine Konsolidierung überträgt das Guthaben der Quelle auf das Ziel. Verfolgen Sie den Validator in einem Beacon-Chain-Explorer.

## On "Find my validators"

exec-offer = { $count ->
        [one] 1 gefundener Validator hat 0x01- oder 0x02-Credentials: Seine Auszahlungsadresse kann ihn beenden, von ihm auszahlen oder ihn konsolidieren.
       *[other] { $count } gefundene Validatoren haben 0x01- oder 0x02-Credentials: Ihre Auszahlungsadresse kann sie beenden, von ihnen auszahlen oder sie konsolidieren.
    }
exec-offer-button = Diese Validatoren beenden, auszahlen oder konsolidieren

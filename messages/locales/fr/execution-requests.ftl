## Execution-layer requests

exec-title = Sortir, retirer ou consolider depuis l'adresse de retrait
exec-intro = Depuis la mise à niveau Pectra, un validateur aux identifiants de retrait 0x01 ou 0x02 peut être sorti, partiellement retiré ou consolidé par une transaction envoyée depuis son adresse de retrait (EIP-7002, EIP-7251). Ce portefeuille ne détient aucune clé d'exécution : il prépare chaque transaction, et le portefeuille de l'adresse de retrait la signe et l'envoie.
exec-no-secret = Rien n'est secret sur cet écran : ni phrase mnémonique, ni keystore, ni mot de passe ne sont nécessaires.
exec-validators-legend = Vos validateurs
exec-validators-hint = Collez ou chargez ce que la Beacon Chain indique de vos validateurs : pour chacun, son index, sa clé publique et ses identifiants de retrait actuels. Ne demandez que vos propres validateurs (le filtre ?id=), sous l'une de ces formes :
exec-validators-count = { $count ->
        [0] Aucun validateur chargé pour l'instant.
        [one] { $count } validateur chargé.
       *[other] { $count } validateurs chargés.
    }
exec-validators-from-find = { $count ->
        [one] { $count } validateur issu de « Trouver mes validateurs » figure ci-dessous. Collez ou chargez une autre liste pour le remplacer.
       *[other] { $count } validateurs issus de « Trouver mes validateurs » figurent ci-dessous. Collez ou chargez une autre liste pour les remplacer.
    }
exec-requests-legend = Les requêtes
exec-requests-hint = Choisissez ce qu'il faut demander pour chaque validateur. Un retrait partiel n'existe que pour les validateurs 0x02 et porte sur une partie du solde au-delà de 32 ETH ; la cible d'une consolidation doit être l'un des validateurs listés, avec des identifiants 0x02.
exec-action-all-label = Requête pour chaque validateur
exec-action-label = Requête pour le validateur { $validator }
exec-action-none = Aucune requête
exec-action-full-exit = Sortie complète
exec-action-partial = Retrait partiel (0x02 uniquement)
exec-action-switch = Passer en 0x02 (compounding)
exec-action-consolidate = Consolider dans un autre validateur
exec-amount-label = Montant à retirer du validateur { $validator }, en { $currency }
exec-target-label = Cible de la consolidation du validateur { $validator }
exec-target-choose = Choisissez le validateur cible
exec-error-no-target = choisissez le validateur dans lequel consolider
exec-error-no-action = choisissez une requête pour au moins un validateur
exec-allow-other-target = Autoriser une cible ayant une autre adresse de retrait (le solde de la source appartient alors à cette adresse)
exec-column-pubkey = Clé publique
exec-column-request = Requête

## The value to attach

exec-value-legend = Valeur à joindre à chaque transaction (les frais du contrat)
exec-value-withdrawal-label = Wei à joindre à chaque requête de sortie ou de retrait
exec-value-consolidation-label = Wei à joindre à chaque requête de consolidation
exec-fee-contract = Contrat :
exec-fee-command = Par exemple, avec cast de Foundry et un nœud d'exécution de cette chaîne (la réponse est le montant des frais en wei, en hexadécimal) :
exec-review = Vérifier les transactions

## The review

exec-review-title = Vérifier les transactions
exec-review-chain-id = Identifiant de chaîne
exec-review-contract-withdrawal = Contrat des requêtes de retrait (EIP-7002)
exec-review-contract-consolidation = Contrat des requêtes de consolidation (EIP-7251)
exec-review-value = Valeur jointe à chaque transaction
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = Envoyer depuis (l'adresse de retrait)
exec-review-count = { $count ->
        [one] { $count } transaction
       *[other] { $count } transactions
    }
exec-request-full-exit = sortie complète ; il cesse de valider et tout son solde est retiré
exec-request-partial = retrait partiel de { $amount }
exec-request-switch = passage aux identifiants 0x02 (compounding)
exec-request-consolidate = consolidation dans le validateur { $target } ; il sort et son solde y est transféré
exec-tick-chain = La chaîne est { $chain }, identifiant de chaîne { $chain_id }
exec-tick-value = Chaque transaction vers le { $contract } joint { $wei } wei, au moins les frais que j'ai lus
exec-tick-from = J'enverrai depuis { $address }, l'adresse de retrait des validateurs
exec-tick-request = Validateur { $validator } : { $request }
exec-review-blocked = Certaines requêtes ne peuvent pas être faites (voir la raison de chacune) ; modifiez-les ci-dessus.
exec-create = Créer les fichiers de transaction

## The transactions made

exec-summary-title = Les transactions préparées
exec-requests-title = Chaque transaction
exec-output-from = Envoyer depuis
exec-output-uri = Son URI EIP-681, pour les portefeuilles qui ouvrent les liens ethereum: :
exec-output-uri-name = URI EIP-681
exec-fee-query-name = requête JSON-RPC
exec-output-qr-label = Code QR de la transaction pour le validateur { $validator }
exec-notices-title = Avant d'envoyer
exec-notice-fee_read_by_empty_call = Les frais sont fixés par le contrat au moment où la transaction s'exécute : lisez-les avec la requête ci-dessous (un eth_call avec des calldata vides) et joignez au moins ce montant.
exec-notice-overpayment_not_refunded = Toute valeur au-delà des frais est conservée par le contrat, non remboursée ; une valeur inférieure fait échouer la transaction.
exec-notice-send_from_withdrawal_address = Envoyez chaque transaction depuis l'adresse qu'elle indique : depuis toute autre adresse, la chaîne ignore la requête et les frais sont perdus.
exec-notice-chain_checks_when_processed = La chaîne vérifie encore ce que ce portefeuille ne peut pas savoir hors ligne (depuis combien de temps le validateur est actif, retraits en attente, files d'attente, soldes) ; une requête qui échoue à ces vérifications est ignorée et ses frais conservés.
exec-notice-consolidation_exits_source = La source d'une consolidation sort : elle cesse de valider dès que son solde a été transféré à la cible.
exec-next-title = Signer et envoyer depuis l'adresse de retrait
exec-next-fee = Vérifiez d'abord les frais, juste avant d'envoyer : envoyez cette requête JSON-RPC à un nœud d'exécution de la chaîne.
exec-next-fee-result = Le résultat est le montant des frais en wei, en hexadécimal. S'il dépasse la valeur des fichiers, créez-les à nouveau avec une valeur plus élevée.
exec-next-send = Ouvrez le portefeuille qui détient l'adresse de retrait (un portefeuille matériel, un Safe, un portefeuille sur une machine en ligne) et envoyez-en chaque transaction : to, value et data exactement comme dans le fichier, ou ouvrez son URI ou scannez son code QR. L'adresse :
exec-next-check = Avant de signer, vérifiez que votre portefeuille affiche le contrat, la valeur et les data du fichier : un portefeuille qui omet les data enverrait la valeur seule, et le contrat la refuserait.
exec-next-chain = Ensuite, le contrat met la requête en file d'attente et la Beacon Chain la traite en quelques époques. Une sortie complète attend dans la file de sortie, puis tout le solde est retiré ; un retrait partiel est versé à l'adresse de retrait ; un passage change les identifiants en 0x02 ; une consolidation transfère le solde de la source à la cible. Suivez le validateur sur un explorateur de la Beacon Chain.

## On "Find my validators"

exec-offer = { $count ->
        [one] { $count } validateur trouvé a des identifiants 0x01 ou 0x02 : son adresse de retrait peut le sortir, en retirer des fonds ou le consolider.
       *[other] { $count } validateurs trouvés ont des identifiants 0x01 ou 0x02 : leur adresse de retrait peut les sortir, en retirer des fonds ou les consolider.
    }
exec-offer-button = Sortir, retirer ou consolider ces validateurs

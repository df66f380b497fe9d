keys-title = Générer des clés de validateur
keys-hint = Seuls les keystores de signature vont sur votre nœud validateur ou votre signataire distant (remote signer). La phrase mnémonique, jamais : conservez-la hors ligne, elle contrôle aussi les clés de retrait.
keys-public-mnemonic = Ceci est une phrase mnémonique de test publiée : n'importe qui peut dériver ces clés. Utilisez-la uniquement sur des réseaux de test.
keys-start-index-label = Index de départ (premier index de clé à utiliser)
keys-count-label = Nombre de validateurs
keys-budget-label = Budget de clés par phrase mnémonique
keys-budget-new-mnemonic = Commencer une nouvelle phrase mnémonique pour le reste
keys-plan-next = Suite de votre plan : phrase mnémonique { $mnemonic } sur { $mnemonics }, index de clé { $first }–{ $last }, paquet { $label }. Créez-le avec cette phrase mnémonique chargée.
keys-plan-use = L’utiliser
keys-credentials-legend = Identifiants de retrait
keys-kind-compounding = 0x02 compounding, à capitalisation automatique (recommandé ; de 1 à 2048 ETH)
keys-kind-execution = 0x01 adresse d'exécution (exactement 32 ETH)
keys-kind-bls = 0x00 BLS (déconseillé)
keys-amount-label = Montant par validateur, en { $currency }
keys-bls-warning = Les identifiants 0x00 bloquent les retraits jusqu'à ce que vous signiez un changement BLS-to-execution avec la clé de retrait.
keys-bls-ack = Je comprends et je veux des identifiants 0x00
keys-address-label = Adresse d'exécution (de retrait), avec somme de contrôle EIP-55
keys-address-again-label = La même adresse, à nouveau
keys-password-label = Mot de passe du keystore
keys-password-again-label = Mot de passe du keystore (confirmation)
keys-rule-minimum-length = { $count ->
        [one] au moins { $count } caractère (les caractères de contrôle ne comptent pas)
       *[other] au moins { $count } caractères (les caractères de contrôle ne comptent pas)
    }
keys-rule-confirmed = saisi deux fois à l'identique
keys-kdf-label = KDF du keystore
keys-kdf-scrypt = scrypt (par défaut, comme deposit-cli)
keys-independent-salts = Un sel et une exécution de KDF distincts pour chaque keystore (plus lent ; rien n'est partagé entre les fichiers)
keys-review = Relire ce qui sera signé
keys-sign = Signer : créer les keystores et les données de dépôt

## Top-up

top-up-title = Compléter le solde d'un validateur
top-up-hint = Ajoute des fonds à un validateur qui existe déjà, signé avec la propre clé de signature du validateur (partial-deposit de deposit-cli). Le fichier va au contrat de dépôt comme tout dépôt, et il est irréversible une fois envoyé.
top-up-explain-title = Ce que fait un dépôt complémentaire
top-up-explain-compounding = Validateur 0x02 (compounding) : le dépôt complémentaire s'ajoute à son solde, et son solde effectif augmente avec lui jusqu'à 2048 ETH (64 GNO sur les chaînes Gnosis) ; ses récompenses se capitalisent donc.
top-up-explain-execution = Validateur 0x01 : tout ce qui dépasse 32 ETH (1 GNO sur les chaînes Gnosis) est reversé à l'adresse de retrait en quelques jours ; un dépôt complémentaire n'aide donc un validateur 0x01 que si son solde est passé en dessous. Seuls les validateurs 0x02 capitalisent.
top-up-explain-credentials = Le dépôt indique des identifiants de retrait, mais pour un validateur existant la chaîne les ignore : indiquez tout de même ceux du validateur. Une clé publique qu'aucun validateur n'a encore deviendrait un nouveau validateur avec ces identifiants.
top-up-source-legend = Signer avec la clé du validateur, provenant de
top-up-source-mnemonic = ma phrase mnémonique, à un index de clé
top-up-source-keystore = son fichier keystore et son mot de passe
top-up-key-index-label = Index de clé de la clé de signature du validateur
top-up-keystore-file-label = Fichier keystore du validateur
top-up-keystore-password-label = Mot de passe du keystore
top-up-validator-pubkey-label = Clé publique du validateur (recommandé : la clé devra alors être celle de ce validateur)
top-up-credentials-legend = Identifiants de retrait du validateur
top-up-kind-compounding = 0x02 compounding
top-up-kind-execution = 0x01 adresse d'exécution
top-up-execution-warning = Avec des identifiants 0x01, ce qui porte le solde au-delà de 32 ETH est reversé à l'adresse de retrait, sans capitalisation. Pour capitaliser, l'adresse de retrait doit d'abord faire passer le validateur en 0x02 (une demande de consolidation).
top-up-address-label = Son adresse de retrait, avec somme de contrôle EIP-55
top-up-address-again-label = La même adresse, une seconde fois
top-up-amount-label = Montant à ajouter, en { $currency }
top-up-amount-hint = De 1 à 2048 ETH (de 1/32 à 64 GNO sur les chaînes Gnosis), en gwei entiers.
top-up-review = Relire ce qui sera signé
top-up-sign = Signer le dépôt complémentaire
top-up-credentials = Identifiants de retrait
top-up-credentials-compounding = { $prefix } compounding
top-up-credentials-execution = { $prefix } adresse d'exécution
top-up-credentials-full = Les 32 octets
top-up-credentials-label = identifiants de retrait
top-up-amount-gwei = Montant dans le dépôt (gwei)
top-up-key-path = Chemin de la clé de signature
top-up-details-title = Dans le dépôt
review-what-top-up = dépôt complémentaire pour un validateur existant
review-count-top-up = { $count ->
        [one] { $count } dépôt complémentaire
       *[other] { $count } dépôts complémentaires
    }
review-amount-top-up = Montant à ajouter
review-row-existing = existant
next-top-up-title = Dépôt complémentaire : le déposer une seule fois
next-top-up-copy = Copiez { $file } sur l'ordinateur depuis lequel vous effectuez le dépôt (il ne contient aucun secret).
next-top-up-open = Téléversez-le sur { $page } et vérifiez la clé publique, les identifiants de retrait et le montant par rapport au récapitulatif ci-dessus.
next-top-up-upload = Téléversez-le sur la page de dépôt de { $chain }, et vérifiez la clé publique, les identifiants de retrait et le montant par rapport au récapitulatif ci-dessus.
next-top-up-wallet = Ou envoyez-le depuis votre propre portefeuille : un appel au contrat de dépôt avec les valeurs du fichier et son montant :
next-top-up-after = Les dépôts sont irréversibles. Une fois le dépôt traité, vérifiez le solde du validateur sur un explorateur de la beacon chain.

## Builder deposits

builder-title = Dépôts de builder
builder-hint = Clés, keystores et dépôts pour des builders de blocs (EIP-8282, commande builder de deposit-cli) : une mise qui enregistre un builder, pas un validateur.
builder-warning = La clé de builder i est la clé de signature de validateur i de la même phrase mnémonique (même chemin m/12381/3600/i/0/0). N'utilisez pas les index de validateurs d'une phrase mnémonique pour des builders : une nouvelle phrase mnémonique est le plus sûr.
builder-start-index-label = Index de départ (premier index de clé de builder)
builder-count-label = Nombre de builders
builder-address-label = Adresse de retrait, avec somme de contrôle EIP-55 (identifiants 0xb0)
builder-address-again-label = La même adresse, une seconde fois
builder-amount-label = Montant par builder, en { $currency }
builder-amount-hint = Au moins 1, en gwei entiers, sans maximum ; aucun multiplicateur de chaîne ne s'applique aux dépôts de builder.
builder-password-label = Mot de passe du keystore
builder-password-again-label = Mot de passe du keystore (confirmation)
builder-review = Relire ce qui sera signé
builder-notice-ack = J'ai vérifié : cette phrase mnémonique n'a aucun validateur à ces index de clé
builder-sign = Signer : créer les keystores et les dépôts de builder
builder-credentials = Identifiants de retrait
builder-credentials-label = identifiants de retrait
builder-amount-gwei = Montant par dépôt (gwei)
builder-details-title = Dans chaque dépôt
review-what-builder-deposits = dépôts de builder
review-count-builder-deposits = { $count ->
        [one] { $count } dépôt de builder
       *[other] { $count } dépôts de builder
    }
review-builders = Builders
review-amount-builder = Montant par builder
review-pubkey-builder = Clé publique de builder (clé de signature de validateur)
review-row-builder = builder
review-tick-builders = Ce sont mes clés de builder ({ $count })
next-builder-deposit-title = Données de dépôt de builder : à soumettre une fois les builders activés
next-builder-deposit-copy = Copiez { $file } sur un ordinateur en ligne (il ne contient aucun secret).
next-builder-deposit-submit = Une fois que le fork Gloas aura activé les builders sur { $chain }, soumettez chaque entrée au contrat de dépôt de builder d'EIP-8282 comme l'indique sa documentation, depuis le portefeuille de l'adresse de retrait. Aucune page de dépôt n'accepte encore ces fichiers.
next-builder-deposit-check = Vérifiez les clés publiques, les identifiants de retrait et le montant par rapport au récapitulatif ci-dessus avant d'envoyer quoi que ce soit : les dépôts sont irréversibles.
next-builder-keystores-title = Keystores de builder : pour le logiciel de builder
next-builder-keystores-copy = { $count ->
        [one] Ne confiez le keystore et son mot de passe qu'au logiciel de builder qui exécute ce builder.
       *[other] Ne confiez les { $count } keystores et leur mot de passe qu'au logiciel de builder qui exécute ces builders.
    }
next-builder-keystores-not-validator = Ces clés sont aussi des clés de signature de validateur de cette phrase mnémonique : n'exécutez jamais la même clé comme builder et comme validateur.

## Look up a withdrawal key

lookup-title = Clé de retrait d'un index de clé
lookup-hint = Affiche la clé publique de retrait ({ $path }) de l'index de clé i de votre phrase mnémonique et les identifiants de retrait 0x00 qui en découlent, pour que vous puissiez les comparer avec ce qu'indique la Beacon Chain.
lookup-index-label = Index de clé
lookup-show = Afficher ses clés
lookup-withdrawal-path = Chemin de la clé de retrait
lookup-withdrawal-pubkey = Clé publique de retrait
lookup-credentials = Identifiants de retrait 0x00
lookup-signing = Chemin et clé publique de la clé de signature
lookup-copy-withdrawal-pubkey = la clé publique de retrait
lookup-copy-credentials = les identifiants de retrait
lookup-copy-signing-pubkey = la clé publique de signature

## Find my validators

find-title = Trouver mes validateurs
find-hint = Importez ce que connaît la Beacon Chain, sous l'une de ces formes, et le portefeuille trouve quels validateurs les clés de votre phrase mnémonique contrôlent. Les imports jusqu'à 1 Gio sont lus (la liste complète du mainnet fait environ 500 Mo).
find-hint-beacon-api = la réponse de la beacon API à
find-hint-ethdo = le fichier d'ethdo
find-hint-csv = un CSV avec les colonnes
find-key-count-label = Index de clé à parcourir, à partir de 0 (ethdo en parcourt 1024)
find-submit = Trouver mes validateurs
find-summary = { $format } : { $read ->
        [one] { $read } validateur lu
       *[other] { $read } validateurs lus
    }, dont { $found ->
        [one] { $found } contrôlé
       *[other] { $found } contrôlés
    } par les index de clé { $first }–{ $last } de cette phrase mnémonique.
find-format-beacon-api = réponse « validators » de la beacon API
find-format-ethdo = ethdo offline-preparation.json
find-format-csv = CSV
find-format-list = liste

## The import

find-import-file-label = Fichier à importer
find-import-file-name = { $name } ({ $size } Mo)
find-import-text-label = …ou collez-le ici

## The validators found

find-column-sign = Signer
find-column-validator = Validateur
find-column-key-index = Index de clé
find-column-status = Statut
find-column-credentials = Identifiants de retrait
find-column-found-by = Trouvé par
find-column-change = Changement d'adresse
find-select-validator = Signer pour le validateur { $validator }
find-found-by-both = identifiants et clé publique
find-found-by-credentials = identifiants de retrait
find-found-by-pubkey = clé publique de signature
find-change-possible = 0x00 : modifiable
find-change-other-key = 0x00 d'une autre clé de retrait : pas celle de cette phrase mnémonique
find-change-already = déjà { $prefix }

## Signing for the validators found

find-bls-warning = Un changement BLS ne peut être inclus qu'une seule fois dans la chaîne et est irréversible. Vérifiez l'adresse sur un second appareil.
find-address-label = Nouvelle adresse d'exécution (de retrait), avec somme de contrôle EIP-55
find-address-again-label = La même adresse, à nouveau
find-with-exits = Pré-signer aussi des sorties volontaires pour les validateurs sélectionnés
find-exit-epoch-label = Époque de sortie
find-review = Relire ce qui sera signé
find-sign = Signer pour les validateurs sélectionnés
find-error-none-selected = sélectionnez au moins un validateur pour lequel cette phrase mnémonique peut signer
find-error-address-twice = saisissez deux fois la nouvelle adresse

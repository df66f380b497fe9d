app-title = withdrawal-wallet
language-picker-label = Langue de la page
tagline = Des clés hors ligne pour les validateurs Ethereum. Rien de ce que vous saisissez ne quitte cette page.
online-banner = Vous semblez être en ligne — déconnectez-vous avant de saisir une phrase mnémonique.
offline-banner = Hors ligne ✓
loaded-from = Page chargée depuis
chain-label = Chaîne :
chain-not-chosen = pas encore choisie
chain-custom = { $name } (personnalisée)
chain-custom-incomplete = personnalisée (incomplète)
mnemonic-loaded = { $passphrase ->
        [yes] Phrase mnémonique chargée (liste de mots { $wordlist }, avec passphrase)
       *[no] Phrase mnémonique chargée (liste de mots { $wordlist })
    }
clear = Effacer
back-to-tasks = ← Toutes les tâches

## The start screen

start-title = Que souhaitez-vous faire ?
tools-title = Les outils, un par un
tools-hint = Pour ceux qui connaissent les étapes : chaque outil séparément, sans le guide.
tool-create-mnemonic = Créer une nouvelle phrase mnémonique
tool-create-mnemonic-detail = 24 nouveaux mots, notés puis ressaisis
tool-use-mnemonic = Utiliser une phrase mnémonique existante
tool-use-mnemonic-detail = vérifiée mot par mot ; abréviations complétées
tool-validator-keys = Générer des clés de validateur
tool-validator-keys-detail = keystores et données de dépôt (deposit data)
tool-withdrawal-address = Définir l'adresse de retrait
tool-withdrawal-address-detail = changement BLS-to-execution pour les validateurs 0x00
tool-ownership-proof = Prouver la propriété de l'adresse de retrait
tool-ownership-proof-detail = une déclaration signée que certains opérateurs demandent ; elle ne change rien sur la chaîne
tool-exits = Pré-signer des sorties
tool-exits-detail = à partir de la phrase mnémonique ou d'un keystore
tool-verify-files = Vérifier des fichiers
tool-verify-files-detail = fichiers de dépôt, de changement BLS, de sortie ou keystores, quel que soit l'outil d'origine
tool-find-validators = Trouver mes validateurs
tool-find-validators-detail = importer la liste de la Beacon Chain ; signer changements et sorties en lot
tool-hand-off = Confier les clés à un signataire
tool-hand-off-detail = import via la keymanager API, configurations Web3Signer, paquets à téléverser pour Vault et AWS
tool-lookup = Consulter une clé de retrait
tool-lookup-detail = clé publique de retrait et identifiants 0x00 d'un index de clé
tool-top-up = Compléter le solde d'un validateur
tool-top-up-detail = un dépôt vers un validateur 0x01 ou 0x02 existant, depuis son keystore ou la phrase mnémonique
tool-builder-deposits = Dépôts de builder
tool-builder-deposits-detail = clés, keystores et dépôts de builder (EIP-8282)
tool-execution-requests = Sortir, retirer ou consolider depuis l'adresse de retrait
tool-execution-requests-detail = transactions pour les validateurs 0x01 et 0x02 (EIP-7002, EIP-7251), envoyées depuis votre propre portefeuille

## Journeys: what the staker came to do (in the staker's own words), and their steps

journey-withdrawal-address = Définir mon adresse de retrait
journey-withdrawal-address-detail = Mes validateurs ont des identifiants 0x00 : signer un changement BLS-to-execution pour que les récompenses et les sorties soient versées à mon adresse.
journey-new-validators = Créer les clés de nouveaux validateurs
journey-new-validators-detail = Des keystores pour mon client validateur et les données de dépôt pour le Launchpad.
journey-exits = Faire sortir des validateurs
journey-exits-detail = Pré-signer des sorties volontaires, avec ma phrase mnémonique ou un keystore, à diffuser quand je le déciderai.
journey-check-file = Vérifier un fichier
journey-check-file-detail = Voir ce que contient un fichier de dépôt, de changement BLS, de sortie ou un keystore, et s'il est valide.
stepper-label = { $journey } : étapes
step-your-mnemonic = Votre phrase mnémonique
step-your-validators = Vos validateurs
step-chain-address-amounts = Chaîne, adresse et montants
step-mnemonic-or-keystore = Phrase mnémonique ou keystore
step-validators-and-epoch = Validateurs et époque
step-review-and-sign = Relire et signer
step-files-and-next-steps = Fichiers et étapes suivantes
step-the-file = Le fichier
step-what-it-says = Ce qu'il contient

## What a long job is doing (shown before its progress: "signing: 3 of 10, 1.2 s")

phase-deriving = dérivation des clés
phase-keystores = clés de validateur
phase-signing = signature
phase-verifying = vérification
phase-reading-import = lecture de l'import (validateurs)
phase-decrypting = ouverture du keystore

keystore-reading = Lecture de { $name }…
keystore-read = ✓ { $name } lu

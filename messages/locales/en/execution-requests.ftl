# Execution-layer requests from the withdrawal address (EIP-7002, EIP-7251): exits, partial
# withdrawals, the switch from 0x01 to 0x02 credentials, and consolidations, prepared as
# transactions for the staker's own wallet. Keep as is: EIP numbers, 0x00/0x01/0x02 (credential
# types), eth_call, calldata, wei, EIP-681, JSON-RPC, Pectra, Safe.

## Execution-layer requests

exec-title = Exit, withdraw or consolidate from the withdrawal address
exec-intro = Since the Pectra upgrade, a validator with 0x01 or 0x02 withdrawal credentials can be exited, partly withdrawn or consolidated by a transaction from its withdrawal address (EIP-7002, EIP-7251). This wallet holds no execution key: it prepares each transaction, and the withdrawal address's own wallet signs and sends it.
exec-no-secret = Nothing on this screen is secret: no mnemonic, keystore or password is needed.
exec-validators-legend = Your validators
exec-validators-hint = Paste or load what the beacon chain shows of your validators: each one's index, public key and current withdrawal credentials. Ask only for your own validators (the ?id= filter), in one of these forms:
# $count: validators in the list shown below.
exec-validators-count = { $count ->
        [0] No validators loaded yet.
        [one] 1 validator loaded.
       *[other] { $count } validators loaded.
    }
# $count: validators handed over by the "Find my validators" screen.
exec-validators-from-find = { $count ->
        [one] 1 validator from "Find my validators" is listed below. Paste or load another list to replace it.
       *[other] { $count } validators from "Find my validators" are listed below. Paste or load another list to replace them.
    }
exec-requests-legend = The requests
exec-requests-hint = Choose what to ask for each validator. A partial withdrawal is only for 0x02 validators, and takes part of the balance above 32 ETH; a consolidation's target must be one of the validators listed, with 0x02 credentials.
exec-action-all-label = Request for every validator
# $validator: the validator's index on the beacon chain.
exec-action-label = Request for validator { $validator }
exec-action-none = No request
exec-action-full-exit = Full exit
exec-action-partial = Partial withdrawal (0x02 only)
exec-action-switch = Switch to 0x02 (compounding)
exec-action-consolidate = Consolidate into another validator
# $validator: the validator's index; $currency: ETH, or GNO on Gnosis chains.
exec-amount-label = Amount to withdraw from validator { $validator }, in { $currency }
# $validator: the index of the validator whose balance moves.
exec-target-label = Target of validator { $validator }'s consolidation
exec-target-choose = Choose the target validator
exec-error-no-target = choose the validator to consolidate into
exec-error-no-action = choose a request for at least one validator
exec-allow-other-target = Allow a target with another withdrawal address (the source's balance then belongs to that address)
exec-column-pubkey = Public key
exec-column-request = Request

## The value to attach

exec-value-legend = Value to attach to each transaction (the contract's fee)
exec-value-withdrawal-label = Wei to attach to each exit or withdrawal request
exec-value-consolidation-label = Wei to attach to each consolidation request
# Followed by the contract's address.
exec-fee-contract = Contract:
# Followed by a command line, kept as is.
exec-fee-command = For example, with Foundry's cast and an execution node of this chain (the answer is the fee in wei, in hexadecimal):
# Button
exec-review = Review the transactions

## The review

exec-review-title = Review the transactions
exec-review-chain-id = Chain ID
exec-review-contract-withdrawal = Withdrawal request contract (EIP-7002)
exec-review-contract-consolidation = Consolidation request contract (EIP-7251)
exec-review-value = Value attached to each transaction
# $wei: the value in wei (digits, kept as is); $coins: the same in the chain's coin; $coin: ETH
# or xDAI.
exec-review-value-amount = { $wei } wei ({ $coins } { $coin })
exec-review-from = Send from (the withdrawal address)
# $count: transactions prepared.
exec-review-count = { $count ->
        [one] 1 transaction
       *[other] { $count } transactions
    }
# What a request does, after "Validator N:".
exec-request-full-exit = full exit; it stops validating and its whole balance is withdrawn
# $amount: the amount with its currency, e.g. "1.5 ETH".
exec-request-partial = partial withdrawal of { $amount }
exec-request-switch = switch to 0x02 (compounding) credentials
# $target: the target validator's index.
exec-request-consolidate = consolidation into validator { $target }; it exits and its balance moves there
# $chain: the chain's name; $chain_id: its chain ID (digits).
exec-tick-chain = The chain is { $chain }, chain ID { $chain_id }
# $wei: the value in wei; $contract: the contract's name (one of exec-review-contract-…).
exec-tick-value = Each transaction to the { $contract } attaches { $wei } wei, at least the fee I read
# $address: the withdrawal address, kept as is.
exec-tick-from = I will send from { $address }, the validators' withdrawal address
# $validator: the validator's index; $request: what is asked (one of exec-request-…).
exec-tick-request = Validator { $validator }: { $request }
exec-review-blocked = Some requests cannot be made (see each one's reason); change them above.
# Button
exec-create = Make the transaction files

## The transactions made

exec-summary-title = The transactions prepared
exec-requests-title = Each transaction
# Followed by the address.
exec-output-from = Send from
exec-output-uri = Its EIP-681 URI, for wallets that open ethereum: links:
# What a Copy button copies, completing its accessible name ("Copy EIP-681 URI").
exec-output-uri-name = EIP-681 URI
exec-fee-query-name = JSON-RPC request
# $validator: the validator's index.
exec-output-qr-label = QR code of the transaction for validator { $validator }
exec-notices-title = Before you send
exec-notice-fee_read_by_empty_call = The fee is set by the contract when the transaction runs: read it with the request below (an eth_call with empty calldata) and attach at least that.
exec-notice-overpayment_not_refunded = Any value above the fee is kept by the contract, not refunded; a value below it makes the transaction fail.
exec-notice-send_from_withdrawal_address = Send each transaction from the address it names: from any other address the chain ignores the request and the fee is lost.
exec-notice-chain_checks_when_processed = The chain still checks what this wallet cannot know offline (how long the validator has been active, pending withdrawals, queues, balances); a request that fails them is ignored and its fee kept.
exec-notice-consolidation_exits_source = A consolidation's source exits: it stops validating once its balance has moved to the target.
exec-next-title = Sign and send from the withdrawal address
exec-next-fee = Check the fee first, just before sending: send this JSON-RPC request to an execution node of the chain.
exec-next-fee-result = The result is the fee in wei, in hexadecimal. If it is above the value in the files, make them again with a higher value.
# Followed by the withdrawal address(es).
exec-next-send = Open the wallet that holds the withdrawal address (a hardware wallet, a Safe, a wallet on an online machine) and send each transaction from it: to, value and data exactly as in the file, or open its URI or scan its QR code. The address:
exec-next-check = Before you sign, check that your wallet shows the contract, the value and the data of the file: a wallet that drops the data would send the value alone, and the contract would refuse it.
exec-next-chain = Then the contract queues the request and the beacon chain processes it within a few epochs. A full exit waits in the exit queue, then the whole balance is withdrawn; a partial withdrawal is paid to the withdrawal address; a switch turns the credentials to 0x02; a consolidation moves the source's balance to the target. Follow the validator on a beacon chain explorer.

## On "Find my validators"

# $count: validators found whose withdrawal address can send requests.
exec-offer = { $count ->
        [one] 1 validator found has 0x01 or 0x02 credentials: its withdrawal address can exit it, withdraw from it or consolidate it.
       *[other] { $count } validators found have 0x01 or 0x02 credentials: their withdrawal address can exit them, withdraw from them or consolidate them.
    }
# Button
exec-offer-button = Exit, withdraw or consolidate these validators

"""Makes the files of deposit_cli_131_top_up_builder.json with ethstaker-deposit-cli 1.3.1 itself.

    python3 -m venv venv && venv/bin/pip install ethstaker-deposit==1.3.1
    venv/bin/python generate_deposit_cli_131_top_up_builder.py OUT_FOLDER

The PyPI package ships no `intl/` texts, which its click prompts need, so the commands cannot be
started as `deposit partial-deposit` / `deposit builder`; this script calls what their bodies
call (cli/partial_deposit.py, cli/generate_builder_keys.py, 1.3.1), with the options below, and
keeps each file only after deposit-cli's own validate_deposit / validate_builder_deposit passed.
"""
import json
import os
import sys

from eth_utils import to_canonical_address
from py_ecc.bls import G2ProofOfPossession as bls

import ethstaker_deposit.utils.validation as validation
from ethstaker_deposit.credentials import Credential
from ethstaker_deposit.settings import DEPOSIT_CLI_VERSION, get_chain_setting
from ethstaker_deposit.utils.constants import (
    COMPOUNDING_WITHDRAWAL_PREFIX, EXECUTION_ADDRESS_WITHDRAWAL_PREFIX)
from ethstaker_deposit.utils.export_data import (
    export_builder_deposit_data_json, export_deposit_data_json)
from ethstaker_deposit.utils.ssz import (
    DepositData, DepositMessage, compute_deposit_domain, compute_signing_root)

# Only messages need the missing texts.
validation.load_text = lambda *args, **kwargs: ''

MNEMONIC = ' '.join(['abandon'] * 23 + ['art'])
ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad'
PASSWORD = 'vector test password'
OUT = sys.argv[1]
assert DEPOSIT_CLI_VERSION == '1.3.1', DEPOSIT_CLI_VERSION


def top_up(name, chain, key_index, compounding, amount_text, timestamp):
    """partial-deposit --keystore (deposit-cli's own keystore of the key) --amount --withdrawal_address
    --compounding/--regular_withdrawal."""
    chain_setting = get_chain_setting(chain)
    folder = os.path.join(OUT, name, 'partial_deposits')
    os.makedirs(folder, exist_ok=True)
    credential = Credential(mnemonic=MNEMONIC, mnemonic_password='', index=key_index,
                            amount=32 * 10**9, chain_setting=chain_setting,
                            hex_withdrawal_address=ADDRESS, use_pbkdf2=True)
    keystore_path = credential.save_signing_keystore(PASSWORD, os.path.join(OUT, name), timestamp)
    keystore = validation.validate_keystore_file(keystore_path)
    amount = validation.validate_deposit_amount(amount_text, params={'chain_setting': chain_setting})
    address = validation.validate_withdrawal_address(None, None, ADDRESS, True)
    secret = int.from_bytes(keystore.decrypt(PASSWORD), 'big')
    prefix = COMPOUNDING_WITHDRAWAL_PREFIX if compounding else EXECUTION_ADDRESS_WITHDRAWAL_PREFIX
    message = DepositMessage(pubkey=bls.SkToPk(secret),
                             withdrawal_credentials=prefix + b'\x00' * 11 + to_canonical_address(address),
                             amount=amount * chain_setting.MULTIPLIER)
    domain = compute_deposit_domain(fork_version=chain_setting.GENESIS_FORK_VERSION)
    data = DepositData(**message.as_dict(), signature=bls.Sign(secret, compute_signing_root(message, domain)))
    entry = data.as_dict()
    entry.update({'deposit_message_root': message.hash_tree_root,
                  'deposit_data_root': data.hash_tree_root,
                  'fork_version': chain_setting.GENESIS_FORK_VERSION,
                  'network_name': chain_setting.NETWORK_NAME,
                  'deposit_cli_version': DEPOSIT_CLI_VERSION})
    saved = export_deposit_data_json(folder, timestamp, [entry])
    with open(saved, encoding='utf-8') as f:
        assert validation.validate_deposit(json.load(f)[0], chain_setting)
    print(saved)


def builder(name, chain, start, count, amount_text, timestamp):
    """builder --mnemonic --builder_start_index --num_builders --withdrawal_address --builder_amount."""
    chain_setting = get_chain_setting(chain)
    amount = validation.validate_builder_deposit_amount(amount_text)
    address = validation.validate_withdrawal_address(None, None, ADDRESS, require=True)
    credentials = [Credential(mnemonic=MNEMONIC, mnemonic_password='', index=index, amount=amount,
                              chain_setting=chain_setting, hex_withdrawal_address=address,
                              is_builder=True)
                   for index in range(start, start + count)]
    folder = os.path.join(OUT, name, 'builder_keys')
    os.makedirs(folder, exist_ok=True)
    saved = export_builder_deposit_data_json(
        folder, timestamp, [credential.builder_deposit_datum_dict for credential in credentials])
    with open(saved, encoding='utf-8') as f:
        for entry, credential in zip(json.load(f), credentials):
            assert validation.validate_builder_deposit(entry, credential)
    print(saved)


top_up('topup_hoodi_0x02_40.5', 'hoodi', 0, True, '40.5', 1767225600)
top_up('topup_mainnet_0x01_1', 'mainnet', 3, False, '1', 1767225601)
top_up('topup_mainnet_0x02_2048', 'mainnet', 2, True, '2048', 1767225602)
top_up('topup_gnosis_0x02_min', 'gnosis', 1, True, '0.03125', 1767225603)
top_up('topup_gnosis_0x01_max', 'gnosis', 4, False, '64', 1767225604)
builder('builder_hoodi_0_2_1', 'hoodi', 0, 2, '1', 1767225605)
builder('builder_mainnet_5_1_5000', 'mainnet', 5, 1, '5000.000000001', 1767225606)
builder('builder_gnosis_0_1_1', 'gnosis', 0, 1, '1', 1767225607)

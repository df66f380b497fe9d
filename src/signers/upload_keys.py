#!/usr/bin/env python3
"""Uploads the signing keys of this bundle to HashiCorp Vault (KV v2) or AWS Secrets Manager,
for Web3Signer to load with the configs in web3signer/. Run it on the online machine that can
reach the store, from the bundle's folder:

    python3 upload_keys.py --dry-run     # checks every keystore, prints the commands, stores nothing
    python3 upload_keys.py               # the same, then runs them

The keys stay EIP-2335 keystores until here. This script asks for the keystore password
(without echo), decrypts each keystore in memory (scrypt or PBKDF2 from Python's hashlib,
AES-128-CTR from the `cryptography` package), checks its checksum and that the key gives the
keystore's pubkey, and only when every key has passed writes each secret with the store's own
CLI (`vault kv put` or `aws secretsmanager create-secret`), the secret on the CLI's standard
input, never on its command line. Made by withdrawal-wallet; needs Python 3.9+ and
`pip install cryptography`.
"""
import argparse
import getpass
import hashlib
import json
import pathlib
import subprocess
import sys
import unicodedata

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

# BLS12-381 (the curve of Ethereum's validator keys): the base field and G1's generator.
P = 0x1A0111EA397FE69A4B1BA7B6434BACD764774B84F38512BF6730D2A0F6B0F6241EABFFFEB153FFFFB9FEFFFFFFFFAAAB
R = 0x73EDA753299D7D483339D80809A1D80553BDA402FFFE5BFEFFFFFFFF00000001
G1 = (
    0x17F1D3A73197D7942695638C4FA9AC0FC3688C4F9774B905A14E3A3F171BAC586C55E83FF97A1AEFFB3AF00ADB22C6BB,
    0x08B3F481E3AAA0F1A09E30ED741D8AE4FCF5E095D5D00AF600DB18CB2C04B3EDD03CC744A2888AE40CAA232946C5E7E1,
)


def g1_multiply(scalar):
    """scalar · G1 in affine coordinates (double-and-add on y² = x³ + 4)."""
    result = None
    addend = G1
    while scalar:
        if scalar & 1:
            result = g1_add(result, addend)
        addend = g1_add(addend, addend)
        scalar >>= 1
    return result


def g1_add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    (x1, y1), (x2, y2) = a, b
    if x1 == x2:
        if (y1 + y2) % P == 0:
            return None
        slope = 3 * x1 * x1 * pow(2 * y1, P - 2, P) % P
    else:
        slope = (y2 - y1) * pow(x2 - x1, P - 2, P) % P
    x3 = (slope * slope - x1 - x2) % P
    return x3, (slope * (x1 - x3) - y1) % P


def compressed_pubkey(secret):
    """The 48-byte compressed G1 public key of a secret key (the ZCash encoding Ethereum uses)."""
    x, y = g1_multiply(secret)
    flags = 0x80 | (0x20 if y > P - y else 0)
    encoded = bytearray(x.to_bytes(48, "big"))
    encoded[0] |= flags
    return bytes(encoded)


def processed_password(password):
    """EIP-2335: NFKD, without the C0, C1 and Delete control codes, as UTF-8."""
    normalized = unicodedata.normalize("NFKD", password)
    kept = "".join(c for c in normalized if not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F))
    return kept.encode("utf-8")


class KeystoreError(Exception):
    pass


def decrypt(keystore, password):
    """The secret key of an EIP-2335 keystore, checked against its checksum and its pubkey."""
    crypto = keystore["crypto"]
    kdf = crypto["kdf"]
    params = kdf["params"]
    salt = bytes.fromhex(params["salt"])
    if kdf["function"] == "scrypt":
        n, r, p = params["n"], params["r"], params["p"]
        derived = hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, dklen=params["dklen"], maxmem=256 * n * r + (1 << 24))
    elif kdf["function"] == "pbkdf2" and params.get("prf") == "hmac-sha256":
        derived = hashlib.pbkdf2_hmac("sha256", password, salt, params["c"], params["dklen"])
    else:
        raise KeystoreError(f"unsupported KDF {kdf['function']}")
    cipher_message = bytes.fromhex(crypto["cipher"]["message"])
    checksum = hashlib.sha256(derived[16:32] + cipher_message).hexdigest()
    if checksum != crypto["checksum"]["message"]:
        raise KeystoreError("wrong password (the checksum does not match)")
    if crypto["cipher"]["function"] != "aes-128-ctr":
        raise KeystoreError(f"unsupported cipher {crypto['cipher']['function']}")
    iv = bytes.fromhex(crypto["cipher"]["params"]["iv"])
    decryptor = Cipher(algorithms.AES(derived[:16]), modes.CTR(iv)).decryptor()
    secret = decryptor.update(cipher_message) + decryptor.finalize()
    value = int.from_bytes(secret, "big")
    if len(secret) != 32 or not 0 < value < R:
        raise KeystoreError("the decrypted key is not a BLS secret key")
    if compressed_pubkey(value).hex() != keystore["pubkey"].lower().removeprefix("0x"):
        raise KeystoreError("the decrypted key does not give the keystore's pubkey")
    return secret


def command(plan, key):
    """The store CLI's command for one key; the secret goes on its standard input."""
    if plan["store"] == "vault":
        vault = plan["vault"]
        return ["vault", "kv", "put", f"-mount={vault['mount']}", key["destination"], "value=-"]
    if plan["store"] == "aws":
        aws = plan["aws"]
        return [
            "aws", "secretsmanager", "create-secret", "--region", aws["region"],
            "--name", key["destination"], "--secret-string", "file:///dev/stdin",
        ]
    raise SystemExit(f"unknown store {plan['store']!r} in upload-plan.json")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="check every keystore and print the commands; store nothing")
    parser.add_argument("--bundle", default=str(pathlib.Path(__file__).resolve().parent), help="the bundle's folder")
    args = parser.parse_args()
    bundle = pathlib.Path(args.bundle)
    plan = json.loads((bundle / "upload-plan.json").read_text())

    password = processed_password(getpass.getpass("Keystore password (not shown): "))
    secrets = []
    for key in plan["keys"]:
        keystore = json.loads((bundle / key["keystore"]).read_text())
        if keystore["pubkey"].lower().removeprefix("0x") != key["pubkey"].lower().removeprefix("0x"):
            raise SystemExit(f"{key['keystore']}: not the keystore upload-plan.json names")
        try:
            secrets.append(decrypt(keystore, password))
        except (KeystoreError, KeyError, ValueError) as error:
            raise SystemExit(f"{key['keystore']}: {error}; nothing was uploaded")
        print(f"checked {key['keystore']} (pubkey 0x{key['pubkey'].lower().removeprefix('0x')[:12]}…)")

    for key, secret in zip(plan["keys"], secrets):
        argv = command(plan, key)
        print(("would run: " if args.dry_run else "running: ") + " ".join(argv) + "   # the key on standard input")
        if not args.dry_run:
            try:
                subprocess.run(argv, input=("0x" + secret.hex()).encode(), check=True)
            except (OSError, subprocess.CalledProcessError) as error:
                raise SystemExit(f"{argv[0]} failed ({error}): the keys before this one are stored, this one and those after are not")
    print(f"{len(secrets)} keys {'checked (dry run: nothing stored)' if args.dry_run else 'stored'}")


if __name__ == "__main__":
    main()

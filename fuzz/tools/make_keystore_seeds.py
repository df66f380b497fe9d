#!/usr/bin/env python3
"""Writes small-KDF EIP-2335 keystores to seeds/keystore_decrypt/ for the keystore_decrypt target.

They hold the secret of EIP-2335's test vectors (its pubkey is known), encrypted under cheap KDF
parameters so that decrypt() runs to the end (checksum, AES, secret and pubkey checks) within
the target's fuzzing budget. Needs Python 3 with hashlib (scrypt) and `cryptography` (AES-CTR).
Run from fuzz/: python3 tools/make_keystore_seeds.py
"""
import hashlib
import json
import unicodedata
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

SECRET = bytes.fromhex("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f")
PUBKEY = "9612d7a727c9d0a22e185a1c768478dfe919cada9266988cb32359c11f2b7b27f4ae4040902382ae2910c15e2b420d07"
SALT = bytes.fromhex("d4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3")
IV = bytes.fromhex("264daa3f303d7259501c93d997d84fe6")
TEST_PASSWORD = "\U0001d531\U0001d522\U0001d530\U0001d531\U0001d52d\U0001d51e\U0001d530\U0001d530\U0001d534\U0001d52c\U0001d52f\U0001d521\U0001f511"


def process(password):
    """EIP-2335: NFKD, then C0, DEL and C1 control characters removed."""
    nfkd = unicodedata.normalize("NFKD", password)
    return "".join(c for c in nfkd if not (ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F)).encode()


def keystore(kdf, password, path, description, uuid):
    pw = process(password)
    if kdf["function"] == "scrypt":
        p = kdf["params"]
        dk = hashlib.scrypt(pw, salt=SALT, n=p["n"], r=p["r"], p=p["p"], dklen=32)
    else:
        dk = hashlib.pbkdf2_hmac("sha256", pw, SALT, kdf["params"]["c"], 32)
    enc = Cipher(algorithms.AES(dk[:16]), modes.CTR(IV)).encryptor()
    message = enc.update(SECRET) + enc.finalize()
    return {
        "crypto": {
            "kdf": kdf,
            "checksum": {
                "function": "sha256",
                "params": {},
                "message": hashlib.sha256(dk[16:32] + message).hexdigest(),
            },
            "cipher": {
                "function": "aes-128-ctr",
                "params": {"iv": IV.hex()},
                "message": message.hex(),
            },
        },
        "description": description,
        "pubkey": PUBKEY,
        "path": path,
        "uuid": uuid,
        "version": 4,
    }


def scrypt(n, r, p):
    return {"function": "scrypt", "params": {"dklen": 32, "n": n, "p": p, "r": r, "salt": SALT.hex()}, "message": ""}


def pbkdf2(c):
    return {"function": "pbkdf2", "params": {"dklen": 32, "c": c, "prf": "hmac-sha256", "salt": SALT.hex()}, "message": ""}


SEEDS = {
    "small-scrypt-testpassword.json": keystore(
        scrypt(16, 8, 1), TEST_PASSWORD, "m/12381/3600/0/0/0", "small scrypt", "1d85ae20-35c5-4611-98e8-aa14a633906f"),
    "small-pbkdf2-testpassword.json": keystore(
        pbkdf2(16), TEST_PASSWORD, "m/12381/60/0/0", "small pbkdf2", "64625def-3331-4eea-ab6f-782f3ed16a83"),
    "small-pbkdf2-fuzzpassword-nopath.json": keystore(
        pbkdf2(8), "fuzz password", "", "Zoë ✓ \u0000", "64625def-3331-4eea-ab6f-782f3ed16a84"),
    "small-scrypt-fuzzpassword.json": keystore(
        scrypt(2, 1, 2), "fuzz password", "m/12381/3600/7/0", "", "1d85ae20-35c5-4611-98e8-aa14a6339070"),
}

out = Path(__file__).resolve().parent.parent / "seeds" / "keystore_decrypt"
out.mkdir(parents=True, exist_ok=True)
for name, value in SEEDS.items():
    (out / name).write_text(json.dumps(value) + "\n", encoding="utf-8")
    print(out / name)

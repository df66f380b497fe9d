"""Independent derivation of the golden ownership-proof file (deposit-cli's
generate-bls-to-execution-change-keystore output) with py_ecc (BLS) and ssz (hash_tree_root),
the libraries ethstaker-deposit-cli itself uses; BIP39 and EIP-2333 written out from the specs.
Nothing here comes from the wallet's Rust code."""
import hashlib, hmac, json, sys, unicodedata
from py_ecc.bls import G2ProofOfPossession as bls
from ssz import ByteVector, Serializable, bytes4, bytes32, uint64

CURVE_ORDER = 52435875175126190479447740508185965837690552500527637822603658699938581184513

def bip39_seed(mnemonic, passphrase=""):
    m = unicodedata.normalize("NFKD", mnemonic).encode()
    s = unicodedata.normalize("NFKD", "mnemonic" + passphrase).encode()
    return hashlib.pbkdf2_hmac("sha512", m, s, 2048)

def hkdf_mod_r(ikm, key_info=b""):
    salt = b"BLS-SIG-KEYGEN-SALT-"
    sk = 0
    while sk == 0:
        salt = hashlib.sha256(salt).digest()
        prk = hmac.new(salt, ikm + b"\x00", hashlib.sha256).digest()
        info = key_info + (48).to_bytes(2, "big")
        okm, t = b"", b""
        for i in range(1, 3):
            t = hmac.new(prk, t + info + bytes([i]), hashlib.sha256).digest()
            okm += t
        sk = int.from_bytes(okm[:48], "big") % CURVE_ORDER
    return sk

def ikm_to_lamport_sk(ikm, salt):
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, t = b"", b""
    for i in range(1, 255 * 32 // 32 + 1):
        t = hmac.new(prk, t + bytes([i]), hashlib.sha256).digest()
        okm += t
    return [okm[i:i + 32] for i in range(0, 255 * 32, 32)]

def parent_sk_to_lamport_pk(parent_sk, index):
    salt = index.to_bytes(4, "big")
    ikm = parent_sk.to_bytes(32, "big")
    lamport_0 = ikm_to_lamport_sk(ikm, salt)
    not_ikm = bytes(b ^ 0xff for b in ikm)
    lamport_1 = ikm_to_lamport_sk(not_ikm, salt)
    pk = b"".join(hashlib.sha256(x).digest() for x in lamport_0 + lamport_1)
    return hashlib.sha256(pk).digest()

def derive_child_sk(parent_sk, index):
    return hkdf_mod_r(parent_sk_to_lamport_pk(parent_sk, index))

def derive_master_sk(seed):
    return hkdf_mod_r(seed)

def path_sk(seed, path):
    sk = derive_master_sk(seed)
    for level in path.split("/")[1:]:
        sk = derive_child_sk(sk, int(level))
    return sk

bytes20 = ByteVector(20)

class BLSToExecutionChangeKeystore(Serializable):
    fields = [("validator_index", uint64), ("to_execution_address", bytes20)]

class ForkData(Serializable):
    fields = [("current_version", bytes4), ("genesis_validators_root", bytes32)]

class SigningData(Serializable):
    fields = [("object_root", bytes32), ("domain", bytes32)]

def main():
    mnemonic, key_index, validator_index, address, fork, gvr, expected_pubkey, ts = sys.argv[1:9]
    seed = bip39_seed(mnemonic)
    sk = path_sk(seed, f"m/12381/3600/{int(key_index)}/0/0")
    pk = bls.SkToPk(sk)
    assert pk.hex() == expected_pubkey, (pk.hex(), expected_pubkey)
    message = BLSToExecutionChangeKeystore(validator_index=int(validator_index),
                                           to_execution_address=bytes.fromhex(address[2:]))
    fork_data_root = ForkData(current_version=bytes.fromhex(fork), genesis_validators_root=bytes.fromhex(gvr)).hash_tree_root
    domain = bytes.fromhex("0F000000") + fork_data_root[:28]
    signing_root = SigningData(object_root=message.hash_tree_root, domain=domain).hash_tree_root
    signature = bls.Sign(sk, signing_root)
    assert bls.Verify(pk, signing_root, signature)
    out = {"message": {"to_execution_address": "0x" + bytes.fromhex(address[2:]).hex(),
                       "validator_index": int(validator_index)},
           "signature": "0x" + signature.hex()}
    name = "bls_to_execution_change_keystore_signature-%s-%i.json" % (int(validator_index), int(ts))
    print("message root   ", message.hash_tree_root.hex(), file=sys.stderr)
    print("domain         ", domain.hex(), file=sys.stderr)
    print("signing root   ", signing_root.hex(), file=sys.stderr)
    print("file name      ", name, file=sys.stderr)
    sys.stdout.write(json.dumps(out))

main()

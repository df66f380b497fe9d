// What the e2e tests share, page and package alike: the public test mnemonics (the only
// mnemonics allowed in the repository), the common address and password, and the vector files.
// No browser here: the package tests import it too.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** The BIP39 vectors' all-zero entropy, 24 words. */
export const ABANDON_ART = `${'abandon '.repeat(23)}art`;
/** Hardhat's and Foundry's default mnemonic. */
export const TEST_JUNK = 'test test test test test test test test test test test junk';
/** staking-deposit-cli's test mnemonic. */
export const TEST_WASTE = 'test test test test test test test test test test test waste';

/** The withdrawal address the tests use, EIP-55 checksummed. */
export const ADDRESS = '0x0f51bb10119727a7e5eA3538074fb341F56B09Ad';
/** Another checksummed address, for a confirmation that differs. */
export const OTHER_ADDRESS = '0x71C7656EC7ab88b098defB751B7401B5f6d8976F';
/** The keystore password the tests type (long enough for the core's rule). */
export const PASSWORD = 'e2e keystore password';

/** A vector file of tests/vectors/, as text. */
export function vectorText(name) {
  return readFile(join(root, 'tests/vectors', name), 'utf8');
}

/** A vector file of tests/vectors/, parsed. */
export async function vectors(name) {
  return JSON.parse(await vectorText(name));
}

/** A JSON file for an `<input type=file>` (Playwright's setInputFiles payload). */
export function jsonFile(name, text) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

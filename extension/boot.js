// The wallet page's one script (MV3 allows no inline script): the app's glue and its wasm,
// packaged files of the extension's own origin. The workers start from
// withdrawal-wallet-worker.js beside this page (the app's default) and receive the compiled
// module from the page, as in the single file.
import init from './withdrawal-wallet.js';

await init({ module_or_path: new URL('withdrawal-wallet_bg.wasm', import.meta.url) });

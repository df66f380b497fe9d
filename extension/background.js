// The extension's only background work: the toolbar button opens the wallet in a tab, and so
// does installing it, once. No permission is needed for either; nothing else runs here.
const api = globalThis.browser ?? globalThis.chrome;
const openWallet = () => api.tabs.create({ url: api.runtime.getURL('withdrawal-wallet.html') });
api.action.onClicked.addListener(openWallet);
api.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') openWallet();
});

// electron-builder's beforeBuild hook. The main process and preload are single bundles (scripts/build-electron.mjs)
// and the renderer is a Vite build, so the packed app needs no node_modules at all. Answering false tells
// electron-builder that node_modules are handled elsewhere: it neither rebuilds nor packs any of them. Without this
// it falls back to the repository's own dependencies (those of the command line) and packs them.
module.exports = async function noNodeModules() {
  return false;
};

// Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests (playwright-core drives it; no
// browser is ever downloaded): installs the `chromium` package with apt-get when root, else through
// `sudo -n` where that needs no password, else fails naming what to run. Plain JS, like ensure-installed.js.
const { execFileSync, execSync } = require('node:child_process');
const { existsSync } = require('node:fs');

const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium';

function canSudoWithoutPassword() {
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The path of Chromium, installed first when missing; throws with what to do when it cannot be installed. */
function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!asRoot && !canSudoWithoutPassword()) {
    throw new Error(
      `${CHROMIUM} is missing and this user cannot install it: run \`sudo sh -c '${INSTALL}'\`, then the browser tests again.`,
    );
  }
  console.log(`[waystation] installing Debian's Chromium for the browser tests (${INSTALL})…`);
  execSync(asRoot ? INSTALL : `sudo -n sh -c '${INSTALL}'`, { stdio: 'inherit' });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is still missing`);
  return CHROMIUM;
}

module.exports = { CHROMIUM, ensureChromium };

if (require.main === module) {
  try {
    ensureChromium();
  } catch (error) {
    console.error(`[waystation] ${error.message}`);
    process.exit(1);
  }
}

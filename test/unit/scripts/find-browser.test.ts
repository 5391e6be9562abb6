import { describe, expect, it } from 'vitest';
import { aptPackage, isDebianLike, planBrowser, type System } from '../../../scripts/find-browser.ts';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

function sys(over: Partial<System> & { files?: string[] }): System {
  const files = new Set(over.files ?? []);
  return { platform: 'linux', env: {}, home: '/home/lege', isRoot: false, osRelease: DEBIAN, exists: (p) => files.has(p), ...over };
}

describe('planBrowser (demo)', () => {
  it("finds Debian's Chromium first on Linux, then Chrome, then Edge", () => {
    expect(planBrowser(sys({ files: ['/usr/bin/chromium', '/usr/bin/google-chrome'] }), 'chromium')).toEqual({
      kind: 'found',
      browser: { path: '/usr/bin/chromium', name: 'Chromium' },
    });
    expect(planBrowser(sys({ files: ['/usr/bin/google-chrome-stable'] }), 'chromium')).toEqual({
      kind: 'found',
      browser: { path: '/usr/bin/google-chrome-stable', name: 'Google Chrome' },
    });
    expect(planBrowser(sys({ files: ['/opt/microsoft/msedge/msedge'] }), 'chromium')).toMatchObject({ kind: 'found', browser: { name: 'Microsoft Edge' } });
    expect(planBrowser(sys({ files: ['/snap/bin/chromium'] }), 'chromium')).toMatchObject({ kind: 'found', browser: { path: '/snap/bin/chromium' } });
  });

  it('finds a browser anywhere on PATH', () => {
    const s = sys({ env: { PATH: '/usr/local/bin:/home/lege/bin' }, files: ['/home/lege/bin/google-chrome'] });
    expect(planBrowser(s, 'chromium')).toEqual({ kind: 'found', browser: { path: '/home/lege/bin/google-chrome', name: 'Google Chrome' } });
  });

  it('finds Chrome, Edge or Chromium in Applications on macOS, also in the home folder', () => {
    const mac = (files: string[]) => sys({ platform: 'darwin', osRelease: null, home: '/Users/lege', files });
    expect(planBrowser(mac(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']), 'chromium')).toMatchObject({
      kind: 'found',
      browser: { name: 'Google Chrome' },
    });
    expect(planBrowser(mac(['/Users/lege/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']), 'chromium')).toMatchObject({
      kind: 'found',
      browser: { name: 'Microsoft Edge' },
    });
    expect(planBrowser(mac(['/Applications/Firefox.app/Contents/MacOS/firefox']), 'firefox')).toMatchObject({ kind: 'found', browser: { name: 'Firefox' } });
  });

  it('finds Edge and Chrome under Program Files and LOCALAPPDATA on Windows', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\lege\\AppData\\Local' };
    const win = (files: string[]) => sys({ platform: 'win32', osRelease: null, env, files });
    expect(planBrowser(win(['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe']), 'chromium')).toEqual({
      kind: 'found',
      browser: { path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', name: 'Microsoft Edge' },
    });
    expect(planBrowser(win(['C:\\Users\\lege\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe']), 'chromium')).toMatchObject({
      kind: 'found',
      browser: { name: 'Google Chrome' },
    });
    // Linux paths mean nothing on Windows.
    expect(planBrowser(win(['/usr/bin/chromium']), 'chromium').kind).toBe('missing');
  });

  it('CHROME_PATH / FIREFOX_PATH override the search, and a wrong one is named, not ignored', () => {
    const s = sys({ env: { CHROME_PATH: '/opt/egen/chrome' }, files: ['/opt/egen/chrome', '/usr/bin/chromium'] });
    expect(planBrowser(s, 'chromium')).toEqual({ kind: 'found', browser: { path: '/opt/egen/chrome', name: '/opt/egen/chrome' } });
    const wrong = planBrowser(sys({ env: { CHROME_PATH: '/finnes/ikke' }, files: ['/usr/bin/chromium'] }), 'chromium');
    expect(wrong.kind).toBe('missing');
    expect(wrong.kind === 'missing' && wrong.message).toMatch(/CHROME_PATH peker på «\/finnes\/ikke», men den filen finnes ikke/);
    expect(planBrowser(sys({ env: { FIREFOX_PATH: '/x/ff' }, files: ['/x/ff'] }), 'firefox')).toMatchObject({ kind: 'found', browser: { path: '/x/ff' } });
  });

  it('installs with apt-get only on Debian/Ubuntu as root, with the package named', () => {
    expect(planBrowser(sys({ isRoot: true }), 'chromium')).toMatchObject({
      kind: 'install',
      aptPackage: 'chromium',
      message: expect.stringMatching(/Installerer Debian-pakken «chromium» med apt-get/),
    });
    expect(planBrowser(sys({ isRoot: true }), 'firefox')).toMatchObject({ kind: 'install', aptPackage: 'firefox-esr' });
    expect(planBrowser(sys({ isRoot: true, osRelease: UBUNTU }), 'chromium')).toMatchObject({ kind: 'install', aptPackage: 'chromium-browser' });
    // Not root, or not Debian-like: a Norwegian message saying what to install, nothing run.
    const user = planBrowser(sys({ isRoot: false }), 'chromium');
    expect(user).toMatchObject({ kind: 'missing', message: expect.stringMatching(/sudo apt-get install -y chromium/) });
    expect(planBrowser(sys({ isRoot: true, osRelease: FEDORA }), 'chromium')).toMatchObject({
      kind: 'missing',
      message: expect.stringMatching(/pakkebehandleren/),
    });
    expect(planBrowser(sys({ platform: 'darwin', isRoot: true, osRelease: null }), 'chromium')).toMatchObject({
      kind: 'missing',
      message: expect.stringMatching(/Programmer-mappen/),
    });
    expect(planBrowser(sys({ platform: 'win32', osRelease: null }), 'chromium')).toMatchObject({
      kind: 'missing',
      message: expect.stringMatching(/Microsoft Edge/),
    });
    expect(planBrowser(sys({ platform: 'darwin', osRelease: null }), 'firefox')).toMatchObject({
      kind: 'missing',
      message: expect.stringMatching(/^Fant ikke Firefox/),
    });
  });

  it('reads os-release for Debian and its derivatives', () => {
    expect(isDebianLike(DEBIAN)).toBe(true);
    expect(isDebianLike(UBUNTU)).toBe(true);
    expect(isDebianLike(MINT)).toBe(true);
    expect(isDebianLike(FEDORA)).toBe(false);
    expect(isDebianLike(null)).toBe(false);
    expect(aptPackage(MINT, 'firefox')).toBe('firefox');
    expect(aptPackage(DEBIAN, 'firefox')).toBe('firefox-esr');
  });
});

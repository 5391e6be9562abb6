/**
 * Which browser the demo can open, decided from what the machine has. Pure: the file system, environment and
 * platform come in as arguments, so every platform's rules are unit-tested on any machine
 * (test/unit/scripts/find-browser.test.ts). User-facing messages are Norwegian.
 */
import { posix, win32 } from 'node:path';

export interface System {
  platform: string; // process.platform: 'linux' | 'darwin' | 'win32' | …
  env: Record<string, string | undefined>;
  home: string;
  isRoot: boolean;
  /** Contents of /etc/os-release, or null. */
  osRelease: string | null;
  exists(path: string): boolean;
}

export interface FoundBrowser {
  path: string;
  name: string;
}

export type Plan =
  | { kind: 'found'; browser: FoundBrowser }
  /** Debian/Ubuntu as root with no browser: install this package with apt-get, then look again. */
  | { kind: 'install'; aptPackage: string; message: string }
  | { kind: 'missing'; message: string };

export type Family = 'chromium' | 'firefox';

interface Candidate {
  name: string;
  paths: string[];
}

function onPath(sys: System, names: string[]): string[] {
  const win = sys.platform === 'win32';
  const sep = win ? ';' : ':';
  const join = win ? win32.join : posix.join;
  const dirs = (sys.env.PATH ?? sys.env.Path ?? '').split(sep).filter(Boolean);
  const exts = win ? ['.exe'] : [''];
  return dirs.flatMap((d) => names.flatMap((n) => exts.map((e) => join(d, n + e))));
}

/** Where each browser installs itself, in the order they are preferred (Chromium first: it is what the tests use). */
export function candidates(sys: System, family: Family): Candidate[] {
  const { platform, env, home } = sys;
  if (platform === 'darwin') {
    const app = (bundle: string, exe: string) => [
      `/Applications/${bundle}.app/Contents/MacOS/${exe}`,
      `${home}/Applications/${bundle}.app/Contents/MacOS/${exe}`,
    ];
    return family === 'chromium'
      ? [
          { name: 'Chromium', paths: app('Chromium', 'Chromium') },
          { name: 'Google Chrome', paths: app('Google Chrome', 'Google Chrome') },
          { name: 'Microsoft Edge', paths: app('Microsoft Edge', 'Microsoft Edge') },
        ]
      : [{ name: 'Firefox', paths: app('Firefox', 'firefox') }];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES ?? env.ProgramFiles, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(
      (r): r is string => !!r,
    );
    const under = (...rel: string[]) => roots.map((r) => win32.join(r, ...rel));
    return family === 'chromium'
      ? [
          { name: 'Chromium', paths: under('Chromium', 'Application', 'chrome.exe') },
          { name: 'Google Chrome', paths: under('Google', 'Chrome', 'Application', 'chrome.exe') },
          { name: 'Microsoft Edge', paths: under('Microsoft', 'Edge', 'Application', 'msedge.exe') },
        ]
      : [{ name: 'Firefox', paths: under('Mozilla Firefox', 'firefox.exe') }];
  }
  // Linux and other Unix: the distributions' paths, snap, then anything on PATH.
  return family === 'chromium'
    ? [
        { name: 'Chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', ...onPath(sys, ['chromium', 'chromium-browser'])] },
        {
          name: 'Google Chrome',
          paths: [
            '/usr/bin/google-chrome',
            '/usr/bin/google-chrome-stable',
            '/opt/google/chrome/chrome',
            ...onPath(sys, ['google-chrome', 'google-chrome-stable']),
          ],
        },
        {
          name: 'Microsoft Edge',
          paths: [
            '/usr/bin/microsoft-edge',
            '/usr/bin/microsoft-edge-stable',
            '/opt/microsoft/msedge/msedge',
            ...onPath(sys, ['microsoft-edge', 'microsoft-edge-stable']),
          ],
        },
      ]
    : [{ name: 'Firefox', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', ...onPath(sys, ['firefox-esr', 'firefox'])] }];
}

/** True on Debian, Ubuntu and their derivatives (os-release ID or ID_LIKE). */
export function isDebianLike(osRelease: string | null): boolean {
  if (!osRelease) return false;
  const field = (k: string) => osRelease.match(new RegExp(`^${k}=["']?([^"'\\n]*)`, 'm'))?.[1]?.toLowerCase() ?? '';
  return /\b(debian|ubuntu)\b/.test(`${field('ID')} ${field('ID_LIKE')}`);
}

const OVERRIDE: Record<Family, string> = { chromium: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };
/** The apt package: Debian's names, and Ubuntu's where they differ. */
export function aptPackage(osRelease: string | null, family: Family): string {
  const ubuntu = /^(ID|ID_LIKE)=["']?[^\n]*\bubuntu\b/m.test(osRelease ?? '') && !/^ID=["']?debian\b/m.test(osRelease ?? '');
  if (family === 'firefox') return ubuntu ? 'firefox' : 'firefox-esr';
  return ubuntu ? 'chromium-browser' : 'chromium';
}

/** What to install, in Norwegian, for the platform. */
export function installAdvice(sys: System, family: Family): string {
  const v = OVERRIDE[family];
  if (family === 'firefox') {
    const how =
      sys.platform === 'linux'
        ? isDebianLike(sys.osRelease)
          ? 'Installer den med «sudo apt-get install -y firefox-esr» (Debian) eller «sudo apt-get install -y firefox» (Ubuntu)'
          : 'Installer Firefox med pakkebehandleren til distribusjonen din'
        : 'Installer Firefox fra mozilla.org';
    return `Fant ikke Firefox. ${how}, eller pek på programfilen med ${v}=/sti/til/firefox.`;
  }
  const how =
    sys.platform === 'darwin'
      ? 'Installer Google Chrome, Microsoft Edge eller Chromium i Programmer-mappen'
      : sys.platform === 'win32'
        ? 'Installer Google Chrome eller Microsoft Edge (Edge følger med Windows 10 og 11)'
        : isDebianLike(sys.osRelease)
          ? 'Installer Chromium med «sudo apt-get install -y chromium» (eller Google Chrome / Microsoft Edge)'
          : 'Installer Chromium, Google Chrome eller Microsoft Edge med pakkebehandleren til distribusjonen din';
  return `Fant ingen Chromium-basert nettleser (Chromium, Google Chrome eller Microsoft Edge). ${how}, eller pek på programfilen med ${v}=/sti/til/nettleseren.`;
}

/** The browser to use, or what to do when there is none. */
export function planBrowser(sys: System, family: Family): Plan {
  const override = sys.env[OVERRIDE[family]];
  if (override) {
    if (sys.exists(override)) return { kind: 'found', browser: { path: override, name: override } };
    return {
      kind: 'missing',
      message: `${OVERRIDE[family]} peker på «${override}», men den filen finnes ikke. Rett stien, eller fjern ${OVERRIDE[family]} for å la demoen lete selv.`,
    };
  }
  for (const c of candidates(sys, family)) {
    const path = c.paths.find((p) => sys.exists(p));
    if (path) return { kind: 'found', browser: { path, name: c.name } };
  }
  if (sys.platform === 'linux' && sys.isRoot && isDebianLike(sys.osRelease)) {
    const pkg = aptPackage(sys.osRelease, family);
    return {
      kind: 'install',
      aptPackage: pkg,
      message: `Fant ingen nettleser. Installerer Debian-pakken «${pkg}» med apt-get (dette er en Debian/Ubuntu-maskin og du kjører som root) …`,
    };
  }
  return { kind: 'missing', message: installAdvice(sys, family) };
}

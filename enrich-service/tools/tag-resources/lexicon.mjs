// Names from the English lexicon of the compromise NLP package (MIT): its part-of-speech tagger ships word
// lists tagged MaleName, FemaleName, FirstName, Person, Organization and more. Only the lists are read;
// no compromise code runs in the tagger. The lexicon is packed with efrt (MIT) and all lowercase, and the
// package's "exports" field hides it, so it is imported by path from node_modules.
//
// Three lists come out of it, each weaker than the curated files and filtered here:
//   - first names (lexicon-given-names.txt): the international names the Moby list lacks ("Volodymyr",
//     "Kamala", "Mehmet"), minus names of one or two letters, English words (SCOWL 10-50), names that are a
//     place or open one ("Sierra" of Sierra Leone), and a few that news copy uses for other things;
//   - well-known people (lexicon-people.txt): full names of two or more words only, without fictional
//     characters and nicknames ("Darth Vader", "Jay Z"); a surname alone is never read from this list;
//   - organisations (lexicon-organisations.txt): companies, outlets, bands and bodies, minus what the
//     curated and brand lists already hold, one-word acronyms (the acronym rules read those), one-word
//     names that are English words, first names, surnames or places ("Ford", "Visa", "Dell"), and entries
//     that are no bodies ("Roman Empire", "Medicare").
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { unpack } from 'efrt';

const NOT_GIVEN = new Set(['Oscar', 'Sierra', 'Genesis', 'Macy', 'Milhouse', 'Aladdin', 'Kia', 'Buster', 'Emerald',
  'Don', 'Amber', 'Luna', 'Aria', 'Tiara', 'Rico', 'Regis', 'Lex', 'Len', 'Sal', 'Nel', 'Zan', 'Rin', 'Ori', 'Tui',
  'Googoosh', 'Shakira', 'Fanta', 'Nur', 'Tora', 'Shiloh', 'Kanyakumari']);
const FICTIONAL = new Set(['darth vader', 'santa claus', 'sherlock holmes', 'niles crane', 'snow white', 'robin hood',
  'wednesday adams', 'iron man', 'spider man', 'doctor who', 'jack the ripper', 'cardinal wolsey', 'run dmc', 'he man',
  'yoko onen', 'saddam hussain', 'emile zatopek', 'captain beefheart', 'jrr tolkien']);
// no bodies, or names the lowercase lexicon cannot spell the way copy does ("mcdonalds"); "nasdaq" is the
// index in market reports far more often than the exchange
const NOT_BODIES = new Set(['roman empire', 'brexiteers', 'eurosceptics', 'medicaid', 'medicare', 'crossrail',
  'scientology', 'coco chanel', 'notre dame', 'apple computers', 'mcdonalds', 'applebees', 'arbys',
  'sainsburys', 'readers digest', 'macs milk', 'carls jr', 'le oreal', 'la z boy', 'toys r us', 'guns n roses',
  'glaxo smith kline', 'quantas', 'foxcon', 'chick fil a', 'orange julius', 'ac/dc', 'the guess who', 'altair',
  'bfgoodrich', 'remax', 'nandos', 'dunkin donuts', 'ebay', 'nasdaq']);
// how news copy writes names the lowercase lexicon cannot spell: inner capitals and hyphens
const WRITTEN = new Map(Object.entries({
  'lebron james': 'LeBron James', 'shia labeouf': 'Shia LaBeouf', github: 'GitHub', dupont: 'DuPont',
  natwest: 'NatWest', petrochina: 'PetroChina', yougov: 'YouGov', 'td bank': 'TD Bank', 'tgi fridays': 'TGI Fridays',
  'bf goodrich': 'BF Goodrich', 'coca cola': 'Coca-Cola', 'anheuser busch': 'Anheuser-Busch',
  'mercedes benz': 'Mercedes-Benz', 'frito lay': 'Frito-Lay', 'hewlett packard': 'Hewlett-Packard',
  'alcatel lucent': 'Alcatel-Lucent', 't mobile': 'T-Mobile', 'motley crue': 'Mötley Crüe',
  'new kids on the block': 'New Kids on the Block',
}));

/** The lexicon's word lists by tag ("Organization" -> ["adidas", ...]). */
export async function lexicon(nodeModules) {
  const file = join(nodeModules, 'compromise/src/2-two/preTagger/model/lexicon/_data.js');
  const packed = (await import(pathToFileURL(file).href)).default;
  const out = new Map();
  for (const [tag, data] of Object.entries(packed)) out.set(tag, Object.keys(unpack(data)));
  return out;
}

// "mcdonald" -> "McDonald", "jean-luc" -> "Jean-Luc"
const capitalise = (word) => word.split('-').map((p) => {
  const head = p.charAt(0).toUpperCase() + p.slice(1);
  return /^Mc[a-z]/.test(head) ? 'Mc' + head.charAt(2).toUpperCase() + head.slice(3) : head;
}).join('-');
const SMALL = new Set(['of', 'and', 'the', 'de', 'von', 'van', 'der', 'la', 'le']);
const titleCase = (name) => WRITTEN.get(name)
  ?? name.split(' ').map((w, i) => (i > 0 && SMALL.has(w) ? w : capitalise(w))).join(' ');

/**
 * @param lex        lexicon() result
 * @param known      Set of first names already listed (given-names.txt), any case
 * @param english    Set of lowercase English words
 * @param isPlace    (name) => whether the gazetteer names a place so
 * @param placeHeads Set of first words of multiword place names ("Sierra", "Sri")
 */
export function givenNames(lex, known, english, isPlace, placeHeads) {
  const knownLower = new Set([...known].map((n) => n.toLowerCase()));
  const kept = new Set();
  for (const tag of ['MaleName', 'FemaleName', 'FirstName']) {
    for (const word of lex.get(tag) ?? []) {
      const name = capitalise(word);
      if (word.length <= 2 || knownLower.has(word) || english.has(word) || NOT_GIVEN.has(name)) continue;
      if (isPlace(name) || placeHeads.has(name)) continue;
      kept.add(name);
    }
  }
  return [...kept].sort();
}

/** Full names of well-known real people, title-cased ("Bill Gates"). */
export function wellKnownPeople(lex) {
  return (lex.get('Person') ?? [])
    .filter((n) => n.includes(' ') && !FICTIONAL.has(n) && n.split(' ').every((w) => w.length > 2))
    .map(titleCase).sort();
}

/**
 * @param lex        lexicon() result
 * @param listed     Set of names the curated and brand lists hold, any case
 * @param english    Set of lowercase English words
 * @param isPlace    (name) => whether the gazetteer names a place so
 * @param isPersonal (name) => whether a one-word name is a first name or a surname
 */
export function organisationNames(lex, listed, english, isPlace, isPersonal) {
  const listedLower = new Set([...listed].map((n) => n.toLowerCase()));
  const kept = new Set();
  for (const raw of lex.get('Organization') ?? []) {
    // bands and papers open with "the"; the tagger reads the name after it
    const entry = raw.replace(/^the /, '');
    if (NOT_BODIES.has(raw) || NOT_BODIES.has(entry) || listedLower.has(entry)) continue;
    const oneWord = !entry.includes(' ');
    // a short word or one without vowels is an acronym, written in capitals ("hsbc", "kfc", "ukip")
    if (oneWord && (entry.length <= 4 || !/[aeiou]/.test(entry))) continue;
    const name = titleCase(entry);
    if (oneWord && (english.has(entry) || isPersonal(name))) continue;
    if (isPlace(name)) continue;
    kept.add(name);
  }
  return [...kept].sort();
}

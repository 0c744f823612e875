// Prints the given names of @faker-js/faker's locales (MIT, see NOTICE),
// one a line, lower case, sorted: single words in Latin or Cyrillic
// letters (hyphen and apostrophe allowed) of two letters or more. The
// joke and constructed locales (en_BORK, en_AU_ocker, eo) and the base
// locale are left out. Run by gen-given-names.sh.
import * as faker from '@faker-js/faker';

const skip = new Set(['en_BORK', 'en_AU_ocker', 'eo', 'base']);
const letters = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}'’-]+$/u;
const names = new Set();
for (const [locale, def] of Object.entries(faker)) {
  if (skip.has(locale) || !def || typeof def !== 'object' || !def.person) continue;
  for (const key of ['first_name', 'male_first_name', 'female_first_name']) {
    const v = def.person[key];
    if (!v) continue;
    const lists = Array.isArray(v) ? [v] : Object.values(v).filter(Array.isArray);
    for (const list of lists) {
      for (const n of list) {
        if (typeof n !== 'string') continue;
        const w = n.trim();
        if (letters.test(w) && w[0] === w[0].toUpperCase() && w[0] !== w[0].toLowerCase()) names.add(w.toLowerCase());
      }
    }
  }
}
console.log([...names].sort().join('\n'));

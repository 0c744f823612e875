// Unpacks the compromise lexicon's word lists into lex_*.txt files.
// Usage: COMPROMISE=path/to/compromise/package node unpack.mjs (efrt must be resolvable).
import { unpack } from 'efrt'
import fs from 'fs'
const dir = process.env.COMPROMISE || './compromise/package'
const data = (await import(dir + '/src/2-two/preTagger/model/lexicon/_data.js')).default
for (const k of ['Organization', 'SportsTeam', 'City', 'Region', 'Country', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Demonym']) {
  fs.writeFileSync('lex_' + k + '.txt', Object.keys(unpack(data[k])).join('\n') + '\n')
}

#!/usr/bin/env bash
# Regenerates compromise-lexicon.txt from the compromise npm package (MIT).
# Needs node and the packages compromise@14.17.0 and efrt (MIT) unpacked beside
# this script's unpack.mjs; see NOTICE.
set -e
node unpack.mjs >/dev/null
{
  echo "# Selected word lists from the compromise NLP library's lexicon (v14.17.0, MIT), see NOTICE."
  for s in City:loc Region:loc Country:loc Organization:org SportsTeam:team FirstName:first MaleName:first FemaleName:first LastName:last Demonym:demonym; do
    echo "@${s#*:}"
    sort -u lex_${s%%:*}.txt
  done
} > compromise-lexicon.txt

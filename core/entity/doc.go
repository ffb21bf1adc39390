/*
Package entity finds the names in a set of news articles and merges the
names that mean the same thing into canonical entities, without a model:
word lists in core/lexicon and rules that read the text.

# Mentions

tokenize splits a text into words, keeping dotted initials (U.S.), Arabic
and French articles (al-Assad, l'ONDH), and cutting compounds to their name
part (pro-Turkish → Turkish, Iranian-backed → Iranian, UK-based → UK).

A name is a run of capitalised words and acronyms on one line, separated by
spaces only, with connectors between them (al, bin, de, van; and of, for,
the only after a cue word, so "Observatory for Human Rights" is one name
and "Russia and Iran" two). Each run is then decomposed:

  - function words are dropped from its front (The, According, On);
  - a title becomes the role of the person after it ("President Assad" is
    the person Assad, role President; "Foreign Minister, Abbas X" too), and
    a title inside a run splits it ("Indiana House Speaker Brian Bosma");
  - a demonym is a mention of its country (Russian → Russia), or of a
    people (Kurdish → Kurds); before a title or a name without cue word it
    is split off ("Israeli Prime Minister ...", "Palestinian Hamas");
  - a demonym before a force word names that country's armed forces, one
    entity however worded ("Syrian army", "Syrian government forces", and
    "Syrian Arab Army" since Arab is a word of the Syrian Arab Republic);
    "government army" and "regime forces" name the forces of the country
    the article mentions most, when one leads;
  - what remains is a name; listed countries and places are resolved by
    the lexicon, listed acronyms (UN, AFP) to their long form.

A capital proves nothing at the start of a sentence or in a title-case
headline. Those runs are decided after every article has been read once: a
sentence opener that also occurs in lower case anywhere is a common word
("Supported by ...", "Rebel forces ..."), unless the run is a name seen
mid-sentence; a headline keeps only the names found in running text, the
lexicon's, and acronyms. Within each of the two passes the articles are
independent, so a native run with several cores reads them on a few
goroutines; the output is the same, mention for mention.

Kind comes from evidence summed over an entity's mentions: cue words in the
name (Observatory → org, Front → group, Province → place, Battle → event),
a title or a role after a comma (person), words around it ("the city of X",
"X province", "X said").

# Merging

Mentions with one Key (lower case, diacritics folded, articles dropped,
doubled letters collapsed, ch/sh and ou/u folded) are one node. Nodes are
merged by a union-find, rule by rule, most certain first:

 1. an acronym in parentheses after a long form ("Hayat Tahrir al Sham
    (HTS)"), when half its letters are among the initials;
 2. the same content words in another order ("Syrian Human Rights
    Observatory" = "Syrian Observatory for Human Rights");
 3. spelling: all words equal but one, which differs by one edit (Rahman /
    Rahmane, Bashar / Bahsar) or by vowels only (Idlib / Idelb), both at
    least five letters long (Hama is never Hamas, Iran never Iraq). Two
    names used in one article stay apart unless the edit is a swap of two
    letters. Candidates are found by blocking on the other words plus each
    one-letter deletion and the consonant skeleton of the varying word, so
    the cost is linear in the number of names, not quadratic;
 4. acronyms by initials: an acronym without long form takes the one long
    form whose initials it spells in order (SOHR); then each long form
    without acronym takes the one acronym of three letters or more spelling
    its initials in order, permuted (another language's word order), or
    from four letters with one letter different (OSDH, Observatoire Syrien
    des Droits de l'Homme, for the Syrian Observatory for Human Rights),
    when no other long form wants the same acronym;
 5. partial names: a person's last words ("Assad", "Abdel Rahman") go to
    the one person whose name ends so; a lone cue word ("the Observatory")
    to the one name with that word in its article.

Two different lexicon entries never merge (Niger / Nigeria, Sudan / South
Sudan). An entity's name is a lexicon name, else its most complete form:
capitalised, most words, most frequent.
*/
package entity

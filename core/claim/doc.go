/*
Package claim turns the sentences of a cleaned article into claim frames:
who did what to whom, where, when, how many, according to whom, and how
sure the text is.

# What is read

Only the sentences of Doc.Paras are read: body paragraphs, and headings
written as a sentence of five words or more (a subtitle such as "The port
has been under army control since March" states a fact; a Title Case
Headline repeats the body). Questions, runs of hashtags and fragments of
fewer than four words are skipped.

# Predicates

Each sentence (sentence.Split) is cut into word tokens (hyphenated compounds and numbers
such as "380,000" stay whole) and matched against verbs_en.tsv, phrases of
news vocabulary mapped to a predicate class: "regained control of" →
gainControl, "fell to" → gainControl (passive: the doer follows), "left *
dead" → kill, "called ** for" → callFor. The longest phrase at a position
wins and masks what it covers, so look-alikes ("took place") are rows of
class "-". A predicate after "to" is an aim, not a fact ("began an assault
to take the city"), unless a factive verb stands before "to" ("managed to
take", "claimed to control": claim_factive_en.txt).

Three tests keep ordinary English out of the claims about ground and
harm. A verb about ground standing alone ("took", "holds", "recovered",
"reached", "advanced") makes a claim only when it acts on an entity or a
word of claim_held_en.txt ("took the airport", "seized power"), not "took
a meticulous history" (holdsNothing); its figure must count places or
people, not "took about one and a half" (countsNoGround). A capitalised
word inside a sentence is part of a name, not a predicate ("Red Dead
Redemption", "Attack on Titan"; inName). A noun of attack after an
article or preposition and its modifiers (weapons, demonyms: "killed in
Russian air strikes") has no doer in the clause (nounUse); a natural
hazard that "struck" did not attack (claim_hazards_en.txt, hazardStrike);
a participle after the main clause ("shelled the town, killing five") has
the main predicate's actor (participle). And an article whose body does
not read as English gets no claims at all (ReadsEnglish, called by
core.Analyze): in German "die" is an article.

# Claims of a sentence

A sentence gives:

  - one quantity claim per figure that quantity.Find reports, except years,
    time expressions and durations (kept for "lasted"), and figures that
    neither count something (no unit or measure) nor stand near a
    predicate. Each takes the nearest predicate: "left 412 dead, ... but
    also at least 61 civilians" gives two kill claims with different
    figures and the same Text;
  - one event claim per predicate class no figure claim covers, at most
    three. Weak classes (support, announce) and describing participles
    ("the province, controlled by X") count only when the sentence has
    nothing else;
  - one "at" claim per time of day a preposition puts at a moment
    (timex.Clocks: "began at 4:20 p.m.", "at about 18:30", "shortly after
    4am", "the 5:20 a.m. raid"), not a deadline ("by 10 p.m."), a bare bound
    ("after 10 p.m.") nor when something was said ("a news conference at
    noon"). Reports of one event give its moment in many spellings.

A claim's Text and span are its whole sentence, so two claims of one
sentence differ in Predicate or Figure, not in Text.

# Slots

Actor and Object are entity IDs from Input.Mentions when a mention stands
in place (the subject before an active verb, skipping mentions governed by
a preposition: "troops loyal to X retreated" is not about X), else the
words of the phrase. Source comes from the attribution nearest the
predicate (speech_en.txt: "according to X", "X said", "..., said X", a
quotation's speaker); "it said" takes the previous sentence's source in the
same paragraph. Hedge is the hedges.txt phrase nearest the predicate,
Negated a negation_en.txt cue just before it. Scope is "total" when a cue
from scope_en.txt says the figure covers a whole war or period ("since the
war began", "the conflict has left ... dead", "Since March, ...
displaced") and "" for one operation ("the offensive left ... dead").

# Cost

The text is lower-cased and split into tokens once per article (ASCII
only, so byte offsets stay valid; core/internal/tokens), quantity and
timex read that one split (FindTokens) over the whole text, each sentence's
tokens are joined from its pieces ("rebel", "-", "held") rather than
tokenized again, and each word is looked up once in a dictionary that
holds, for every lexicon, the phrases starting with it. Per sentence this
is one pass of joining and matching; the slot finders only look near the
predicate. On a shared
2-core machine extraction ran at about 12 MB/s of CPU time, close to half
of it in quantity.Find and timex.Find.
*/
package claim

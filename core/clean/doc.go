/*
Package clean turns a pasted page into the article body, the article's
metadata and a verdict, with a reason, on every input line.

The input is usually a whole page: a reader pressed Ctrl+A, Ctrl+C in the
browser and pasted menus, "Subscribe", cookie banners, comment forms
("Leave a comment / Name / Email / Website"), captchas ("seven − two ="),
"Related Articles" with teasers ending in "Read More →", hashtags, share
counts and footers along with the article. HTML input is parsed into blocks
by html.go and classified by the same code as plain text.

# Output

Doc.Lines has one entry for every non-blank input line, in order, with its
Role (title, heading, meta, body, boilerplate) and, for every removal, a
Reason ("page furniture: \"subscribe\"", "teaser for another story",
"copy of the headline (line 4)", "outside the article", ...). Doc.Text is
the kept body and heading lines, repaired, joined by "\n"; Doc.Paras maps
each to its byte span in Doc.Text and its input line. The title is in
Doc.Meta, not in Doc.Text. A line joined to the one above it (a broken hard
wrap) keeps its own entry in Lines with the head line's role and the reason
"joined to line N"; only the head line has a Para.

# Repairs

Each line is normalised to Unicode NFC, soft hyphens and zero-width
characters are removed and whitespace folded (repairLine). A line of prose
broken by a hard wrap ("...the rebels had\ncaptured the town") is joined to
the line above (wrapJoinable). Words run together where a break was lost
("Aleppothe country's", "412 deadmostly", "forcesrecaptured") are split
when the halves are a name or word the same text uses on its own and a
function word, or a plural and an inflected verb (splitRunOns); real
compounds ("ceasefire", "crackdown") are left alone. The text shown and
analysed downstream is the repaired one.

# Classification

The classifier is jusText (Pomikálek, 2011) adapted to text without markup,
with three additions.

 1. Hard rules: lines matching core/lexicon/boiler_phrases.txt ("Related
    Articles", "Your email address will not be published", cookie
    banners), metadata (byline, timestamp such as "Today at 19:55",
    dateline such as "MADRID, 27 (EUROPA PRESS)", credit such as "JN /
    Agencies", photo caption), comment-section headers, hashtags and
    captchas.
 2. jusText classes: by length and stopword density (stopwords_*.txt, the
    language picked as the list covering most of the page; CJK lines use
    punctuation instead), each line is bad, short, near-good or good;
    Title Case text run into a summary ("Police: 2 In Custody After ...")
    is bad, as is a line opening with a Title Case headline run into its
    summary ("The 5 Best Bakeries In Town Our critics tasted..."); an
    agency lead opening with a dateline ("BERLIN — ...") is near-good
    however short, and a sentence of eight words or more thin in function
    words (results, names) is short rather than bad. A short "More ..."
    line ("More from The Daily") opens other stories like "Related
    Articles". Context then settles short and near-good lines by their
    neighbours, so a one-line paragraph between paragraphs is kept and a
    menu item among menu items is not. A page with no good line left (a
    headline and one to three sentences) keeps its sentences.
 3. The article zone: good lines weigh their length and the rest against
    them; the stretches of positive weight are candidates (the
    body-text-extraction idea), scored by weight times their share of the
    headline's words (the headline line itself not counted), with a bonus
    just below the in-page headline and a penalty after a "Related" or
    "Comments" opener. Stretches are also cut at the in-page headline, so
    that teasers in a menu above it do not carry the article away. Neighbouring
    stretches on the same subject (a fifth of their content words shared)
    are merged, so a "Related" box inside an article does not cut it. Inside the zone, runs
    of short unpunctuated lines (video playlists, "Trending") are removed
    as link lists, and short lines between paragraphs become headings. A
    table or list of figures right after the prose (a league table, a meal
    plan) is kept: at least eight of its short lines, and two in five,
    hold digits, which menus and footers do not. A kept line of 150 words
    or more whose word 4-grams mostly repeat the other kept lines (the
    article again on one line) is removed.
 4. Teasers: a paragraph followed by "Read More" or cut off with an
    ellipsis among others like it is a teaser for another story, and the
    line above it its headline, unless the page uses its words elsewhere
    (an inline "Read More" after a paragraph of the article itself).
 5. Title and repeats: the page's first line names the headline ("Title -
    Site"); its first copy in the page is the title, other copies and
    breadcrumbs ending in it are removed, as are repeated kept lines.

Options.Favor moves the stopword and length thresholds: Precision drops
doubtful lines, Recall keeps them.

# Entry point for HTML

classifyBlocks(blocks []textBlock, opts Options) Doc is the shared
classifier. html.go may build textBlocks from block elements (Text repaired
with repairLine, N the block number, Heading set for h1-h6, LinkDensity the
share of the text inside links, which makes a block bad above 0.3) and call
it to get the same roles, reasons and metadata as plain text.

# Cost

Each block is lower-cased and split into words once (appendLower, eight
ASCII bytes at a time, and wordsOf), into one string and one word array
for the whole page; every distinct word gets an id in the page's vocab (an
open-addressing table of its own, sized from the page, whose slots hold
each word's hash beside its id), which holds its counts and the stopword
languages listing it, so that picking the language, stopword density,
run-on repair, headline and zone tests read the same list instead of
rescanning the text. The stopword lists are one table hashed the same way
(stopTable), with filters on a word's first bytes, last bytes and length
that turn most run-on tails away before any hashing, and a table of the
lengths of the stopwords ending in a word's last three bytes, probed once
per word. The input lines, blocks, word array, the lines' measures, the
vocab, the zone's word sets (generation-stamped, so a new set costs no
clearing), the headline's words and the page itself are reused from page
to page through a sync.Pool (scratch), since they were most of what a page
allocated. The page's lower case and the lines' keys are strings viewing
the scratch's bytes (scratchString), not copies: no Doc holds one, and
release drops them before the next page overwrites the bytes. Boiler phrases, caption and comment cues are indexed by
their first bytes and filtered by a hash of their first four bytes, so one
pass finds them; the date check looks for a number before any look-up,
the long-caption check reads only what follows the line's last full stop,
the lead-dateline check runs only on lines with a colon or dash,
repairLine passes printable ASCII and seeks double spaces eight bytes at
a time, and the Unicode
normalisation check runs only on lines holding one of its cues. Lexicons
load once (sync.Once), so Text is safe for concurrent use.

# Measured

On the plain-text pages of the shared cleaning benchmark (4-gram shingle
F1, averaged over pages): dev 0.947 (P 0.938, R 0.956), test 0.920 (P
0.915, R 0.925); on the seed gold, 56 of 56 body lines kept and 33 of 33
boilerplate lines removed. BenchmarkText runs about 1.5 times as fast as
before the word table and scratch pool (side by side on a loaded machine:
about 13 against 8.6 MB/s of CPU time), and the byte-level prefilters,
stopword table and pooled lines and blocks made it about 1.35 times as
fast again (22 against 16.4 MB/s of CPU time side by side), with 9.6 MB
and 17,000 allocations per pass over the 181 pages, from 42 MB and 76,000
at first.
*/
package clean

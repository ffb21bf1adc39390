// The built-in example set: four invented outlets reporting a FICTIONAL
// flood in the invented town of Brennick, Caldoria, over three days. It was
// written for crosscheck to show what the tool does: a death toll that rises
// (at least 12, then 27), two same-day tolls that cannot both hold (at least
// 12 against eight), attributed accounts ("the ministry said ... while the
// rescue brigade said ..."), names defined as acronyms in parentheses (NEA,
// TVRB) and spelled two ways (Anya/Anja Pelt, Tamsel River/River Tamsel),
// and page junk (menus, a cookie banner, "Related Articles ... Read More →",
// comment forms), a time of day given two ways (11:40 p.m. and 23:40), and
// a denial of what another outlet reports (the dam caused the flooding).
// The fourth article is a whole web page, as pasted HTML.
// Dates and sources are left empty: the page fills them from the text.
"use strict";
self.CROSSCHECK_EXAMPLE = {
  title: "Flood in Brennick (fictional)",
  articles: [
    {
      name: "Northwind Wire",
      text: [
        "Northwind Wire",
        "Home | World | Business | Climate | Video",
        "We use cookies to improve your experience. Accept all cookies | Manage preferences",
        "Floods kill at least 12 in Caldorian river town",
        "By Mara Ellison",
        "Published 4 March 2031",
        "BRENNICK, Caldoria, March 4 (Northwind Wire) - At least 12 people were killed when the Tamsel River burst its banks and flooded the centre of Brennick overnight, officials said on Tuesday. The river broke through the flood wall at about 11:40 p.m. on Monday, residents said.",
        "The National Emergency Agency (NEA) said 340 people had been displaced and were sheltering in schools and a sports hall on the hills above the town.",
        "The Interior Ministry said 12 people had died, while the Tamsel Valley Rescue Brigade said its volunteers had recovered 15 bodies from flooded homes near the old harbour.",
        "Heavy rain had fallen for four days across the valley. The NEA said the water at the Brennick bridge reached 6.2 metres, the highest level since records began.",
        "Prime Minister Ilse Varga said the government would send 200 soldiers to help with the rescue. \"Our first duty is to reach every family still trapped,\" she said.",
        "Rescue teams used boats to evacuate residents from the lower town, and power was cut to about 9,000 homes. The Orlen Dam, upstream of Brennick, released water on Monday evening to protect its walls, the water authority said. Residents of the lower town said the water released from the Orlen Dam had caused the flooding.",
        "Related Articles",
        "Storm warnings issued for the northern coast",
        "Read More →",
        "Leave a comment",
        "Your email address will not be published. Required fields are marked *",
        "© 2031 Northwind Wire. All rights reserved."
      ].join("\n"),
    },
    {
      name: "Caldoria Morning Post",
      text: [
        "CALDORIA MORNING POST",
        "Subscribe | Sign in | Newsletters",
        "Eight dead as floodwater sweeps through Brennick",
        "March 4, 2031",
        "Eight people were killed in Brennick on Monday night after the River Tamsel rose by more than two metres in a few hours, the town's mayor said on Tuesday. The flood wall by the harbour gave way at 23:40, he said.",
        "Mayor Tomas Reiner said more than 300 residents had been displaced, most of them from streets near the harbour. \"The water came faster than anyone expected,\" he told reporters outside the town hall.",
        "The national emergency agency, the NEA, said rescuers had reached most of the flooded streets by morning. Army trucks carried families to a shelter in the sports hall.",
        "Volunteers from the Tamsel Valley Rescue Brigade worked through the night. A spokeswoman for the brigade, Anya Pelt, said rescuers were still searching for at least six people reported missing.",
        "The water authority denied that the Orlen Dam had caused the flooding. It said the dam had not released any water before the river burst its banks.",
        "Schools in the district will stay closed until Friday, the education ministry announced.",
        "ADVERTISEMENT",
        "Most read",
        "1. Caldorian league final postponed",
        "2. Ten tips for a greener garden",
        "Share this article: Facebook Twitter Email"
      ].join("\n"),
    },
    {
      name: "The Harbour Ledger",
      text: [
        "The Harbour Ledger - Local news for the Tamsel valley",
        "Menu | Search | Log in",
        "Brennick flood toll rises to 27 as waters recede",
        "6 March 2031 | Updated 14:20",
        "The death toll from the floods in Brennick has risen to 27, the Interior Ministry said on Thursday, as the waters of the Tamsel began to recede.",
        "The floods have killed 27 people and displaced more than 1,200, according to the National Emergency Agency. Rescue teams found nine more bodies on Wednesday in the flooded villages of Dorva and Kell, downstream of the town.",
        "The Tamsel Valley Rescue Brigade (TVRB) said the toll could rise further, with four people still missing. The TVRB has 150 volunteers in the valley.",
        "Engineers inspected the Orlen Dam on Wednesday and said the structure was safe. The water authority said it had opened the spillway gates on Monday evening, but argued that the release was small compared with the rain.",
        "The government said it would pay 2,000 crowns to every displaced family. Opposition leader Petra Hollis called for an inquiry into the warning system, which she said had failed to alert residents in time.",
        "Cookie settings",
        "Related: Brennick football club offers stadium as shelter - Read More →",
        "Comments (14)",
        "Post a comment"
      ].join("\n"),
    },
    {
      name: "Riverside Daily (web page)",
      text: [
        "<!doctype html>",
        "<html lang=\"en\"><head><meta charset=\"utf-8\">",
        "<title>Flood toll reaches 27 in Brennick | Riverside Daily</title>",
        "<meta property=\"og:site_name\" content=\"Riverside Daily\">",
        "<meta property=\"article:published_time\" content=\"2031-03-06T09:00:00Z\">",
        "</head><body>",
        "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/weather\">Weather</a> <a href=\"/sport\">Sport</a></nav>",
        "<div class=\"cookie-banner\"><p>This site uses cookies to personalise content. <button>Accept</button> <button>Reject</button></p></div>",
        "<article>",
        "<h1>Flood toll reaches 27 in Brennick</h1>",
        "<p class=\"byline\">By Jonas Arvid, Riverside Daily</p>",
        "<p>At least 27 people have been killed in the floods that hit Brennick and nearby villages this week, the Interior Ministry said on Thursday.</p>",
        "<p>The ministry put the toll at 27, while the Tamsel Valley Rescue Brigade said 31 people had died, counting two fishermen who were swept away near the river mouth.</p>",
        "<p>Anja Pelt, a spokeswoman for the rescue brigade, said the search for the missing would go on through the weekend. \"We will not stop while there is any chance of finding someone alive,\" she said.</p>",
        "<p>The National Emergency Agency said about 1,300 people were still unable to return to their homes. Many are staying with relatives in the hill villages.</p>",
        "<p>Prime Minister Ilse Varga visited Brennick on Wednesday and promised to rebuild the harbour bridge, which was swept away on Monday night.</p>",
        "</article>",
        "<aside class=\"related\"><h2>Related Articles</h2><ul><li><a href=\"/x\">How to prepare your home for a flood</a> Read More →</li><li><a href=\"/y\">Rainfall records broken across the north</a> Read More →</li></ul></aside>",
        "<section class=\"comments\"><h3>Leave a comment</h3><form><label>Name <input name=\"n\"></label><textarea name=\"c\"></textarea><button>Post comment</button></form></section>",
        "<footer><p>© 2031 Riverside Daily. All rights reserved.</p></footer>",
        "</body></html>"
      ].join("\n"),
    },
  ],
};

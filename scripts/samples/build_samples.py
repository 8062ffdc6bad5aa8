#!/usr/bin/env python3
"""Build realistic Word (.docx) samples of Tweede Kamer document 2026D06192.

Reads the pandoc text rendering of the Dutch government's reply to the third GRETA
evaluation report (the "seed") and writes five .docx variants into Samples/:

  2026D06192.docx                 Word-like: Normal/Heading styles, numbering.xml bullets,
                                  real footnotes, split runs, rsids, proofErr, _Hlk bookmarks
  2026D06192-style-bullets.docx   bullets from paragraph styles (numPr in the style)
  2026D06192-typed-bullets.docx   no numbering.xml; bullets typed as characters
  2026D06192-table.docx           one two-column table per topic
  2026D06192-tracked.docx         tracked changes (w:ins, w:del, w:moveFrom/w:moveTo)

Standard library only; output is byte-identical on every run (fixed seeds, fixed zip
timestamps and member order).  Usage:

    python3 scripts/samples/build_samples.py [--seed PATH] [--out DIR] [--counts]
"""

import argparse
import collections
import io
import os
import random
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SEED = os.environ.get(
    "TKINGEST_SEED", "/work/shared/seeds/2026D06192-greta-reply.txt")
DEFAULT_OUT = os.path.join(ROOT, "Samples")

BODY_START = "Dear ms. Nestorova,"
LETTER_END = "F. van Oosten"
BACKLINK = "\u21a9\ufe0e"          # "↩︎" pandoc footnote back-link
BULLET = "  \u2022 "              # "  • "
ARROW = "\u27a2 "                  # "➢ "

# Stand-in link targets: the seed keeps only the link text of each footnote.
FOOTNOTE_URLS = {
    1: "https://www.workinnl.nl/",
    2: "https://www.nlarbeidsinspectie.nl/publicaties",
    3: "https://www.rijksoverheid.nl/documenten/kamerstukken",
    4: "https://www.arbeidsmigratieingoedebanen.nl/",
}

# Topic headings that the "Word" sample writes as bold Normal paragraphs instead of Heading 2.
BOLD_TOPIC_HEADINGS = (
    "Psychological assistance",
    "Role of businesses",
    "Data protection and data collection",
    "Recovery and reflection period and residence permits",
)

# Words Word would flag (w:proofErr): spelling and grammar.
SPELL_WORDS = ("Aanwijzing", "Sepotgronden", "Keerpunt", "Dadermonitor", "COMCRIM",
               "ELPACCTO", "Eloignement", "Categorial", "Fier")
GRAMMAR_PHRASES = ("a criteria", "Assistance and support is provided")

REC_START = re.compile(r"(GRETA|Further(more)?, GRETA|While welcoming|Welcoming)\b")
FOOTNOTE_REF = re.compile(
    r"(?<=[a-z])(\d)(?=[\s.,;]|$)|(?<=\b(?:19|20)\d{2})(\d)(?=[\s.,;]|$)", re.M)
CROSS_REF = re.compile(
    r"[Ss]ee (?:the )?answer (?:above|below|to paragraph \d+)"
    r"|reaction on paragraph \d+", re.I)

# Tracked changes: (unique text in a response, replacement items).  Accepting every change
# must give back the text; the checks in apply_tracked() enforce that.
TRACKED_CHANGES = [
    ("expanded during 2023 en 2024",
     [("t", "expanded "), ("del", "considerably "), ("t", "during 2023 en 2024")]),
    ("The latest was published on September 3, 2025,",
     [("t", "The latest was published "), ("del", "in the summer of 2025"),
      ("ins", "on September 3, 2025"), ("t", ",")]),
    ("will be independently evaluated",
     [("t", "will be "), ("ins", "independently "), ("t", "evaluated")]),
    ("planned for 1 January 2027.",
     [("t", "planned for "), ("del", "1 July 2026"), ("ins", "1 January 2027"), ("t", ".")]),
    ("For victims with multiple problems there are 31 places",
     [("t", "For victims with multiple problems there are "), ("del", "provisionally 25"),
      ("ins", "31"), ("t", " places")]),
]
# Moved sentence: the response to paragraph 124 once opened with its closing sentence.
TRACKED_MOVE = ("International cooperation is an important part",
                "The Netherlands remains committed to international cooperation and will "
                "strengthen it wherever possible.")
MOVE_NAME = "move157401263"
TRACK_AUTHOR = "Vries, A. de (DGSenB/DSP)"
TRACK_DATES = ("2026-02-04T11:32:00Z", "2026-02-05T09:14:00Z", "2026-02-05T16:47:00Z")


# --------------------------------------------------------------------------------------
# Seed parsing
# --------------------------------------------------------------------------------------

class Block:
    """One paragraph-level unit of the document."""

    def __init__(self, kind, items, level=0):
        self.kind = kind          # letter|title|h1|h2|subhead|rec|resp|resp_bullet|resp_list
        self.items = items        # inline items: ("t",s) ("fn",n) ("br",) ("ins",s) ...
        self.level = level        # list level for rec / bullets
        self.umbrella = False
        self.sub = False
        self.arrow = False
        self.split = False        # response paragraph split mid-sentence (continues next)
        self.tail = None          # response text after a w:br inside a list paragraph
        self.bold_heading = False

    def text(self, accepted=True):
        return items_text(self.items, accepted)


def items_text(items, accepted=True):
    out = []
    for it in items:
        k = it[0]
        if k in ("t",) or (k in ("ins", "mt") and accepted) or (k in ("del", "mf") and not accepted):
            out.append(it[1])
        elif k == "br":
            out.append("\n")
    return "".join(out)


def parse_inline(text, fn_state):
    """Split text at glued footnote reference digits (e.g. "website1")."""
    items = []
    pos = 0
    for m in FOOTNOTE_REF.finditer(text):
        n = int(m.group(1) or m.group(2))
        if n != fn_state["next"]:
            raise SystemExit("unexpected footnote reference %d (expected %d) near %r"
                             % (n, fn_state["next"], text[max(0, m.start() - 30):m.end()]))
        fn_state["next"] += 1
        if m.start() > pos:
            items.append(("t", text[pos:m.start()]))
        items.append(("fn", n))
        pos = m.end()
    if pos < len(text):
        items.append(("t", text[pos:]))
    return items


def load_seed(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    body = raw[raw.index(BODY_START):]
    footnotes = {}
    body_lines = []
    for line in body.split("\n"):
        m = re.match(r"^  (\d+)\. (.*?)" + BACKLINK + r"$", line)
        if m:
            footnotes[int(m.group(1))] = m.group(2)
        else:
            body_lines.append(line)

    raw_blocks, cur = [], []
    for line in body_lines + [""]:
        if line.strip():
            cur.append(line)
        elif cur:
            raw_blocks.append(cur)
            cur = []

    parsed = []   # (is_bullet, arrow, first_text, continuation_texts)
    for lines in raw_blocks:
        first = lines[0]
        if first.startswith(BULLET):
            text = first[len(BULLET):]
            arrow = text.startswith(ARROW)
            if arrow:
                text = text[len(ARROW):]
            cont = []
            for extra in lines[1:]:
                if not extra.startswith("    "):
                    raise SystemExit("odd bullet continuation: %r" % extra)
                cont.append(extra.strip())
            parsed.append((True, arrow, text, cont))
        else:
            if len(lines) != 1:
                raise SystemExit("multi-line plain block: %r" % lines)
            parsed.append((False, False, first, []))

    def headingish(i):
        return (i < len(parsed) and not parsed[i][0]
                and not re.search(r"[.,;:!?)]$", parsed[i][2]))

    def is_rec(i):
        return i < len(parsed) and parsed[i][0] and bool(REC_START.match(parsed[i][2]))

    fn_state = {"next": 1}
    blocks = []
    in_letter = True
    title_done = False
    for i, (is_bullet, arrow, text, cont) in enumerate(parsed):
        items = parse_inline(text, fn_state)
        if in_letter:
            blocks.append(Block("letter", items))
            if text == LETTER_END:
                in_letter = False
            continue
        if not title_done:
            blocks.append(Block("title", items))
            title_done = True
            continue
        if not is_bullet:
            if headingish(i) and headingish(i + 1) and is_rec(i + 2):
                blocks.append(Block("h1", items))
            elif headingish(i) and is_rec(i + 1):
                b = Block("h2", items)
                b.bold_heading = text in BOLD_TOPIC_HEADINGS
                blocks.append(b)
            elif headingish(i) and text[0].isupper() and len(text.split()) <= 8:
                blocks.append(Block("subhead", items))
            else:
                b = Block("resp", items)
                b.split = headingish(i)
                blocks.append(b)
            continue
        # bullets
        if REC_START.match(text) or text[0].islower():
            b = Block("rec", items)
            b.sub = text[0].islower()
            b.arrow = arrow
            b.umbrella = text.endswith(":")
            b.level = 1 if (b.sub or arrow) else 0
            if cont:
                b.tail = parse_inline(" ".join(cont), fn_state)
            blocks.append(b)
        else:
            if cont:
                raise SystemExit("response bullet with continuation: %r" % text)
            prev = blocks[-1]
            if prev.kind == "resp_list" or (prev.kind == "resp" and prev.text().endswith(":")):
                blocks.append(Block("resp_list", items))
            else:
                blocks.append(Block("resp_bullet", items))

    if fn_state["next"] - 1 < len(footnotes):
        raise SystemExit("fewer footnote references than footnotes")
    nrefs = fn_state["next"] - 1
    # sanity: sub-recommendations must follow an umbrella
    last_rec = None
    for b in blocks:
        if b.kind == "rec":
            if b.sub and not (last_rec and (last_rec.umbrella or last_rec.sub)):
                raise SystemExit("sub-item without umbrella: %r" % b.text()[:60])
            last_rec = b
        elif b.kind in ("h1", "h2"):
            last_rec = None
    return blocks, footnotes, nrefs


def seed_counts(blocks, footnotes, nrefs):
    recs = [b for b in blocks if b.kind == "rec"]
    resp_texts = []
    for b in blocks:
        if b.kind in ("resp", "resp_bullet", "resp_list"):
            resp_texts.append(b.text())
        elif b.kind == "rec" and b.tail:
            resp_texts.append(items_text(b.tail))
    xrefs = []
    for t in resp_texts:
        xrefs += [m.group(0) for m in CROSS_REF.finditer(t)]
    soft = []
    for t in resp_texts:
        soft += re.findall(r"\((?:as mentioned before|idem)\)", t)
    paras = []
    for b in recs:
        paras += re.findall(r"\(paragraph (\d+)\)", b.text())
    return collections.OrderedDict([
        ("recommendations (incl. sub-items)", len(recs)),
        ("umbrella items", sum(b.umbrella for b in recs)),
        ("sub-items of umbrellas", sum(b.sub for b in recs)),
        ("arrow (level-1) recommendations", sum(b.arrow for b in recs)),
        ("top-level recommendations", sum(not b.sub for b in recs)),
        ("(paragraph N) references in recommendations", len(paras)),
        ("cross references in responses", len(xrefs)),
        ("cross reference texts", xrefs),
        ("soft back-references (as mentioned before / idem)", len(soft)),
        ("footnote references", nrefs),
        ("footnote texts in seed", len(footnotes)),
        ("topic headings", sum(b.kind == "h2" for b in blocks)),
        ("part headings", sum(b.kind == "h1" for b in blocks)),
        ("response paragraphs", sum(b.kind == "resp" for b in blocks)),
        ("responses written as bullets", sum(b.kind == "resp_bullet" for b in blocks)),
        ("bullet-list items inside responses", sum(b.kind == "resp_list" for b in blocks)),
        ("recommendation + response in one list paragraph (w:br)",
         sum(1 for b in recs if b.tail)),
        ("response paragraphs split mid-sentence", sum(b.split for b in blocks)),
    ])


# --------------------------------------------------------------------------------------
# XML helpers
# --------------------------------------------------------------------------------------

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

NS_DOC = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
    'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
    'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:oel="http://schemas.microsoft.com/office/2019/extlst" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du wp14"')
NS_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
NS_PART = (
    NS_MC +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du"')
NS_FULL = NS_DOC.replace('xmlns:cx="', NS_MC + 'xmlns:cx="', 1)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr(s):
    return esc(s).replace('"', "&quot;")


def t_elem(tag, s):
    if s != s.strip() or "  " in s:
        return '<w:%s xml:space="preserve">%s</w:%s>' % (tag, esc(s), tag)
    return "<w:%s>%s</w:%s>" % (tag, esc(s), tag)


# --------------------------------------------------------------------------------------
# Document writer
# --------------------------------------------------------------------------------------

FONT = "Verdana"
SIZE = 18   # half-points: 9 pt, as in Rijksoverheid letters
FN_SIZE = 13  # 6.5 pt footnotes


class Writer:
    """Turns blocks into WordprocessingML the way Word writes it."""

    def __init__(self, variant, seed):
        self.variant = variant
        self.rng = random.Random(seed)
        self.rsids = sorted({"00%06X" % self.rng.getrandbits(24) for _ in range(28)})
        self.rsid_root = self.rsids[0]
        self.para_ids = set()
        self.ann_id = 0
        self.hlk_base = 157000000 + self.rng.getrandbits(20)
        self.open_hlk = None
        self.used_rsids = set([self.rsid_root])
        self.variant_allows_span = True

    # -- ids ---------------------------------------------------------------------------
    def rsid(self):
        r = self.rsids[self.rng.getrandbits(16) % len(self.rsids)]
        self.used_rsids.add(r)
        return r

    def para_id(self):
        while True:
            v = "%08X" % (self.rng.getrandbits(31))
            if v not in self.para_ids and v != "00000000":
                self.para_ids.add(v)
                return v

    def next_ann(self):
        self.ann_id += 1
        return self.ann_id

    # -- run properties ----------------------------------------------------------------
    def rpr(self, bold=False, rstyle=None, lang="en-GB", italic=False, size=SIZE):
        parts = []
        if rstyle:
            parts.append('<w:rStyle w:val="%s"/>' % rstyle)
        parts.append('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="Arial"/>' % (FONT, FONT))
        if bold:
            parts.append("<w:b/><w:bCs/>")
        if italic:
            parts.append("<w:i/><w:iCs/>")
        parts.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size))
        parts.append('<w:lang w:val="%s"/>' % lang)
        return "<w:rPr>%s</w:rPr>" % "".join(parts)

    # -- runs --------------------------------------------------------------------------
    def split_points(self, s):
        n = len(s)
        if n < 12:
            return []
        k = int(n / (40 + self.rng.random() * 110))
        pts = set()
        for _ in range(k):
            pts.add(1 + self.rng.getrandbits(20) % (n - 1))
        return sorted(pts)

    def plain_runs(self, s, para_rsid, fmt, kind="t"):
        """Runs for plain text s, split at pseudo-random points (mid-word, like Word)."""
        out = []
        pieces = []
        last = 0
        for p in self.split_points(s) + [len(s)]:
            if p > last:
                pieces.append(s[last:p])
                last = p
        for piece in pieces:
            r = para_rsid if self.rng.random() < 0.55 else self.rsid()
            attrs = ' w:rsidR="%s"' % r
            if kind == "del":
                attrs = ' w:rsidDel="%s"' % r
            if self.rng.random() < 0.3:
                attrs += ' w:rsidRPr="%s"' % self.rsid()
            extra = ""
            if kind == "t" and self.rng.random() < 0.008:
                extra = "<w:lastRenderedPageBreak/>"
            tag = "delText" if kind == "del" else "t"
            out.append("<w:r%s>%s%s%s</w:r>" % (attrs, fmt, extra, t_elem(tag, piece)))
        return "".join(out)

    def text_runs(self, s, para_rsid, fmt, kind="t"):
        """Plain runs plus w:proofErr marks around flagged words."""
        if kind != "t":
            return self.plain_runs(s, para_rsid, fmt, kind)
        marks = []
        for w in SPELL_WORDS:
            for m in re.finditer(r"\b%s\b" % re.escape(w), s):
                marks.append((m.start(), m.end(), "spell"))
        for w in GRAMMAR_PHRASES:
            for m in re.finditer(re.escape(w), s):
                marks.append((m.start(), m.end(), "gram"))
        marks.sort()
        out, pos = [], 0
        for a, b, typ in marks:
            if a < pos:
                continue
            if a > pos:
                out.append(self.plain_runs(s[pos:a], para_rsid, fmt))
            out.append('<w:proofErr w:type="%sStart"/>' % typ)
            out.append(self.plain_runs(s[a:b], para_rsid, fmt))
            out.append('<w:proofErr w:type="%sEnd"/>' % typ)
            pos = b
        if pos < len(s):
            out.append(self.plain_runs(s[pos:], para_rsid, fmt))
        return "".join(out)

    def footnote_ref_run(self, n, para_rsid):
        return ('<w:r w:rsidR="%s">%s<w:footnoteReference w:id="%d"/></w:r>'
                % (para_rsid, self.rpr(rstyle="Voetnootmarkering"), n))

    def track_attrs(self):
        date = TRACK_DATES[self.rng.getrandbits(8) % len(TRACK_DATES)]
        return 'w:id="%d" w:author="%s" w:date="%s"' % (self.next_ann(), attr(TRACK_AUTHOR), date)

    def inline(self, items, para_rsid, bold=False, lang="en-GB"):
        fmt = self.rpr(bold=bold, lang=lang)
        out = []
        for it in items:
            k = it[0]
            if k == "t":
                out.append(self.text_runs(it[1], para_rsid, fmt))
            elif k == "fn":
                out.append(self.footnote_ref_run(it[1], para_rsid))
            elif k == "br":
                out.append('<w:r w:rsidR="%s">%s<w:br/></w:r>' % (para_rsid, fmt))
            elif k == "ins":
                out.append("<w:ins %s>%s</w:ins>" % (
                    self.track_attrs(), self.plain_runs(it[1], self.rsid(), fmt)))
            elif k == "del":
                out.append("<w:del %s>%s</w:del>" % (
                    self.track_attrs(), self.plain_runs(it[1], self.rsid(), fmt, "del")))
            elif k in ("mf", "mt"):
                tag = "moveFrom" if k == "mf" else "moveTo"
                rng_id = self.next_ann()
                date = TRACK_DATES[-1]
                out.append('<w:%sRangeStart w:id="%d" w:author="%s" w:date="%s" w:name="%s"/>'
                           % (tag, rng_id, attr(TRACK_AUTHOR), date, it[2]))
                out.append('<w:%s w:id="%d" w:author="%s" w:date="%s">%s</w:%s>'
                           % (tag, self.next_ann(), attr(TRACK_AUTHOR), date,
                              self.plain_runs(it[1], self.rsid(), fmt), tag))
                out.append('<w:%sRangeEnd w:id="%d"/>' % (tag, rng_id))
            else:
                raise ValueError(k)
        return "".join(out)

    # -- paragraphs --------------------------------------------------------------------
    def ppr(self, style=None, num=None, ind=None, keep_next=False, bold_mark=False,
            spacing=None, jc=None, lang="en-GB"):
        parts = []
        if style:
            parts.append('<w:pStyle w:val="%s"/>' % style)
        if keep_next:
            parts.append("<w:keepNext/>")
        if num is not None:
            lvl, num_id = num
            parts.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                         % (lvl, num_id))
        if spacing:
            parts.append(spacing)
        if ind:
            parts.append(ind)
        if jc:
            parts.append('<w:jc w:val="%s"/>' % jc)
        parts.append(self.rpr(bold=bold_mark, lang=lang))
        return "<w:pPr>%s</w:pPr>" % "".join(parts)

    def para(self, ppr, content, hlk_chance=0.0):
        r = self.rsid()
        rd = r if self.rng.random() < 0.7 else self.rsid()
        attrs = ('w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"'
                 % (self.para_id(), self.para_id(), r, rd))
        if self.rng.random() < 0.4:
            attrs += ' w:rsidP="%s"' % self.rsid()
        body = content(rd) if callable(content) else content
        pre, post = "", ""
        if self.open_hlk is not None:
            post = '<w:bookmarkEnd w:id="%d"/>' % self.open_hlk
            self.open_hlk = None
        elif hlk_chance and self.rng.random() < hlk_chance:
            bid = self.next_ann()
            pre = '<w:bookmarkStart w:id="%d" w:name="_Hlk%d"/>' % (
                bid, self.hlk_base + self.rng.getrandbits(16))
            if self.rng.random() < 0.5:
                post = '<w:bookmarkEnd w:id="%d"/>' % bid
            elif self.variant_allows_span:
                self.open_hlk = bid     # spans into the next paragraph
            else:
                post = '<w:bookmarkEnd w:id="%d"/>' % bid
        return "<w:p %s>%s%s%s%s</w:p>" % (attrs, ppr, pre, body, post)

    def empty_para(self):
        return self.para(self.ppr(), "")


# --------------------------------------------------------------------------------------
# Variants
# --------------------------------------------------------------------------------------

NUM_REC = 1       # recommendations list (Symbol bullet / Wingdings arrow)
NUM_LIST = 2      # bullet lists inside responses


class Variant:
    def __init__(self, name, seed, bullets="numbering", headings="mixed", layout="flow",
                 tracked=False):
        self.name = name
        self.seed = seed
        self.bullets = bullets      # numbering | style | typed
        self.headings = headings    # mixed | styled
        self.layout = layout        # flow | table
        self.tracked = tracked


VARIANTS = [
    Variant("2026D06192", 20260209),
    Variant("2026D06192-style-bullets", 20260210, bullets="style", headings="styled"),
    Variant("2026D06192-typed-bullets", 20260211, bullets="typed"),
    Variant("2026D06192-table", 20260212, headings="styled", layout="table"),
    Variant("2026D06192-tracked", 20260213, tracked=True),
]


def block_para(w, v, b):
    """WordprocessingML for one block (not tables)."""
    kind = b.kind
    if kind == "letter":
        return w.para(w.ppr(), lambda r: w.inline(b.items, r), hlk_chance=0.1)
    if kind == "title":
        # the attachment starts on a new page: Word puts the page break in the title paragraph
        return w.para(w.ppr(style="Titel"), lambda r: (
            '<w:r w:rsidR="%s">%s<w:br w:type="page"/></w:r>' % (r, w.rpr())
            + w.inline(b.items, r)))
    if kind == "h1":
        return w.para(w.ppr(style="Kop1"), lambda r: w.inline(b.items, r))
    if kind == "h2":
        if b.bold_heading and v.headings == "mixed":
            return w.para(w.ppr(keep_next=True, bold_mark=True),
                          lambda r: w.inline(b.items, r, bold=True))
        return w.para(w.ppr(style="Kop2"), lambda r: w.inline(b.items, r))
    if kind == "subhead":
        return w.para(w.ppr(keep_next=True, bold_mark=True),
                      lambda r: w.inline(b.items, r, bold=True))
    if kind == "resp":
        return w.para(w.ppr(), lambda r: w.inline(b.items, r), hlk_chance=0.06)
    if kind in ("rec", "resp_bullet", "resp_list"):
        items = list(b.items)
        if b.tail:
            items = items + [("br",)] + b.tail
        level = b.level
        if v.bullets == "numbering":
            num_id = NUM_LIST if kind == "resp_list" else NUM_REC
            ppr = w.ppr(style="Lijstalinea", num=(level, num_id))
        elif v.bullets == "style":
            if kind == "rec":
                style = "GRETAsubaanbeveling" if level else "GRETAaanbeveling"
            else:
                style = "Lijstopsomteken"
            ppr = w.ppr(style=style)
        else:  # typed
            if kind == "resp_list":
                mark, ind = "- ", '<w:ind w:left="1077" w:hanging="357"/>'
            elif level:
                mark, ind = ARROW, '<w:ind w:left="714" w:hanging="357"/>'
            else:
                mark, ind = "\u2022 ", '<w:ind w:left="357" w:hanging="357"/>'
            items = [("t", mark)] + items
            ppr = w.ppr(ind=ind)
        return w.para(ppr, lambda r: w.inline(items, r), hlk_chance=0.05)
    raise ValueError(kind)


def table_xml(w, rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Tabelraster"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblLook w:val="0480" w:firstRow="0" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="4531"/><w:gridCol w:w="4531"/></w:tblGrid>']
    for left, right in rows:
        out.append('<w:tr w:rsidR="%s" w14:paraId="%s" w14:textId="%s">'
                   % (w.rsid(), w.para_id(), w.para_id()))
        for cell in (left, right):
            out.append('<w:tc><w:tcPr><w:tcW w:w="4531" w:type="dxa"/></w:tcPr>')
            out.append("".join(cell) if cell else w.empty_para())
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def body_xml(w, v, blocks):
    out = []
    if v.layout == "flow":
        for i, b in enumerate(blocks):
            out.append(block_para(w, v, b))
            if b.kind == "letter" and b.text() in ("Yours sincerely,",):
                out.append(w.empty_para())
                out.append(w.empty_para())
            if b.kind == "letter" and i + 1 < len(blocks) and blocks[i + 1].kind == "title":
                out.append(w.empty_para())
        if w.open_hlk is not None:
            out.append(w.empty_para())      # closes a bookmark left open by the last paragraph
        return "".join(out)
    # table layout: one table per topic, rows pair recommendation(s) with response(s)
    rows, cur = [], None

    def flush():
        nonlocal rows, cur
        if cur is not None:
            rows.append(cur)
        cur = None
        if rows:
            out.append(table_xml(w, rows))
            out.append(w.empty_para())
        rows = []

    for b in blocks:
        if b.kind in ("letter", "title", "h1", "h2"):
            flush()
            out.append(block_para(w, v, b))
            continue
        if b.kind == "rec":
            if cur is None or cur[1]:
                if cur is not None:
                    rows.append(cur)
                cur = ([], [])
            cur[0].append(block_para(w, v, _strip_tail(b)))
            if b.tail:
                rb = Block("resp", b.tail)
                cur[1].append(block_para(w, v, rb))
        else:
            if cur is None:
                cur = ([], [])
            cur[1].append(block_para(w, v, b))
    flush()
    return "".join(out)


def _strip_tail(b):
    c = Block(b.kind, b.items, b.level)
    c.sub, c.arrow, c.umbrella = b.sub, b.arrow, b.umbrella
    return c


def apply_tracked(blocks):
    """Copy of blocks with tracked changes; accepting them gives the original text."""
    out = []
    pending = list(TRACKED_CHANGES)
    move_done = False
    for b in blocks:
        c = Block(b.kind, list(b.items), b.level)
        c.__dict__.update({k: v for k, v in b.__dict__.items() if k != "items"})
        c.items = list(b.items)
        if b.kind in ("resp", "resp_bullet"):
            for change in list(pending):
                anchor, repl = change
                new_items = []
                hit = False
                for it in c.items:
                    if it[0] == "t" and anchor in it[1] and not hit:
                        a = it[1].index(anchor)
                        if it[1].count(anchor) != 1:
                            raise SystemExit("tracked anchor not unique: %r" % anchor)
                        if it[1][:a]:
                            new_items.append(("t", it[1][:a]))
                        new_items.extend(repl)
                        if it[1][a + len(anchor):]:
                            new_items.append(("t", it[1][a + len(anchor):]))
                        hit = True
                    else:
                        new_items.append(it)
                if hit:
                    c.items = new_items
                    pending.remove(change)
            start, sentence = TRACKED_MOVE
            if not move_done and c.text().startswith(start):
                t = c.items
                if len(t) != 1 or t[0][0] != "t" or not t[0][1].endswith(" " + sentence):
                    raise SystemExit("move anchor mismatch")
                rest = t[0][1][: -len(sentence) - 1]
                c.items = [("mf", sentence + " ", MOVE_NAME), ("t", rest),
                           ("mt", " " + sentence, MOVE_NAME)]
                move_done = True
        if c.text() != b.text():
            raise SystemExit("tracked changes do not accept back to the original text")
        out.append(c)
    if pending or not move_done:
        raise SystemExit("tracked anchors not found: %r" % [p[0] for p in pending])
    plain = "\n".join(b.text() for b in blocks)
    for b in out:
        for it in b.items:
            if it[0] == "del" and it[1].strip() in plain:
                raise SystemExit("deleted text also occurs in the document: %r" % it[1])
    return out


# --------------------------------------------------------------------------------------
# Other parts
# --------------------------------------------------------------------------------------

def footnotes_xml(w, footnotes, nrefs):
    head = ('<w:footnotes %s>' % NS_FULL)
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p w14:paraId="%s" w14:textId="%s" '
           'w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           % (w.para_id(), w.para_id(), w.rsid_root, w.rsid_root))
    cont = ('<w:footnote w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" '
            'w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r>'
            '</w:p></w:footnote>' % (w.para_id(), w.para_id(), w.rsid_root, w.rsid_root))
    parts = [head, sep, cont]
    rels = []
    for n in range(1, nrefs + 1):
        r = w.rsid()
        content = ['<w:r w:rsidR="%s">%s<w:footnoteRef/></w:r>'
                   % (r, w.rpr(rstyle="Voetnootmarkering", lang="nl-NL", size=FN_SIZE)),
                   '<w:r w:rsidR="%s">%s<w:t xml:space="preserve"> </w:t></w:r>'
                   % (r, w.rpr(lang="nl-NL", size=FN_SIZE))]
        text = footnotes.get(n)
        if text:
            url = FOOTNOTE_URLS.get(n)
            runs = w.plain_runs(text, r, w.rpr(rstyle="Hyperlink", lang="nl-NL", size=FN_SIZE))
            if url:
                rid = "rId%d" % (len(rels) + 1)
                rels.append((rid, url))
                content.append('<w:hyperlink r:id="%s" w:history="1">%s</w:hyperlink>'
                               % (rid, runs))
            else:
                content.append(runs)
        parts.append('<w:footnote w:id="%d"><w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" '
                     'w:rsidRDefault="%s"><w:pPr><w:pStyle w:val="Voetnoottekst"/>%s</w:pPr>%s'
                     '</w:p></w:footnote>'
                     % (n, w.para_id(), w.para_id(), r, r, w.rpr(lang="nl-NL", size=FN_SIZE),
                        "".join(content)))
    parts.append("</w:footnotes>")
    rel_xml = None
    if rels:
        rel_xml = (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships">' + "".join(
                       '<Relationship Id="%s" Type="http://schemas.openxmlformats.org/'
                       'officeDocument/2006/relationships/hyperlink" Target="%s" '
                       'TargetMode="External"/>' % (rid, attr(url)) for rid, url in rels)
                   + "</Relationships>")
    return XML_DECL + "".join(parts), rel_xml


def endnotes_xml(w):
    return (XML_DECL + '<w:endnotes %s>' % NS_FULL +
            '<w:endnote w:type="separator" w:id="-1"><w:p w14:paraId="%s" w14:textId="%s" '
            'w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p w14:paraId="%s" '
            'w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r>'
            '</w:p></w:endnote></w:endnotes>'
            % (w.para_id(), w.para_id(), w.rsid_root, w.rsid_root,
               w.para_id(), w.para_id(), w.rsid_root, w.rsid_root))


def header_xml(w):
    r = w.rsid()
    return (XML_DECL + '<w:hdr %s>' % NS_FULL +
            '<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s">'
            '<w:pPr><w:pStyle w:val="Koptekst"/><w:jc w:val="right"/></w:pPr>'
            '<w:r>%s<w:t>Ministerie van Justitie en Veiligheid</w:t></w:r></w:p></w:hdr>'
            % (w.para_id(), w.para_id(), r, r, w.rpr(lang="nl-NL")))


def footer_xml(w):
    r = w.rsid()
    f = w.rpr(lang="nl-NL")
    return (XML_DECL + '<w:ftr %s>' % NS_FULL +
            '<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s">'
            '<w:pPr><w:pStyle w:val="Voettekst"/><w:jc w:val="center"/></w:pPr>'
            '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t>1</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
            % (w.para_id(), w.para_id(), r, r, f, f, f, f, f))


def _lvl(ilvl, text, font, left, style=None, start=True):
    pstyle = '<w:pStyle w:val="%s"/>' % style if style else ""
    return ('<w:lvl w:ilvl="%d" w:tplc="%08X"%s>'
            '<w:start w:val="1"/><w:numFmt w:val="bullet"/>%s<w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/></w:rPr></w:lvl>'
            % (ilvl, 0x04130001 + 0x02 * ilvl + (0x3 if ilvl in (1, 4, 7) else 0x5) * 0x100,
               "" if start else ' w:tentative="1"', pstyle, text, left, font, font))


LEVEL_CHARS = ["\uf0b7", "\uf0d8", "\uf0a7", "\uf0b7", "o", "\uf0a7", "\uf0b7", "o", "\uf0a7"]
LEVEL_FONTS = ["Symbol", "Wingdings", "Wingdings", "Symbol", "Courier New", "Wingdings",
               "Symbol", "Courier New", "Wingdings"]


def numbering_xml(v):
    def abstract(aid, nsid, tmpl, styles=None, single=False):
        lvls = []
        for i in range(9):
            st = styles.get(i) if styles else None
            lvls.append(_lvl(i, LEVEL_CHARS[i], LEVEL_FONTS[i], 720 + 720 * i, st, i < 2))
        return ('<w:abstractNum w:abstractNumId="%d" w15:restartNumberingAfterBreak="0">'
                '<w:nsid w:val="%s"/><w:multiLevelType w:val="%s"/><w:tmpl w:val="%s"/>%s%s'
                '</w:abstractNum>'
                % (aid, nsid, "singleLevel" if single else "hybridMultilevel", tmpl,
                   "", "".join(lvls[:1] if single else lvls)))
    if v.bullets == "style":
        a0 = abstract(0, "1F3A5C2B", "5C2E8A14",
                      {0: "GRETAaanbeveling", 1: "GRETAsubaanbeveling"})
        a1 = abstract(1, "FFFFFF89", "CF8EBE30", {0: "Lijstopsomteken"}, single=True)
    else:
        a0 = abstract(0, "1F3A5C2B", "5C2E8A14")
        a1 = abstract(1, "6A0D4E71", "0413000F")
    return (XML_DECL + '<w:numbering %s>' % NS_FULL + a0 + a1 +
            '<w:num w:numId="1" w16cid:durableId="1482035317"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="2" w16cid:durableId="604722159"><w:abstractNumId w:val="1"/></w:num>'
            '</w:numbering>')


def styles_xml(v):
    rfonts = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="Arial"/>' % (FONT, FONT)

    def pstyle(sid, name, ppr="", rpr="", based="Standaard", nxt="Standaard", link=None,
               ui=None, qformat=False, semi=False, unhide=False, default=False, custom=False):
        # children in schema order: name basedOn next link uiPriority semiHidden
        # unhideWhenUsed qFormat pPr rPr
        return ('<w:style w:type="paragraph"%s%s w:styleId="%s"><w:name w:val="%s"/>%s%s%s%s%s'
                '%s%s%s%s</w:style>'
                % (' w:default="1"' if default else "", ' w:customStyle="1"' if custom else "",
                   sid, name,
                   '<w:basedOn w:val="%s"/>' % based if based else "",
                   '<w:next w:val="%s"/>' % nxt if nxt else "",
                   '<w:link w:val="%s"/>' % link if link else "",
                   '<w:uiPriority w:val="%d"/>' % ui if ui is not None else "",
                   "<w:semiHidden/>" if semi else "",
                   "<w:unhideWhenUsed/>" if unhide else "",
                   "<w:qFormat/>" if qformat else "",
                   "<w:pPr>%s</w:pPr>" % ppr if ppr else "",
                   "<w:rPr>%s</w:rPr>" % rpr if rpr else ""))

    def cstyle(sid, name, rpr, link=None, based="Standaardalinea-lettertype", ui=None):
        return ('<w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>'
                '<w:basedOn w:val="%s"/>%s%s<w:rPr>%s</w:rPr></w:style>'
                % (sid, name, based, '<w:link w:val="%s"/>' % link if link else "",
                   '<w:uiPriority w:val="%d"/>' % ui if ui is not None else "", rpr))

    s = [XML_DECL, '<w:styles %s>' % NS_PART,
         '<w:docDefaults><w:rPrDefault><w:rPr>'
         '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" '
         'w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/>'
         '<w:sz w:val="22"/><w:szCs w:val="22"/>'
         '<w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/>'
         '<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault>'
         '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
         '</w:pPr></w:pPrDefault></w:docDefaults>',
         '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
         'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">'
         '<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
         + "".join('<w:lsdException w:name="heading %d" w:semiHidden="%d" w:uiPriority="9" '
                   'w:unhideWhenUsed="%d" w:qFormat="1"/>' % (i, i > 1, i > 1)
                   for i in range(1, 10)) +
         '<w:lsdException w:name="footnote text" w:semiHidden="1" w:unhideWhenUsed="1"/>'
         '<w:lsdException w:name="footnote reference" w:semiHidden="1" w:unhideWhenUsed="1"/>'
         '<w:lsdException w:name="List Bullet" w:semiHidden="1" w:unhideWhenUsed="1"/>'
         '<w:lsdException w:name="Title" w:uiPriority="10" w:qFormat="1"/>'
         '<w:lsdException w:name="Default Paragraph Font" w:semiHidden="1" w:uiPriority="1" '
         'w:unhideWhenUsed="1"/>'
         '<w:lsdException w:name="Hyperlink" w:semiHidden="1" w:unhideWhenUsed="1"/>'
         '<w:lsdException w:name="Table Grid" w:uiPriority="39"/>'
         '<w:lsdException w:name="List Paragraph" w:uiPriority="34" w:qFormat="1"/>'
         '</w:latentStyles>',
         pstyle("Standaard", "Normal", based=None, nxt=None, qformat=True, default=True,
                ppr='<w:spacing w:after="0" w:line="276" w:lineRule="auto"/>',
                rpr=rfonts + '<w:sz w:val="18"/><w:szCs w:val="18"/>'),
         pstyle("Kop1", "heading 1", link="Kop1Char", ui=9, qformat=True,
                ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>'
                    '<w:outlineLvl w:val="0"/>',
                rpr='<w:b/><w:bCs/><w:kern w:val="0"/><w:sz w:val="24"/><w:szCs w:val="32"/>'),
         pstyle("Kop2", "heading 2", link="Kop2Char", ui=9, qformat=True,
                unhide=True,
                ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="60"/>'
                    '<w:outlineLvl w:val="1"/>',
                rpr='<w:b/><w:bCs/><w:i/><w:sz w:val="20"/><w:szCs w:val="26"/>'),
         pstyle("Kop3", "heading 3", link="Kop3Char", ui=9, qformat=True,
                unhide=True,
                ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="40"/>'
                    '<w:outlineLvl w:val="2"/>',
                rpr='<w:b/><w:bCs/><w:sz w:val="18"/><w:szCs w:val="24"/>'),
         '<w:style w:type="character" w:default="1" w:styleId="Standaardalinea-lettertype">'
         '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
         '<w:unhideWhenUsed/></w:style>',
         '<w:style w:type="table" w:default="1" w:styleId="Standaardtabel"><w:name w:val="Normal '
         'Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
         '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
         '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
         '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
         '<w:style w:type="numbering" w:default="1" w:styleId="Geenlijst"><w:name w:val="No '
         'List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
         cstyle("Kop1Char", "Kop 1 Char", rfonts + '<w:b/><w:bCs/><w:sz w:val="24"/>',
                link="Kop1", ui=9),
         cstyle("Kop2Char", "Kop 2 Char", rfonts + '<w:b/><w:bCs/><w:i/><w:sz w:val="20"/>',
                link="Kop2", ui=9),
         cstyle("Kop3Char", "Kop 3 Char", rfonts + '<w:b/><w:bCs/><w:sz w:val="18"/>',
                link="Kop3", ui=9),
         pstyle("Titel", "Title", link="TitelChar", ui=10, qformat=True,
                ppr='<w:spacing w:after="240"/><w:contextualSpacing/>',
                rpr='<w:b/><w:bCs/><w:kern w:val="28"/><w:sz w:val="28"/><w:szCs w:val="56"/>'),
         cstyle("TitelChar", "Titel Char", rfonts + '<w:b/><w:bCs/><w:sz w:val="28"/>',
                link="Titel", ui=10),
         pstyle("Lijstalinea", "List Paragraph", ui=34, qformat=True,
                ppr='<w:ind w:left="720"/><w:contextualSpacing/>'),
         pstyle("Voetnoottekst", "footnote text", link="VoetnoottekstChar", ui=99,
                semi=True, unhide=True,
                ppr='<w:spacing w:line="240" w:lineRule="auto"/>',
                rpr='<w:sz w:val="13"/><w:szCs w:val="20"/>'),
         cstyle("VoetnoottekstChar", "Voetnoottekst Char", rfonts + '<w:sz w:val="13"/>',
                link="Voetnoottekst", ui=99),
         '<w:style w:type="character" w:styleId="Voetnootmarkering"><w:name w:val="footnote '
         'reference"/><w:basedOn w:val="Standaardalinea-lettertype"/><w:uiPriority w:val="99"/>'
         '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
         '</w:style>',
         '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
         '<w:basedOn w:val="Standaardalinea-lettertype"/><w:uiPriority w:val="99"/>'
         '<w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/>'
         '<w:u w:val="single"/></w:rPr></w:style>',
         pstyle("Koptekst", "header", link="KoptekstChar", ui=99, unhide=True,
                ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" '
                    'w:pos="9072"/></w:tabs><w:spacing w:line="240" w:lineRule="auto"/>',
                rpr='<w:sz w:val="13"/>'),
         cstyle("KoptekstChar", "Koptekst Char", rfonts + '<w:sz w:val="13"/>', link="Koptekst",
                ui=99),
         pstyle("Voettekst", "footer", link="VoettekstChar", ui=99, unhide=True,
                ppr='<w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" '
                    'w:pos="9072"/></w:tabs><w:spacing w:line="240" w:lineRule="auto"/>',
                rpr='<w:sz w:val="13"/>'),
         cstyle("VoettekstChar", "Voettekst Char", rfonts + '<w:sz w:val="13"/>', link="Voettekst",
                ui=99)]
    if v.layout == "table":
        s.append('<w:style w:type="table" w:styleId="Tabelraster"><w:name w:val="Table Grid"/>'
                 '<w:basedOn w:val="Standaardtabel"/><w:uiPriority w:val="39"/><w:pPr>'
                 '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr>'
                 '<w:tblBorders>' + "".join(
                     '<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % e
                     for e in ("top", "left", "bottom", "right", "insideH", "insideV")) +
                 '</w:tblBorders></w:tblPr></w:style>')
    if v.bullets == "style":
        s.append(pstyle("GRETAaanbeveling", "GRETA aanbeveling", based="Lijstalinea",
                        ui=None, qformat=True, custom=True,
                        ppr='<w:numPr><w:numId w:val="1"/></w:numPr>'
                                      '<w:spacing w:before="120" w:after="120"/>'
                                      '<w:ind w:left="360" w:hanging="360"/>',
                        rpr='<w:i/><w:iCs/>'))
        s.append(pstyle("GRETAsubaanbeveling", "GRETA subaanbeveling", based="GRETAaanbeveling",
                        ui=None, qformat=True, custom=True,
                        ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
                            '<w:ind w:left="720" w:hanging="360"/>'))
        s.append(pstyle("Lijstopsomteken", "List Bullet", ui=99, unhide=True,
                        ppr='<w:numPr><w:numId w:val="2"/></w:numPr><w:contextualSpacing/>'))
    s.append("</w:styles>")
    return "".join(s)


def settings_xml(w, v):
    rsids = sorted(w.used_rsids)
    return (XML_DECL + '<w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-'
            'compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" '
            'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
            'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
            'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
            'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
            'xmlns:w16du="http://schemas.microsoft.com/office/word/2023/wordml/word16du" '
            'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
            'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
            'xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" '
            'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh w16du">'
            '<w:zoom w:percent="100"/>'
            + ("<w:trackRevisions/>" if v.tracked else "") +
            '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="enableOpenTypeFeatures" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="doNotFlipMirrorIndents" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="differentiateMultirowTableHeaders" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
            '<w:compatSetting w:name="useWord2013TrackBottomHyphenation" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="0"/></w:compat>'
            '<w:rsids><w:rsidRoot w:val="%s"/>%s</w:rsids>'
            '<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
            '<m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/>'
            '<m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/>'
            '<m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>'
            '<w:themeFontLang w:val="nl-NL"/>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
            'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" '
            'w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
            'w:followedHyperlink="followedHyperlink"/>'
            '<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
            '<w14:docId w14:val="%s"/><w15:chartTrackingRefBased/>'
            '<w15:docId w15:val="{%s}"/></w:settings>'
            % (w.rsid_root, "".join('<w:rsid w:val="%s"/>' % r for r in rsids),
               w.para_id(), guid(w.rng)))


def guid(rng):
    h = "%032X" % rng.getrandbits(128)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


WEB_SETTINGS = (XML_DECL + '<w:webSettings ' + NS_PART + '><w:optimizeForBrowser/><w:allowPNG/>'
                '</w:webSettings>')


def font(name, panose, charset, family, pitch, sig):
    return ('<w:font w:name="%s"><w:panose1 w:val="%s"/><w:charset w:val="%s"/>'
            '<w:family w:val="%s"/><w:pitch w:val="%s"/><w:sig w:usb0="%s" w:usb1="%s" '
            'w:usb2="%s" w:usb3="%s" w:csb0="%s" w:csb1="%s"/></w:font>'
            % ((name, panose, charset, family, pitch) + sig))


FONT_TABLE = (XML_DECL + '<w:fonts ' + NS_PART + '>' +
              font("Symbol", "05050102010706020507", "02", "roman", "variable",
                   ("00000000", "10000000", "00000000", "00000000", "80000000", "00000000")) +
              font("Times New Roman", "02020603050405020304", "00", "roman", "variable",
                   ("E0002EFF", "C000785B", "00000009", "00000000", "000001FF", "00000000")) +
              font("Courier New", "02070309020205020404", "00", "modern", "fixed",
                   ("E0002EFF", "C0007843", "00000009", "00000000", "000001FF", "00000000")) +
              font("Wingdings", "05000000000000000000", "02", "auto", "variable",
                   ("00000000", "10000000", "00000000", "00000000", "80000000", "00000000")) +
              font("Verdana", "020B0604030504040204", "00", "swiss", "variable",
                   ("A00006FF", "4000205B", "00000010", "00000000", "0000019F", "00000000")) +
              font("Arial", "020B0604020202020204", "00", "swiss", "variable",
                   ("E0002EFF", "C000785B", "00000009", "00000000", "000001FF", "00000000")) +
              font("Aptos", "020B0004020202020204", "00", "swiss", "variable",
                   ("20000287", "00000003", "00000000", "00000000", "0000019F", "00000000")) +
              font("Aptos Display", "020B0004020202020204", "00", "swiss", "variable",
                   ("20000287", "00000003", "00000000", "00000000", "0000019F", "00000000")) +
              "</w:fonts>")


THEME = (XML_DECL +
         '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'name="Office Theme"><a:themeElements><a:clrScheme name="Office">'
         '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
         '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2>'
         '<a:accent1><a:srgbClr val="156082"/></a:accent1>'
         '<a:accent2><a:srgbClr val="E97132"/></a:accent2>'
         '<a:accent3><a:srgbClr val="196B24"/></a:accent3>'
         '<a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
         '<a:accent5><a:srgbClr val="A02B93"/></a:accent5>'
         '<a:accent6><a:srgbClr val="4EA72E"/></a:accent6>'
         '<a:hlink><a:srgbClr val="467886"/></a:hlink>'
         '<a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme>'
         '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display"/>'
         '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont>'
         '<a:latin typeface="Aptos"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
         '</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"><a:tint val="50000"/></a:schemeClr></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"><a:shade val="80000"/></a:schemeClr></a:solidFill>'
         '</a:fillStyleLst><a:lnStyleLst>'
         '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
         '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
         '<a:ln w="19050" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
         '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
         '<a:ln w="25400" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/>'
         '</a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
         '</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>'
         '<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
         '</a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"><a:tint val="95000"/></a:schemeClr></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"><a:shade val="90000"/></a:schemeClr></a:solidFill>'
         '</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/>'
         '<a:extraClrSchemeLst/></a:theme>')

TITLE = "Official reaction on the third evaluation report of GRETA"
CREATOR = "Ministerie van Justitie en Veiligheid"
CREATED = "2026-02-09T10:00:00Z"
MODIFIED = "2026-02-09T10:00:00Z"


def core_xml(v):
    return (XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:subject></dc:subject><dc:creator>%s</dc:creator>'
            '<cp:keywords></cp:keywords><dc:description></dc:description>'
            '<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>'
            % (esc(TITLE), esc(CREATOR), esc(TRACK_AUTHOR if v.tracked else CREATOR),
               7 if v.tracked else 4, CREATED, MODIFIED))


def app_xml(text):
    words = len(text.split())
    chars = len(re.sub(r"\s", "", text))
    lines = max(1, len(text) // 95)
    paras = text.count("\n") + 1
    return (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
            'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>42</TotalTime>'
            '<Pages>%d</Pages><Words>%d</Words><Characters>%d</Characters>'
            '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
            '<Lines>%d</Lines><Paragraphs>%d</Paragraphs><ScaleCrop>false</ScaleCrop>'
            '<Company>Rijksoverheid</Company><LinksUpToDate>false</LinksUpToDate>'
            '<CharactersWithSpaces>%d</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
            '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>'
            '</Properties>' % (1 + lines // 48, words, chars, lines, paras, len(text)))


def people_xml():
    return (XML_DECL + '<w15:people ' + NS_PART + '>'
            '<w15:person w15:author="%s"><w15:presenceInfo w15:providerId="None" '
            'w15:userId="%s"/></w15:person></w15:people>'
            % (attr(TRACK_AUTHOR), attr(TRACK_AUTHOR)))


CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def build_docx(v, blocks, footnotes, nrefs):
    w = Writer(v.name, v.seed)
    w.variant_allows_span = v.layout == "flow"
    doc_blocks = apply_tracked(blocks) if v.tracked else blocks
    body = body_xml(w, v, doc_blocks)
    sect = ('<w:sectPr w:rsidR="%s" w:rsidSect="%s"><w:headerReference w:type="default" '
            'r:id="rIdHdr"/><w:footerReference w:type="default" r:id="rIdFtr"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
            'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
            '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>'
            % (w.rsid_root, w.rsid()))
    fn_xml, fn_rels = footnotes_xml(w, footnotes, nrefs)
    hdr, ftr = header_xml(w), footer_xml(w)
    parts = []   # (name, data, content type or None)
    rels = []
    has_numbering = v.bullets != "typed"
    if has_numbering:
        rels.append(("numbering", "numbering.xml"))
    rels += [("styles", "styles.xml"), ("settings", "settings.xml"),
             ("webSettings", "webSettings.xml"), ("footnotes", "footnotes.xml"),
             ("endnotes", "endnotes.xml"), ("header", "header1.xml"), ("footer", "footer1.xml"),
             ("fontTable", "fontTable.xml")]
    if v.tracked:
        rels.append(("people", "people.xml"))
    rels.append(("theme", "theme/theme1.xml"))
    rid = {}
    rel_xml = [XML_DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
               'relationships">']
    for i, (typ, target) in enumerate(rels, 1):
        rid[typ] = "rId%d" % i
        rtype = ("http://schemas.microsoft.com/office/2011/relationships/people"
                 if typ == "people" else REL + typ)
        rel_xml.append('<Relationship Id="rId%d" Type="%s" Target="%s"/>' % (i, rtype, target))
    rel_xml.append("</Relationships>")
    sect = sect.replace("rIdHdr", rid["header"]).replace("rIdFtr", rid["footer"])
    document = (XML_DECL + '<w:document %s><w:body>%s%s</w:body></w:document>'
                % (NS_FULL, body, sect))
    plain_text = "\n".join(b.text() for b in blocks)

    overrides = [("/word/document.xml", CT + "document.main+xml")]
    if has_numbering:
        overrides.append(("/word/numbering.xml", CT + "numbering+xml"))
    overrides += [("/word/styles.xml", CT + "styles+xml"),
                  ("/word/settings.xml", CT + "settings+xml"),
                  ("/word/webSettings.xml", CT + "webSettings+xml"),
                  ("/word/footnotes.xml", CT + "footnotes+xml"),
                  ("/word/endnotes.xml", CT + "endnotes+xml"),
                  ("/word/header1.xml", CT + "header+xml"),
                  ("/word/footer1.xml", CT + "footer+xml"),
                  ("/word/fontTable.xml", CT + "fontTable+xml")]
    if v.tracked:
        overrides.append(("/word/people.xml", CT + "people+xml"))
    overrides += [("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                  ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                  ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    content_types = (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                     'content-types"><Default Extension="rels" ContentType="application/'
                     'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                     'ContentType="application/xml"/>' +
                     "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides)
                     + "</Types>")
    root_rels = (XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')

    members = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
               ("word/document.xml", document),
               ("word/_rels/document.xml.rels", "".join(rel_xml)),
               ("word/footnotes.xml", fn_xml)]
    if fn_rels:
        members.append(("word/_rels/footnotes.xml.rels", fn_rels))
    members += [("word/endnotes.xml", endnotes_xml(w)), ("word/header1.xml", hdr),
                ("word/footer1.xml", ftr), ("word/theme/theme1.xml", THEME)]
    if has_numbering:
        members.append(("word/numbering.xml", numbering_xml(v)))
    members += [("word/settings.xml", settings_xml(w, v)), ("word/styles.xml", styles_xml(v)),
                ("word/webSettings.xml", WEB_SETTINGS), ("word/fontTable.xml", FONT_TABLE)]
    if v.tracked:
        members.append(("word/people.xml", people_xml()))
    members += [("docProps/core.xml", core_xml(v)), ("docProps/app.xml", app_xml(plain_text))]

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"), compresslevel=6)
    return buf.getvalue()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", default=DEFAULT_SEED, help="seed text (pandoc rendering)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default Samples/)")
    ap.add_argument("--counts", action="store_true", help="only print the seed counts")
    args = ap.parse_args(argv)
    blocks, footnotes, nrefs = load_seed(args.seed)
    counts = seed_counts(blocks, footnotes, nrefs)
    if args.counts:
        for k, val in counts.items():
            print("%s: %s" % (k, val))
        return 0
    os.makedirs(args.out, exist_ok=True)
    for v in VARIANTS:
        data = build_docx(v, blocks, footnotes, nrefs)
        path = os.path.join(args.out, v.name + ".docx")
        with open(path, "wb") as f:
            f.write(data)
        print("%-45s %7d bytes" % (os.path.relpath(path, ROOT), len(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

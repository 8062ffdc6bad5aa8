#!/usr/bin/env python3
"""Generate the .docx test fixtures for tkingest, their README and expected.json.

Usage:
    python3 Tests/Fixtures/make_fixtures.py            # write fixtures, README.md, expected.json; run checks
    python3 Tests/Fixtures/make_fixtures.py --no-pandoc # skip the (optional) pandoc cross-check

Standard library only. Output is deterministic: zip entries carry the timestamp
1980-01-01 00:00:00, a fixed order and fixed attributes, so running the script twice
gives byte-identical files (with the same zlib build; deflate output may differ
between zlib versions, the *content* never does).

Every fixture is one function below, registered with @valid or @hostile. Its docstring
says what it tests (and is copied into README.md); it returns the package bytes and the
expectation that a correct reader must meet. README.md and expected.json are generated
from those expectations, so the three never disagree: edit this script, not the README.
"""

from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import unicodedata
import warnings
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Callable
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
VALID_DIR = os.path.join(HERE, "docx")
HOSTILE_DIR = os.path.join(HERE, "hostile")
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------------------
# Namespaces, content types and relationship types
# --------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_NS_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
R_NS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
REL_BASE = R_NS + "/"
REL_BASE_STRICT = R_NS_STRICT + "/"
REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def main_ns(w: str = W_NS, r: str = R_NS, w_prefix: str = "w") -> str:
    """The namespace declarations Word puts on the root of document/notes/header parts."""
    return (
        'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        f'xmlns:r="{r}" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        f'xmlns:{w_prefix}="{w}" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 w15 wp14"'
    )


def small_ns(w: str = W_NS, r: str = R_NS) -> str:
    """The namespace declarations Word puts on styles.xml / numbering.xml / settings.xml."""
    return (
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        f'xmlns:r="{r}" xmlns:w="{w}" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'mc:Ignorable="w14 w15"'
    )


# --------------------------------------------------------------------------------------
# Zip and OPC package helpers
# --------------------------------------------------------------------------------------


def zip_bytes(entries: list[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED,
              level: int | None = None) -> bytes:
    """A zip of `entries` in the given order, with fixed timestamps and attributes."""
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are written on purpose in hostile fixtures
        with zipfile.ZipFile(buf, "w", compression) as zf:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = compression
                info.create_system = 0  # MS-DOS, as Word writes it; independent of the host OS
                info.external_attr = 0
                zf.writestr(info, data, compress_type=compression, compresslevel=level)
    return buf.getvalue()


@dataclass(frozen=True)
class Rel:
    """One relationship: Id, Type (short names get the transitional base), Target."""
    rid: str
    type: str
    target: str
    external: bool = False


def rels_name(part: str) -> str:
    """The relationships part belonging to `part` ("" is the package)."""
    if part == "":
        return "_rels/.rels"
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def rels_xml(rels: list[Rel], base: str = REL_BASE) -> str:
    out = [XML_DECL, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for rel in rels:
        rtype = rel.type if rel.type.startswith("http") else base + rel.type
        mode = ' TargetMode="External"' if rel.external else ""
        out.append(f'<Relationship Id="{rel.rid}" Type="{rtype}" '
                   f'Target="{escape(rel.target, {chr(34): "&quot;"})}"{mode}/>')
    out.append("</Relationships>")
    return "".join(out)


def opc_package(parts: dict[str, tuple[str, str | bytes]], rels: dict[str, list[Rel]],
                rel_base: str = REL_BASE, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Build a package from a dict of parts {name: (content type, xml)} and their rels.

    Member order (as Word writes it): [Content_Types].xml, _rels/.rels, then every part
    followed by its own relationships part.
    """
    ct = [XML_DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          f'<Default Extension="rels" ContentType="{CT_RELS}"/>',
          '<Default Extension="xml" ContentType="application/xml"/>']
    for name, (ctype, _) in parts.items():
        if ctype != "application/xml":
            ct.append(f'<Override PartName="/{name}" ContentType="{ctype}"/>')
    ct.append("</Types>")
    entries: list[tuple[str, bytes]] = [("[Content_Types].xml", "".join(ct).encode())]
    entries.append(("_rels/.rels", rels_xml(rels.get("", []), rel_base).encode()))
    for name, (_, content) in parts.items():
        entries.append((name, content.encode() if isinstance(content, str) else content))
        if rels.get(name):
            entries.append((rels_name(name), rels_xml(rels[name], rel_base).encode()))
    return zip_bytes(entries, compression)


def word_docx(body: str, *, styles: str | None = None, numbering: str | None = None,
              footnotes: str | None = None, endnotes: str | None = None,
              comments: str | None = None, settings: str | None = None,
              extra_parts: dict[str, tuple[str, str | bytes]] | None = None,
              doc_rels: list[Rel] | None = None, part_rels: dict[str, list[Rel]] | None = None,
              core: str | None = None, app: str | None = None,
              main: str = "word/document.xml", document: str | bytes | None = None,
              compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A Word package: main part from `body` (or a whole `document`), plus optional parts.

    Relationships from the main part to styles/settings/numbering/notes/comments are
    added automatically (rId1…); `doc_rels` (hyperlinks, headers, images) use the ids the
    body refers to (rId20 and up by convention here).
    """
    folder = main.rpartition("/")[0]
    parts: dict[str, tuple[str, str | bytes]] = {}
    parts[main] = (CT_MAIN, document if document is not None else document_xml(body))
    auto = [
        ("styles", styles if styles is not None else styles_xml()),
        ("settings", settings if settings is not None else settings_xml(
            footnotes=footnotes is not None, endnotes=endnotes is not None)),
        ("numbering", numbering), ("footnotes", footnotes), ("endnotes", endnotes),
        ("comments", comments),
    ]
    main_rels: list[Rel] = []
    for n, (kind, xml) in enumerate([a for a in auto if a[1] is not None], start=1):
        parts[f"{folder}/{kind}.xml"] = (CT_WML.format(kind), xml)
        main_rels.append(Rel(f"rId{n}", kind, f"{kind}.xml"))
    main_rels += doc_rels or []
    for name, value in (extra_parts or {}).items():
        parts[name] = value
    pkg_rels = [Rel("rId1", "officeDocument", main)]
    if core is not None:
        parts["docProps/core.xml"] = (CT_CORE, core)
        pkg_rels.append(Rel("rId2", REL_CORE, "docProps/core.xml"))
    if app is not None:
        parts["docProps/app.xml"] = (CT_APP, app)
        pkg_rels.append(Rel("rId3", "extended-properties", "docProps/app.xml"))
    rels = {"": pkg_rels, main: main_rels, **(part_rels or {})}
    return opc_package(parts, rels, compression=compression)


# --------------------------------------------------------------------------------------
# WordprocessingML builders (write it the way Word does)
# --------------------------------------------------------------------------------------

RSIDS = ["00C3D4E5", "00F1A2B3", "004B5C6D", "00E7F809", "0012AB34"]


def _para_id(content: str) -> str:
    return f"{zlib.crc32(content.encode()) & 0x7FFFFFFF:08X}"


def t(text: str, tag: str = "w:t") -> str:
    """A w:t (or w:delText / w:instrText) with xml:space="preserve" when Word would add it."""
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<{tag}{space}>{escape(text)}</{tag}>"


def rpr(*, style: str | None = None, fonts: str | None = None, b: bool | None = None,
        i: bool | None = None, u: bool = False, sup: bool = False, extra: str = "",
        lang: str | None = None) -> str:
    """A w:rPr in schema order (rStyle, rFonts, b, bCs, i, iCs, …, u, vertAlign, lang)."""
    out = []
    if style:
        out.append(f'<w:rStyle w:val="{style}"/>')
    if fonts:
        out.append(f'<w:rFonts w:ascii="{fonts}" w:hAnsi="{fonts}"/>')
    if b is True:
        out.append("<w:b/><w:bCs/>")
    elif b is False:
        out.append('<w:b w:val="0"/><w:bCs w:val="0"/>')
    if i is True:
        out.append("<w:i/><w:iCs/>")
    out.append(extra)
    if u:
        out.append('<w:u w:val="single"/>')
    if sup:
        out.append('<w:vertAlign w:val="superscript"/>')
    if lang:
        out.append(f'<w:lang w:val="{lang}"/>')
    inner = "".join(out)
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def r(text: str | None = None, *, content: str = "", rsid: str | None = None, **fmt) -> str:
    """A run (w:r): rPr from `fmt`, then w:t for `text` or the raw `content`."""
    attr = f' w:rsidRPr="{rsid}"' if rsid else ""
    body = t(text) if text is not None else content
    return f"<w:r{attr}>{rpr(**fmt)}{body}</w:r>"


def p(*runs: str, style: str | None = None, num: int | None = None, ilvl: int | None = None,
      outline: int | None = None, ppr: str = "", mark_rpr: str = "", ppr_change: str = "",
      rsid: str = RSIDS[0], w14: bool = True) -> str:
    """A paragraph (w:p) with Word's rsid/paraId attributes and a pPr in schema order."""
    parts = []
    if style:
        parts.append(f'<w:pStyle w:val="{style}"/>')
    if num is not None:
        lvl = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        parts.append(f'<w:numPr>{lvl}<w:numId w:val="{num}"/></w:numPr>')
    parts.append(ppr)
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    if mark_rpr:
        parts.append(f"<w:rPr>{mark_rpr}</w:rPr>")
    parts.append(ppr_change)
    ppr_xml = "".join(parts)
    content = (f"<w:pPr>{ppr_xml}</w:pPr>" if ppr_xml else "") + "".join(runs)
    ids = f'w14:paraId="{_para_id(content)}" w14:textId="77777777" ' if w14 else ""
    return f'<w:p {ids}w:rsidR="{rsid}" w:rsidRDefault="{rsid}" w:rsidP="{rsid}">{content}</w:p>'


SECT_PR_INNER = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
                 'w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
                 '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/>')


def sect_pr(refs: str = "") -> str:
    return f'<w:sectPr w:rsidR="{RSIDS[0]}">{refs}{SECT_PR_INNER}</w:sectPr>'


def document_xml(body: str, *, ns: str | None = None, sect: str | None = None,
                 root_attrs: str = "") -> str:
    return (f"{XML_DECL}<w:document {ns or main_ns()}{root_attrs}><w:body>{body}"
            f"{sect if sect is not None else sect_pr()}</w:body></w:document>")


def pstyle(sid: str, name: str, *, based: str | None = "Normal", outline: int | None = None,
           ppr: str = "", rpr_xml: str = "", nxt: str | None = None, ui: int | None = None) -> str:
    """A paragraph style (w:style w:type="paragraph")."""
    out = [f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/>']
    if based:
        out.append(f'<w:basedOn w:val="{based}"/>')
    if nxt:
        out.append(f'<w:next w:val="{nxt}"/>')
    if ui is not None:
        out.append(f'<w:uiPriority w:val="{ui}"/>')
    out.append("<w:qFormat/>")
    pp = ppr + (f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else "")
    if pp:
        out.append(f"<w:pPr>{pp}</w:pPr>")
    if rpr_xml:
        out.append(f"<w:rPr>{rpr_xml}</w:rPr>")
    out.append("</w:style>")
    return "".join(out)


def cstyle(sid: str, name: str, rpr_xml: str, *, based: str = "DefaultParagraphFont") -> str:
    """A character style (w:style w:type="character")."""
    return (f'<w:style w:type="character" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
            f"<w:rPr>{rpr_xml}</w:rPr></w:style>")


def heading_style(sid: str, level: int, *, with_outline: bool = True) -> str:
    """A built-in heading style as Word writes it (name "heading N")."""
    return pstyle(sid, f"heading {level}", nxt="Normal", ui=9,
                  ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="0"/>',
                  outline=level - 1 if with_outline else None,
                  rpr_xml='<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>')


NOTE_STYLES = (
    pstyle("FootnoteText", "footnote text", ui=99,
           ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
           rpr_xml='<w:sz w:val="20"/><w:szCs w:val="20"/>')
    + cstyle("FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>')
    + pstyle("EndnoteText", "endnote text", ui=99,
             ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
             rpr_xml='<w:sz w:val="20"/><w:szCs w:val="20"/>')
    + cstyle("EndnoteReference", "endnote reference", '<w:vertAlign w:val="superscript"/>')
)
HYPERLINK_STYLE = cstyle("Hyperlink", "Hyperlink", '<w:color w:val="0563C1" w:themeColor="hyperlink"/>'
                         '<w:u w:val="single"/>')
LIST_PARAGRAPH = pstyle("ListParagraph", "List Paragraph", ui=34,
                        ppr='<w:ind w:left="720"/><w:contextualSpacing/>')
TABLE_GRID = ('<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
              '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>'
              '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr>'
              '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
              '</w:tblBorders></w:tblPr></w:style>')


def styles_xml(extra: str = "", *, lang: str = "nl-NL", ns: str | None = None) -> str:
    """styles.xml with docDefaults, latent styles and the default (w:default="1") styles."""
    return (
        f"{XML_DECL}<w:styles {ns or small_ns()}>"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/>'
        f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" '
        'w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">'
        '<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>'
        '<w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>'
        '<w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>'
        '<w:lsdException w:name="heading 3" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>'
        "</w:latentStyles>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>"
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>'
        '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        f"{extra}</w:styles>"
    )


def settings_xml(*, footnotes: bool = False, endnotes: bool = False, attached_template: str = "",
                 ns: str | None = None) -> str:
    notes = ""
    if footnotes:
        notes += '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    if endnotes:
        notes += '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
    rsids = "".join(f'<w:rsid w:val="{x}"/>' for x in RSIDS)
    return (
        f"{XML_DECL}<w:settings {ns or small_ns()}>"
        '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
        f"{attached_template}"
        '<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        f"{notes}"
        '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        f'<w:rsids><w:rsidRoot w:val="{RSIDS[0]}"/>{rsids}</w:rsids>'
        '<w:themeFontLang w:val="nl-NL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>'
        "</w:settings>"
    )


# --- numbering -------------------------------------------------------------------------

IND = [(720 * (k + 1) - 360 if k else 360, 360) for k in range(9)]


def lvl(ilvl: int, fmt: str, text: str, *, start: int = 1, font: str | None = None,
        pstyle_link: str | None = None) -> str:
    """One numbering level (w:lvl) as Word writes it."""
    left = 360 * (ilvl + 1) if fmt != "bullet" else 720 * (ilvl + 1)
    fonts = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>'
             if font else "")
    link = f'<w:pStyle w:val="{pstyle_link}"/>' if pstyle_link else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{link}'
            f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="360"/></w:pPr>{fonts}</w:lvl>')


def abstract_num(aid: int, levels: list[str], *, kind: str = "hybridMultilevel") -> str:
    nsid = f"{0x1A2B3C00 + aid:08X}"
    return (f'<w:abstractNum w:abstractNumId="{aid}" w15:restartNumberingAfterBreak="0">'
            f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="{kind}"/>'
            f'<w:tmpl w:val="0413000F"/>{"".join(levels)}</w:abstractNum>')


def num(num_id: int, abstract: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>'


def numbering_xml(abstracts: list[str], nums: list[str], ns: str | None = None) -> str:
    return f"{XML_DECL}<w:numbering {ns or small_ns()}>{''.join(abstracts)}{''.join(nums)}</w:numbering>"


def decimal_levels(start: int = 1) -> list[str]:
    return [lvl(k, "decimal", f"%{k + 1}.", start=start if k == 0 else 1) for k in range(9)]


# --- tables ----------------------------------------------------------------------------


def tc(*paras: str, width: int = 3020, span: int | None = None, vmerge: str | None = None) -> str:
    """A table cell (w:tc); `vmerge` is "restart" or "continue"."""
    pr = f'<w:tcW w:w="{width * (span or 1)}" w:type="dxa"/>'
    if span:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{''.join(paras) or p(w14=False)}</w:tc>"


def tr(*cells: str, header: bool = False, trpr: str = "") -> str:
    pr = ("<w:tblHeader/>" if header else "") + trpr
    pr_xml = f"<w:trPr>{pr}</w:trPr>" if pr else ""
    return f'<w:tr w:rsidR="{RSIDS[1]}" w:rsidTr="{RSIDS[1]}">{pr_xml}{"".join(cells)}</w:tr>'


def tbl(*rows: str, cols: int = 3, width: int = 3020) -> str:
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols))
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


# --- drawing / text boxes --------------------------------------------------------------


def textbox_run(paras: str, *, shape_id: int = 1, name: str = "Tekstvak 1") -> str:
    """A run with mc:AlternateContent: a DrawingML text box (Choice Requires="wps") and the
    VML fallback (w:pict/v:textbox), both holding the same w:txbxContent paragraphs."""
    anchor_id = f"{0x2C000000 + shape_id:08X}"
    choice = (
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1" wp14:anchorId="{anchor_id}" wp14:editId="{anchor_id}">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2360930" cy="1404620"/><wp:effectExtent l="0" t="0" r="22860" b="11430"/>'
        f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:miter lim="800000"/>'
        '<a:headEnd/><a:tailEnd/></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData>'
        '</a:graphic><wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>40000</wp14:pctWidth>'
        '</wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>20000</wp14:pctHeight>'
        "</wp14:sizeRelV></wp:anchor></w:drawing>"
    )
    fallback = (
        '<w:pict><v:shapetype w14:anchorId="' + anchor_id + '" id="_x0000_t202" coordsize="21600,21600" '
        'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:252pt;margin-top:0;width:185.9pt;height:110.6pt;'
        'z-index:251659264;mso-wrap-style:square"><v:textbox style="mso-fit-shape-to-text:t">'
        f'<w:txbxContent>{paras}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict>'
    )
    return (f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">'
            f"{choice}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>")


def picture_run(*, shape_id: int, name: str, blip_attr: str) -> str:
    """An inline picture (w:drawing/wp:inline/pic:pic) whose a:blip carries `blip_attr`."""
    return (
        '<w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="952500" cy="952500"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr>'
        '<a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/>'
        '</wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        f'<pic:nvPicPr><pic:cNvPr id="{shape_id}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip {blip_attr}/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>'
        "</a:graphic></wp:inline></w:drawing></w:r>"
    )


# --- notes, comments, headers ----------------------------------------------------------


def notes_xml(kind: str, notes: dict[int, str], *, ns: str | None = None) -> str:
    """footnotes.xml / endnotes.xml: separator (-1), continuationSeparator (0), then `notes`
    ({id: paragraph content after the w:footnoteRef mark})."""
    tag = kind  # "footnote" or "endnote"
    cap = tag.capitalize()
    sep = p(r(content="<w:separator/>"), ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')
    cont = p(r(content="<w:continuationSeparator/>"),
             ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')
    out = [f"{XML_DECL}<w:{tag}s {ns or main_ns()}>",
           f'<w:{tag} w:type="separator" w:id="-1">{sep}</w:{tag}>',
           f'<w:{tag} w:type="continuationSeparator" w:id="0">{cont}</w:{tag}>']
    for nid, content in notes.items():
        mark = r(content=f"<w:{tag}Ref/>", style=f"{cap}Reference")
        out.append(f'<w:{tag} w:id="{nid}">{p(mark, content, style=f"{cap}Text")}</w:{tag}>')
    out.append(f"</w:{tag}s>")
    return "".join(out)


def note_ref(kind: str, nid: int) -> str:
    """The run Word writes for a footnote/endnote reference mark."""
    cap = kind.capitalize()
    return r(content=f'<w:{kind}Reference w:id="{nid}"/>', style=f"{cap}Reference", sup=True)


# --------------------------------------------------------------------------------------
# Expectations
# --------------------------------------------------------------------------------------


def para(text: str, *, heading: int | None = None, list_: dict | None = None, **extra) -> dict:
    """Expected paragraph block. `heading`/`list` are always stated (null = not one)."""
    d = {"kind": "paragraph", "text": text, "heading": heading, "list": list_}
    d.update(extra)
    return d


def li(marker: str, level: int, num_id: int, *, bullet: bool = False) -> dict:
    return {"marker": marker, "level": level, "numId": num_id, "bullet": bullet}


def cell(*blocks: dict, col_span: int = 1, row_span: int = 1) -> dict:
    d: dict = {"blocks": list(blocks)}
    if col_span != 1:
        d["colSpan"] = col_span
    if row_span != 1:
        d["rowSpan"] = row_span
    return d


def table(*rows: list[dict], header_rows: int = 0) -> dict:
    return {"kind": "table", "headerRows": header_rows, "rows": [{"cells": row} for row in rows]}


def textbox(*blocks: dict) -> dict:
    return {"kind": "textBox", "blocks": list(blocks)}


@dataclass
class Fixture:
    name: str
    folder: str  # "docx" or "hostile"
    func: Callable[[], tuple[bytes, dict]]
    doc: str

    @property
    def path(self) -> str:
        return os.path.join(HERE, self.folder, self.name + ".docx")


FIXTURES: list[Fixture] = []


def valid(func):
    FIXTURES.append(Fixture(func.__name__, "docx", func, (func.__doc__ or "").strip()))
    return func


def hostile(name: str):
    def register(func):
        FIXTURES.append(Fixture(name, "hostile", func, (func.__doc__ or "").strip()))
        return func
    return register


# ======================================================================================
# Valid fixtures
# ======================================================================================


def _runs_split_mid_word_parts() -> str:
    return p(
        '<w:proofErr w:type="spellStart"/>',
        r("Hel", b=True, rsid=RSIDS[1]),
        '<w:bookmarkStart w:id="0" w:name="midden"/>',
        r("lo wor", i=True, rsid=RSIDS[2]),
        '<w:bookmarkEnd w:id="0"/>',
        r("ld", b=False, u=True, rsid=RSIDS[3], lang="en-GB"),
        '<w:proofErr w:type="spellEnd"/>',
        r(" "),
        r("E=mc", rsid=RSIDS[1]),
        r("2", sup=True, rsid=RSIDS[1]),
        r(" en verder."),
    )


_RUNS_EXPECT = {
    "blocks": [para(
        "Hello world E=mc2 en verder.",
        runs=[
            {"text": "Hel", "bold": True},
            {"text": "lo wor", "italic": True},
            {"text": "ld", "underline": True},
            {"text": " E=mc"},
            {"text": "2", "superscript": True},
            {"text": " en verder."},
        ],
    )],
    "notes": [
        "Runs are listed after merging adjacent runs with equal formatting; flags not "
        "listed are false. The third run has an explicit <w:b w:val=\"0\"/> (not bold).",
        "The run between \"world\" and \"E=mc\" is whitespace-only "
        "(<w:t xml:space=\"preserve\"> </w:t>); dropping it gives \"worldE=mc2\" (wrong).",
        "w:proofErr and w:bookmarkStart/End sit between the pieces of \"Hello\" and add no text.",
    ],
}


@valid
def runs_split_mid_word():
    """One paragraph whose words are split over runs mid-word ("Hel"+"lo wor"+"ld"), with
    bold, italic, underline (and explicit not-bold) and superscript runs, rsid attributes,
    proofErr/bookmark markers between the pieces, and a whitespace-only run between two words."""
    return word_docx(_runs_split_mid_word_parts()), _RUNS_EXPECT


@valid
def stored_entries():
    """Same content as runs_split_mid_word, but every zip entry is ZIP_STORED (method 0,
    no compression): readers must not assume deflate."""
    return word_docx(_runs_split_mid_word_parts(), compression=zipfile.ZIP_STORED), _RUNS_EXPECT


@valid
def styles_basedon_heading():
    """Heading levels from styles: localized style ids (Kop1/Kop2 named "heading 1/2"), a
    custom style inheriting its level through basedOn, an outlineLvl in a style and directly
    in a paragraph, a character style and a paragraph style that make text bold, and a
    basedOn cycle (CyclusA ↔ CyclusB) that must not hang the reader."""
    styles = styles_xml(
        heading_style("Kop1", 1)
        + heading_style("Kop2", 2, with_outline=False)
        + pstyle("RapportKop", "Rapport kop", based="Kop2", rpr_xml='<w:color w:val="1F3864"/>')
        + pstyle("Opsomming", "Opsomming", outline=2)
        + cstyle("Nadruk", "Nadruk", "<w:b/><w:bCs/>")
        + pstyle("Vet", "Vet", rpr_xml="<w:b/><w:bCs/>")
        + pstyle("CyclusA", "Cyclus A", based="CyclusB")
        + pstyle("CyclusB", "Cyclus B", based="CyclusA")
    )
    body = "".join([
        p(r("Hoofdstuk een"), style="Kop1"),
        p(r("Gewone alinea.")),
        p(r("Paragraaf een"), style="Kop2"),
        p(r("Rapportkop erft niveau twee"), style="RapportKop"),
        p(r("Opsomming op niveau drie"), style="Opsomming"),
        p(r("Dit is "), r("belangrijk", style="Nadruk"), r(" nieuws.")),
        p(r("Vetgedrukte stijl"), style="Vet"),
        p(r("Direct overzichtsniveau"), outline=0),
        p(r("Cyclische stijl"), style="CyclusA"),
        p(r("Slot.")),
    ])
    expect = {
        "blocks": [
            para("Hoofdstuk een", heading=1, style={"id": "Kop1", "name": "heading 1"}),
            para("Gewone alinea.", style={"id": "Normal", "name": "Normal"}),
            para("Paragraaf een", heading=2, style={"id": "Kop2", "name": "heading 2"}),
            para("Rapportkop erft niveau twee", heading=2, style={"id": "RapportKop", "name": "Rapport kop"}),
            para("Opsomming op niveau drie", heading=3, style={"id": "Opsomming", "name": "Opsomming"}),
            para("Dit is belangrijk nieuws.",
                 runs=[{"text": "Dit is "}, {"text": "belangrijk", "bold": True}, {"text": " nieuws."}]),
            para("Vetgedrukte stijl", style={"id": "Vet", "name": "Vet"},
                 runs=[{"text": "Vetgedrukte stijl", "bold": True}]),
            para("Direct overzichtsniveau", heading=1),
            para("Cyclische stijl", style={"id": "CyclusA", "name": "Cyclus A"}),
            para("Slot."),
        ],
        "notes": [
            "Heading level = effective w:outlineLvl + 1 (direct pPr first, then the style and its "
            "basedOn chain); if none, a style in the chain named \"heading N\" (w:name, "
            "case-insensitive — never the localized styleId) gives level N. outlineLvl 9 = body text.",
            "Kop1 carries outlineLvl 0 (as Word writes it); Kop2 deliberately has none, so its level "
            "comes from its name; RapportKop has neither and inherits level 2 from Kop2.",
            "A paragraph without w:pStyle uses the default paragraph style (w:default=\"1\", id Normal).",
            "CyclusA/CyclusB: the reader must terminate; a diagnostic (e.g. style-cycle) is allowed.",
        ],
    }
    return word_docx(body, styles=styles), expect


@valid
def numbering_multilevel_decimal():
    """A nine-level list (decimal "%1.", "%1.%2.", lowerLetter "%3)", lowerRoman "(%4)",
    upperLetter "%5.", upperRoman "%6.") used at several levels: lower levels restart when a
    higher level advances, and an unnumbered paragraph in between does not break the count."""
    levels = [
        lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2."), lvl(2, "lowerLetter", "%3)"),
        lvl(3, "lowerRoman", "(%4)"), lvl(4, "upperLetter", "%5."), lvl(5, "upperRoman", "%6."),
        lvl(6, "decimal", "%7."), lvl(7, "lowerLetter", "%8."), lvl(8, "lowerRoman", "%9."),
    ]
    numbering = numbering_xml([abstract_num(0, levels, kind="multilevel")], [num(1, 0)])
    items = [
        ("Eerste", 0, "1."), ("Eerste punt een", 1, "1.1."), ("Eerste punt twee", 1, "1.2."),
        ("Letter a", 2, "a)"), ("Letter b", 2, "b)"), ("Tweede", 0, "2."),
        ("Tweede punt een", 1, "2.1."), ("Letter opnieuw a", 2, "a)"), ("Romeins", 3, "(i)"),
        ("Hoofdletter", 4, "A."), ("Groot romeins", 5, "I."), (None, None, None),
        ("Derde", 0, "3."), ("Derde punt een", 1, "3.1."),
    ]
    body, blocks = [], []
    for text, level, marker in items:
        if text is None:
            body.append(p(r("Tussenalinea zonder nummer")))
            blocks.append(para("Tussenalinea zonder nummer"))
            continue
        body.append(p(r(text), style="ListParagraph", num=1, ilvl=level))
        blocks.append(para(text, list_=li(marker, level, 1)))
    return (word_docx("".join(body), styles=styles_xml(LIST_PARAGRAPH), numbering=numbering),
            {"blocks": blocks, "notes": ["Markers are not part of the paragraph text."]})


BULLETS = [
    # (text, font or None, lvlText, expected glyph)
    ("Symbol-bolletje", "Symbol", "\uf0b7", "•"),
    ("Courier-o", "Courier New", "o", "o"),
    ("Wingdings-vierkantje", "Wingdings", "\uf0a7", "▪"),
    ("Wingdings-pijl", "Wingdings", "\uf0d8", "➢"),
    ("Wingdings-vinkje", "Wingdings", "\uf0fc", "✓"),
    ("Gewoon bolletje", None, "•", "•"),
    ("Gedachtestreepje", None, "–", "–"),
]


@valid
def numbering_bullet_glyphs():
    """Bullet lvlText in symbol fonts (private-use code points U+F0xx in Symbol/Wingdings,
    Courier New "o") and plain Unicode bullets: the reader must map them to real glyphs."""
    std = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")]

    def bullet_abstract(aid: int, first: tuple[str, str | None]) -> str:
        seq = [first] + std[1:] if aid else std
        levels = [lvl(k, "bullet", seq[k % 3][0], font=seq[k % 3][1]) for k in range(9)]
        return abstract_num(aid, levels)

    abstracts = [bullet_abstract(0, std[0])]
    nums = [num(1, 0)]
    body = [p(r(BULLETS[k][0]), style="ListParagraph", num=1, ilvl=k) for k in range(3)]
    blocks = [para(BULLETS[k][0], list_=li(BULLETS[k][3], k, 1, bullet=True)) for k in range(3)]
    for n, (text, font, char, glyph) in enumerate(BULLETS[3:], start=2):
        abstracts.append(bullet_abstract(n - 1, (char, font)))
        nums.append(num(n, n - 1))
        body.append(p(r(text), style="ListParagraph", num=n, ilvl=0))
        blocks.append(para(text, list_=li(glyph, 0, n, bullet=True)))
    notes = ["pandoc 3.9 maps Wingdings F0FC to ✔ (U+2714 HEAVY CHECK MARK); this project expects "
             "✓ (U+2713) as specified. Whichever table is used, keep the same one for w:sym "
             "(see text_specials).", "Glyph table: " + "; ".join(
        f"{font or 'no font'} U+{ord(char):04X} → {glyph} (U+{ord(glyph):04X})"
        for _, font, char, glyph in BULLETS)]
    return (word_docx("".join(body), styles=styles_xml(LIST_PARAGRAPH),
                      numbering=numbering_xml(abstracts, nums)),
            {"blocks": blocks, "notes": notes})


@valid
def numbering_from_style():
    """List membership through the paragraph style: ListBullet (pPr numPr numId 1, ilvl 0)
    and ListNumber (numPr with numId only, as Word writes it) number paragraphs that have no
    direct numPr; a style basedOn ListNumber inherits it; a direct numId 0 switches it off."""
    styles = styles_xml(
        pstyle("ListBullet", "List Bullet", ui=99,
               ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:contextualSpacing/>')
        + pstyle("ListNumber", "List Number", ui=99,
                 ppr='<w:numPr><w:numId w:val="2"/></w:numPr><w:contextualSpacing/>')
        + pstyle("EigenLijst", "Eigen lijst", based="ListNumber", rpr_xml="<w:i/><w:iCs/>")
    )
    bullet_levels = [lvl(0, "bullet", "\uf0b7", font="Symbol", pstyle_link="ListBullet")] + [
        lvl(k, "bullet", "o", font="Courier New") for k in range(1, 9)]
    number_levels = [lvl(0, "decimal", "%1.", pstyle_link="ListNumber")] + decimal_levels()[1:]
    numbering = numbering_xml(
        [abstract_num(0, bullet_levels),
         abstract_num(1, number_levels)],
        [num(1, 0), num(2, 1)])
    body = "".join([
        p(r("Inleiding")),
        p(r("Appel"), style="ListBullet"),
        p(r("Peer"), style="ListBullet"),
        p(r("Tussentekst")),
        p(r("Stap een"), style="ListNumber"),
        p(r("Stap twee"), style="ListNumber"),
        p(r("Stap drie"), style="ListNumber"),
        p(r("Stap vier"), style="EigenLijst"),
        p(r("Geen opsomming"), style="ListBullet", num=0),
    ])
    blocks = [
        para("Inleiding"),
        para("Appel", list_=li("•", 0, 1, bullet=True)),
        para("Peer", list_=li("•", 0, 1, bullet=True)),
        para("Tussentekst"),
        para("Stap een", list_=li("1.", 0, 2)),
        para("Stap twee", list_=li("2.", 0, 2)),
        para("Stap drie", list_=li("3.", 0, 2)),
        para("Stap vier", list_=li("4.", 0, 2)),
        para("Geen opsomming"),
    ]
    notes = ["ListNumber's numPr has no w:ilvl: the level defaults to 0.",
             "\"Geen opsomming\" has style ListBullet but a direct <w:numPr><w:numId w:val=\"0\"/>"
             "</w:numPr>: numId 0 removes the numbering, so it is not a list item."]
    return word_docx(body, styles=styles, numbering=numbering), {"blocks": blocks, "notes": notes}


@valid
def numbering_overrides():
    """w:num instances over the same abstractNum with a startOverride (5) and with a full
    w:lvl override (upperRoman), and an abstractNum whose level starts at 3."""
    numbering = numbering_xml(
        [abstract_num(0, decimal_levels(), kind="hybridMultilevel"),
         abstract_num(1, decimal_levels(start=3), kind="hybridMultilevel")],
        [
            num(1, 0),
            num(2, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'),
            num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                      + lvl(0, "upperRoman", "%1.") + "</w:lvlOverride>"),
            num(4, 1),
        ])
    items = [("Een", 1, "1."), ("Twee", 1, "2."), ("Vijf", 2, "5."), ("Zes", 2, "6."),
             ("Romeins een", 3, "I."), ("Romeins twee", 3, "II."), ("Drie", 4, "3."), ("Vier", 4, "4.")]
    body = "".join(p(r(text), style="ListParagraph", num=n, ilvl=0) for text, n, _ in items)
    blocks = [para(text, list_=li(marker, 0, n)) for text, n, marker in items]
    notes = ["num 1 and num 2 share abstractNum 0; num 2 restarts at 5 because of its "
             "startOverride. num 3 replaces level 0 by an upperRoman w:lvl and restarts at 1 "
             "(its lvlOverride holds both startOverride and lvl, so the result does not depend "
             "on whether counters are kept per num or per abstractNum)."]
    return (word_docx(body, styles=styles_xml(LIST_PARAGRAPH), numbering=numbering),
            {"blocks": blocks, "notes": notes})


@valid
def text_specials():
    """Run content other than w:t: tab, line break, carriage return, page break,
    lastRenderedPageBreak, w:sym in Wingdings/Symbol, soft hyphen, no-break hyphen, and a
    no-break space inside w:t."""
    body = p(
        r(content=t("Kolom1") + "<w:tab/>" + t("Kolom2")),
        r(content="<w:br/>"),
        r("Regel twee"),
        r(content="<w:cr/>"),
        r("Regel drie "),
        r(content='<w:br w:type="page"/>'),
        r(content="<w:lastRenderedPageBreak/>" + t("na pagina ")),
        r(content='<w:sym w:font="Wingdings" w:char="F0FC"/>'),
        r(" en "),
        r(content='<w:sym w:font="Symbol" w:char="F0B7"/>'),
        r(content=t(" zacht") + "<w:softHyphen/>" + t("afbreken")),
        r(content=t(" niet") + "<w:noBreakHyphen/>" + t("afbreken")),
        r(" vaste\u00a0spatie"),
    )
    text = "Kolom1\tKolom2\nRegel twee\nRegel drie na pagina ✓ en • zachtafbreken niet-afbreken vaste spatie"
    expect = {
        "blocks": [para(text, normalizedText=" ".join(text.split()))],
        "notes": [
            "w:tab → \"\\t\"; w:br (no type) and w:cr → \"\\n\"; w:br w:type=\"page\" and "
            "w:lastRenderedPageBreak → nothing (the paragraph is not split);",
            "w:sym Wingdings F0FC → ✓ (U+2713); w:sym Symbol F0B7 → • (U+2022); w:softHyphen → "
            "nothing; w:noBreakHyphen → \"-\" (U+002D); U+00A0 in w:t → \" \" (U+0020).",
        ],
    }
    return word_docx(body), expect


@valid
def hyperlinks():
    """Hyperlinks in all forms Word writes: w:hyperlink with r:id (external relationship),
    w:hyperlink w:anchor (internal bookmark), w:fldSimple HYPERLINK, a complex field
    (fldChar begin/instrText split over runs/separate/result/end) with a \\o switch, a PAGE
    field whose result stays and whose instruction never shows, and a HYPERLINK field whose
    result contains a nested PAGE field."""
    hl_style = {"style": "Hyperlink"}

    def fld(kind: str) -> str:
        return r(content=f'<w:fldChar w:fldCharType="{kind}"/>')

    def instr(text: str) -> str:
        return r(content=t(text, "w:instrText"))

    body = "".join([
        p(r("Zie "), f'<w:hyperlink r:id="rId20" w:history="1">{r("link a", **hl_style)}</w:hyperlink>',
          r(" voor meer.")),
        p(r("Naar "), f'<w:hyperlink w:anchor="_Toc1" w:history="1">{r("hoofdstuk 1", **hl_style)}</w:hyperlink>'),
        p(r("Via veld "), '<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org/b&quot; ">'
          + r("link b", **hl_style) + "</w:fldSimple>"),
        p(r("Complex "), fld("begin"), instr(' HYPERLINK "https://exam'), instr('ple.org/c" \\o "tip" '),
          fld("separate"), r("link ", **hl_style), r("c", **hl_style), fld("end"), r(".")),
        p(r("Pagina "), fld("begin"), instr(" PAGE   \\* MERGEFORMAT "), fld("separate"), r("3"),
          fld("end")),
        p(r("Genest "), fld("begin"), instr(' HYPERLINK "https://example.org/d" '), fld("separate"),
          r("zie pagina ", **hl_style), fld("begin"), instr(" PAGE "), fld("separate"), r("7", **hl_style),
          fld("end"), fld("end")),
        p('<w:bookmarkStart w:id="1" w:name="_Toc1"/>', r("Doel"), '<w:bookmarkEnd w:id="1"/>'),
    ])
    doc_rels = [Rel("rId20", "hyperlink", "https://example.org/a", external=True)]
    expect = {
        "blocks": [
            para("Zie link a voor meer.", hyperlinks=[{"text": "link a", "url": "https://example.org/a"}]),
            para("Naar hoofdstuk 1", hyperlinks=[{"text": "hoofdstuk 1", "anchor": "_Toc1"}]),
            para("Via veld link b", hyperlinks=[{"text": "link b", "url": "https://example.org/b"}]),
            para("Complex link c.", hyperlinks=[{"text": "link c", "url": "https://example.org/c"}]),
            para("Pagina 3"),
            para("Genest zie pagina 7",
                 hyperlinks=[{"text": "zie pagina 7", "url": "https://example.org/d"}]),
            para("Doel"),
        ],
        "absent": ["HYPERLINK", "PAGE", "MERGEFORMAT", "tip", "\\o"],
        "notes": ["Field results are text; field instructions (w:instrText, w:fldSimple/@w:instr) never are.",
                  "The \\o \"tip\" switch is a tooltip, not a target: the url of link c is exactly "
                  "https://example.org/c."],
    }
    return word_docx(body, styles=styles_xml(HYPERLINK_STYLE), doc_rels=doc_rels), expect


@valid
def tracked_changes():
    """Revisions read as if all were accepted: w:ins kept, w:del/w:delText dropped,
    w:moveFrom dropped, w:moveTo kept, w:pPrChange/w:rPrChange (old properties) ignored, a
    deleted paragraph mark merges two paragraphs, and a deleted table row (trPr/w:del) is dropped."""
    a = 'w:author="Redacteur" w:date="2024-07-05T10:00:00Z"'
    styles = styles_xml(heading_style("Kop1", 1) + heading_style("Kop2", 2) + TABLE_GRID)
    body = "".join([
        p(r("Dit is "), f'<w:ins w:id="1" {a}>{r("nieuwe ")}</w:ins>',
          f'<w:del w:id="2" {a}>{r(content=t("oude ", "w:delText"))}</w:del>', r("tekst.")),
        p(r("Begin "), f'<w:moveFromRangeStart w:id="3" {a} w:name="move1"/>',
          f'<w:moveFrom w:id="4" {a}>{r("verplaatste zin ")}</w:moveFrom>',
          '<w:moveFromRangeEnd w:id="3"/>', r("midden.")),
        p(r("Einde "), f'<w:moveToRangeStart w:id="5" {a} w:name="move1"/>',
          f'<w:moveTo w:id="6" {a}>{r("verplaatste zin")}</w:moveTo>',
          '<w:moveToRangeEnd w:id="5"/>', r(".")),
        p(r("Gewijzigde stijl"), style="Kop2",
          ppr_change=f'<w:pPrChange w:id="7" {a}><w:pPr><w:pStyle w:val="Kop1"/></w:pPr></w:pPrChange>'),
        p(r("Opmaak gewijzigd", i=True,
            extra=f'<w:rPrChange w:id="8" {a}><w:rPr><w:b/><w:bCs/></w:rPr></w:rPrChange>')),
        p(r("Eerste helft "), mark_rpr=f'<w:del w:id="9" {a}/>'),
        p(r("tweede helft.")),
        tbl(
            tr(tc(p(r("Kolom A"))), tc(p(r("Kolom B"))), header=True),
            tr(tc(p(r("blijft"))), tc(p(r("ja")))),
            tr(tc(p(r("weg"))), tc(p(r("nee"))), trpr=f'<w:del w:id="10" {a}/>'),
            cols=2),
        p(r("Na de tabel.")),
    ])
    # the rPrChange must sit at the end of rPr; rpr() puts `extra` before u/vertAlign, fine here.
    expect = {
        "blocks": [
            para("Dit is nieuwe tekst."),
            para("Begin midden."),
            para("Einde verplaatste zin."),
            para("Gewijzigde stijl", heading=2, style={"id": "Kop2", "name": "heading 2"}),
            para("Opmaak gewijzigd", runs=[{"text": "Opmaak gewijzigd", "italic": True}]),
            para("Eerste helft tweede helft."),
            table([cell(para("Kolom A")), cell(para("Kolom B"))],
                  [cell(para("blijft")), cell(para("ja"))], header_rows=1),
            para("Na de tabel."),
        ],
        "absent": ["oude", "weg", "nee"],
        "notes": [
            "\"verplaatste zin\" appears once (at the moveTo), never at the moveFrom.",
            "\"Eerste helft \" has a deleted paragraph mark (<w:pPr><w:rPr><w:del/></w:rPr></w:pPr>): "
            "accepting the deletion joins it with the next paragraph, giving ONE block "
            "\"Eerste helft tweede helft.\" (both halves are Normal, so the merged paragraph's "
            "properties are unambiguous). A reader that does not implement the merge yields two "
            "blocks \"Eerste helft \" and \"tweede helft.\" — that is the documented fallback, "
            "not the expected result.",
            "The deleted row's cells hold plain w:t (not w:delText) on purpose: only "
            "w:trPr/w:del marks the row as deleted.",
        ],
    }
    return word_docx(body, styles=styles), expect


@valid
def wrappers():
    """Text inside wrapper elements: block-level and inline w:sdt (sdtPr with alias, tag,
    placeholder, date and dropDownList data that are not text), a cell-level sdt in a table,
    w:smartTag, w:customXml (block and inline), and a run with mc:AlternateContent whose
    Choice (wps) and Fallback (VML) hold the same text box text — it must appear once."""
    def sdt(pr: str, content: str) -> str:
        return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtEndPr/><w:sdtContent>{content}</w:sdtContent></w:sdt>"

    placeholder = '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
    body = "".join([
        sdt('<w:alias w:val="Onderwerp"/><w:tag w:val="onderwerp"/><w:id w:val="-1204311562"/>' + placeholder,
            p(r("Blok sdt alinea een")) + p(r("Blok sdt alinea twee"))),
        p(r("Voor "), sdt('<w:alias w:val="Naam"/><w:tag w:val="naam"/><w:id w:val="1893221311"/>'
                          + placeholder + "<w:text/>", r("Jan")), r(" na.")),
        p(r("Gekozen: "), sdt('<w:alias w:val="Keuzelijst"/><w:id w:val="77"/>' + placeholder
                              + '<w:dropDownList><w:listItem w:displayText="Optie A" w:value="A"/>'
                              '<w:listItem w:displayText="Optie B" w:value="B"/></w:dropDownList>',
                              r("Optie B"))),
        p(r("Datum: "), sdt('<w:alias w:val="Datumveld"/><w:id w:val="78"/>' + placeholder
                            + '<w:date w:fullDate="2024-07-05T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
                            '<w:lid w:val="nl-NL"/><w:storeMappedDataAs w:val="dateTime"/>'
                            '<w:calendar w:val="gregorian"/></w:date>', r("5 juli 2024"))),
        p(r("In "), '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
          '<w:smartTagPr><w:attr w:name="Plaatsnaam" w:val="Amsterdam"/></w:smartTagPr>'
          + r("Amsterdam") + "</w:smartTag>", r(" wonen.")),
        '<w:customXml w:uri="urn:voorbeeld:tk" w:element="sectie"><w:customXmlPr>'
        '<w:attr w:name="soort" w:val="blok"/></w:customXmlPr>' + p(r("Aangepast blok")) + "</w:customXml>",
        p(r("Aangepast "), '<w:customXml w:uri="urn:voorbeeld:tk" w:element="naam">' + r("inline")
          + "</w:customXml>"),
        tbl(tr(tc(p(r("Cel")), width=4530),
               sdt('<w:alias w:val="Celveld"/><w:id w:val="79"/>', tc(p(r("Cel in sdt")), width=4530))),
            cols=2, width=4530),
        p(r("Met kader"), textbox_run(p(r("Kader tekst")), shape_id=1, name="Tekstvak 1")),
        p(r("Einde")),
    ])
    expect = {
        "blocks": [
            para("Blok sdt alinea een"),
            para("Blok sdt alinea twee"),
            para("Voor Jan na."),
            para("Gekozen: Optie B"),
            para("Datum: 5 juli 2024"),
            para("In Amsterdam wonen."),
            para("Aangepast blok"),
            para("Aangepast inline"),
            table([cell(para("Cel")), cell(para("Cel in sdt"))]),
            textbox(para("Kader tekst")),
            para("Met kader"),
            para("Einde"),
        ],
        "absent": ["Onderwerp", "Keuzelijst", "Optie A", "Datumveld", "Celveld", "DefaultPlaceholder",
                   "Plaatsnaam", "urn:", "sectie"],
        "exactlyOnce": ["Kader tekst"],
        "notes": ["Text box placement follows the text_box rule: the text box is its own block, "
                  "emitted immediately before the paragraph that anchors it.",
                  "Read mc:Choice when its Requires prefixes are understood (wps is), else "
                  "mc:Fallback — never both."],
    }
    return word_docx(body, styles=styles_xml(TABLE_GRID)), expect


@valid
def tables():
    """Tables: a 3x3 table with a repeated header row; a second table with a gridSpan=2
    cell, a vertical merge (vMerge restart + continue), a cell with two paragraphs, and a
    nested table inside a cell."""
    t1 = tbl(
        tr(tc(p(r("Kop A"))), tc(p(r("Kop B"))), tc(p(r("Kop C"))), header=True),
        tr(tc(p(r("A1"))), tc(p(r("B1"))), tc(p(r("C1")))),
        tr(tc(p(r("A2"))), tc(p(r("B2"))), tc(p(r("C2")))),
    )
    nested = tbl(tr(tc(p(r("N1")), width=1400), tc(p(r("N2")), width=1400)), cols=2, width=1400)
    t2 = tbl(
        tr(tc(p(r("Breed")), span=2), tc(p(r("C1")))),
        tr(tc(p(r("A2"))), tc(p(r("B2-3")), vmerge="restart"), tc(p(r("C2")))),
        tr(tc(p(r("A3"))), tc(vmerge="continue"), tc(p(r("C3 een")), p(r("C3 twee"))), ),
        tr(tc(p(r("A4"))), tc(p(r("Voor genest")), nested, p(w14=False)), tc(p(r("C4")))),
    )
    body = p(r("Voor tabellen")) + t1 + p(r("Tussen")) + t2 + p(r("Na tabellen"))
    expect = {
        "blocks": [
            para("Voor tabellen"),
            table([cell(para("Kop A")), cell(para("Kop B")), cell(para("Kop C"))],
                  [cell(para("A1")), cell(para("B1")), cell(para("C1"))],
                  [cell(para("A2")), cell(para("B2")), cell(para("C2"))], header_rows=1),
            para("Tussen"),
            table([cell(para("Breed"), col_span=2), cell(para("C1"))],
                  [cell(para("A2")), cell(para("B2-3"), row_span=2), cell(para("C2"))],
                  [cell(para("A3")), cell(para("C3 een"), para("C3 twee"))],
                  [cell(para("A4")),
                   cell(para("Voor genest"),
                        table([cell(para("N1")), cell(para("N2"))]),
                        para("")),
                   cell(para("C4"))]),
            para("Na tabellen"),
        ],
        "notes": [
            "Cells are listed HTML-style: a gridSpan cell has colSpan 2; a vMerge=\"restart\" cell "
            "has rowSpan = 1 + number of following vMerge continue cells in its column; the "
            "continue cells themselves are not listed (a reader may keep them as explicit "
            "merge-continuation cells instead, but they carry no text).",
            "Table 2, row 3: grid column 1 is covered by \"B2-3\"; \"C3 een\"/\"C3 twee\" are two "
            "paragraphs in one cell.",
            "The nested table's cell ends with the empty paragraph Word requires after a nested table.",
            "headerRows counts leading rows with w:trPr/w:tblHeader; w:tblLook w:firstRow=\"1\" "
            "(on every table, as Word writes it) is conditional formatting, not a header row.",
        ],
    }
    return word_docx(body, styles=styles_xml(TABLE_GRID)), expect


@valid
def text_box():
    """A DrawingML text box (wp:anchor → wps:txbx → w:txbxContent, in mc:Choice, with a VML
    v:textbox fallback holding the same paragraphs) anchored in a paragraph that also has the
    text "Na": the text box text appears exactly once, as its own block."""
    box = p(r("Datum "), r("5 juli 2024")) + p(r("Ons kenmerk "), r("123"))
    body = (p(r("Voor")) + p(textbox_run(box, shape_id=1, name="Tekstvak 1"), r("Na"))
            + p(r("Einde")))
    expect = {
        "blocks": [
            para("Voor"),
            textbox(para("Datum 5 juli 2024"), para("Ons kenmerk 123")),
            para("Na"),
            para("Einde"),
        ],
        "exactlyOnce": ["Datum 5 juli 2024", "Ons kenmerk 123"],
        "notes": ["Rule: a text box is its own block, emitted immediately BEFORE the paragraph "
                  "that anchors it (a streaming parser completes the inner paragraphs before the "
                  "host paragraph ends). The host paragraph's text is only \"Na\"."],
    }
    return word_docx(body), expect


@valid
def footnotes_endnotes():
    """Footnotes and endnotes: separator/continuationSeparator notes (ids -1 and 0) that are
    not notes, footnotes 1 and 2 (2 holds a w:hyperlink resolved through
    word/_rels/footnotes.xml.rels), endnote 1, and reference marks in the body."""
    hl = '<w:hyperlink r:id="rId1" w:history="1">' + r("Werken en wonen in Nederland | Work in NL",
                                                         style="Hyperlink") + "</w:hyperlink>"
    footnotes = notes_xml("footnote", {1: r(" Zie artikel 3 van de wet."), 2: r(" ") + hl})
    endnotes = notes_xml("endnote", {1: r(" Eindnoot tekst.")})
    body = (p(r("Werken in Nederland"), note_ref("footnote", 1), r(" is populair"),
              note_ref("footnote", 2), r("."))
            + p(r("Zie ook de eindnoot"), note_ref("endnote", 1), r(".")))
    part_rels = {"word/footnotes.xml": [Rel("rId1", "hyperlink", "https://www.workinnl.nl", external=True)]}
    expect = {
        "blocks": [
            para("Werken in Nederland is populair.", footnoteRefs=["1", "2"]),
            para("Zie ook de eindnoot.", endnoteRefs=["1"]),
        ],
        "footnotes": [
            {"id": "1", "text": "Zie artikel 3 van de wet.", "urls": []},
            {"id": "2", "text": "Werken en wonen in Nederland | Work in NL",
             "urls": ["https://www.workinnl.nl"]},
        ],
        "endnotes": [{"id": "1", "text": "Eindnoot tekst.", "urls": []}],
        "notes": ["Reference marks add no text; the anchors sit after \"Nederland\" (offset 19) and "
                  "\"populair\" (offset 31) in the paragraph text.",
                  "Note texts are compared trimmed: Word writes a space after the w:footnoteRef mark.",
                  "The separator (-1) and continuationSeparator (0) notes are not notes."],
    }
    return (word_docx(body, styles=styles_xml(NOTE_STYLES + HYPERLINK_STYLE), footnotes=footnotes,
                      endnotes=endnotes, part_rels=part_rels), expect)


@valid
def comments_headers_footers():
    """A comment (range, reference run, comments.xml) and a default header and footer
    referenced from sectPr: their text never appears in the body."""
    comments = (f"{XML_DECL}<w:comments {main_ns()}>"
                '<w:comment w:id="0" w:author="Recensent" w:date="2024-07-05T10:00:00Z" w:initials="R">'
                + p(r(content="<w:annotationRef/>", style="CommentReference"), r("REVIEW COMMENT"),
                    style="CommentText")
                + "</w:comment></w:comments>")
    header = f'{XML_DECL}<w:hdr {main_ns()}>{p(r("HEADER TEXT"), style="Header")}</w:hdr>'
    footer = f'{XML_DECL}<w:ftr {main_ns()}>{p(r("FOOTER TEXT"), style="Footer")}</w:ftr>'
    body = (p(r("Tekst met "), '<w:commentRangeStart w:id="0"/>', r("commentaar"),
              '<w:commentRangeEnd w:id="0"/>',
              r(content='<w:commentReference w:id="0"/>', style="CommentReference"), r(" erbij."))
            + p(r("Tweede alinea.")))
    refs = ('<w:headerReference w:type="default" r:id="rId20"/>'
            '<w:footerReference w:type="default" r:id="rId21"/>')
    styles = styles_xml(
        pstyle("CommentText", "annotation text", ui=99, rpr_xml='<w:sz w:val="20"/>')
        + cstyle("CommentReference", "annotation reference", '<w:sz w:val="16"/>')
        + pstyle("Header", "header", ui=99) + pstyle("Footer", "footer", ui=99))
    expect = {
        "blocks": [para("Tekst met commentaar erbij.", commentRefs=["0"]), para("Tweede alinea.")],
        "comments": [{"id": "0", "author": "Recensent", "text": "REVIEW COMMENT"}],
        "absent": ["REVIEW COMMENT", "HEADER TEXT", "FOOTER TEXT"],
        "notes": ["\"absent\" applies to the body blocks (and the body text / JSON items); comments, "
                  "headers and footers may be exposed separately."],
    }
    return (word_docx("", document=document_xml(body, sect=sect_pr(refs)), styles=styles,
                      comments=comments,
                      extra_parts={"word/header1.xml": (CT_WML.format("header"), header),
                                   "word/footer1.xml": (CT_WML.format("footer"), footer)},
                      doc_rels=[Rel("rId20", "header", "header1.xml"), Rel("rId21", "footer", "footer1.xml")]),
            expect)


CORE_XML = (
    f"{XML_DECL}<cp:coreProperties "
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Titel</dc:title><dc:creator>Auteur</dc:creator>"
    "<cp:lastModifiedBy>Editor</cp:lastModifiedBy><cp:revision>2</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-05T10:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-06T11:30:00Z</dcterms:modified>'
    "<dc:language>nl-NL</dc:language></cp:coreProperties>"
)
APP_XML = (
    f'{XML_DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><TotalTime>1</TotalTime><Pages>1</Pages><Words>3</Words>"
    "<Characters>24</Characters><Application>Microsoft Office Word</Application>"
    "<DocSecurity>0</DocSecurity><Lines>1</Lines><Paragraphs>1</Paragraphs><ScaleCrop>false</ScaleCrop>"
    "<Company></Company><LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>26</CharactersWithSpaces>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
    "</Properties>"
)


@valid
def core_properties():
    """Document properties from docProps/core.xml (title, creator, lastModifiedBy, created,
    modified, language) and the document language from docDefaults w:lang."""
    expect = {
        "blocks": [para("Inhoud met eigenschappen.")],
        "properties": {"title": "Titel", "creator": "Auteur", "lastModifiedBy": "Editor",
                       "created": "2024-07-05T10:00:00Z", "modified": "2024-07-06T11:30:00Z",
                       "language": "nl-NL"},
        "notes": ["docDefaults w:lang is nl-NL as well. Every other fixture has no docProps: "
                  "all properties null there, except language (nl-NL from docDefaults, if the "
                  "reader falls back to it)."],
    }
    return word_docx(p(r("Inhoud met eigenschappen.")), core=CORE_XML, app=APP_XML), expect


@valid
def strict_namespaces():
    """An ISO/IEC 29500 Strict document: w: and r: in the purl.oclc.org namespaces,
    relationship types http://purl.oclc.org/ooxml/officeDocument/relationships/…, with a
    heading, a bulleted list and a footnote."""
    mns, sns = main_ns(W_NS_STRICT, R_NS_STRICT), small_ns(W_NS_STRICT, R_NS_STRICT)
    styles = styles_xml(heading_style("Heading1", 1) + LIST_PARAGRAPH + NOTE_STYLES, ns=sns)
    numbering = numbering_xml([abstract_num(0, [lvl(k, "bullet", "\uf0b7", font="Symbol") for k in range(9)])],
                              [num(1, 0)], ns=sns)
    footnotes = notes_xml("footnote", {1: r(" Strikte voetnoot.")}, ns=mns)
    body = (p(r("Strikte kop"), style="Heading1")
            + p(r("Punt een"), style="ListParagraph", num=1, ilvl=0)
            + p(r("Punt twee"), style="ListParagraph", num=1, ilvl=0)
            + p(r("Tekst met voetnoot"), note_ref("footnote", 1), r(".")))
    document = document_xml(body, ns=mns, root_attrs=' w:conformance="strict"')
    parts = {
        "word/document.xml": (CT_MAIN, document),
        "word/styles.xml": (CT_WML.format("styles"), styles),
        "word/settings.xml": (CT_WML.format("settings"), settings_xml(footnotes=True, ns=sns)),
        "word/numbering.xml": (CT_WML.format("numbering"), numbering),
        "word/footnotes.xml": (CT_WML.format("footnotes"), footnotes),
    }
    rels = {"": [Rel("rId1", "officeDocument", "word/document.xml")],
            "word/document.xml": [Rel("rId1", "styles", "styles.xml"), Rel("rId2", "settings", "settings.xml"),
                                  Rel("rId3", "numbering", "numbering.xml"),
                                  Rel("rId4", "footnotes", "footnotes.xml")]}
    expect = {
        "blocks": [
            para("Strikte kop", heading=1, style={"id": "Heading1", "name": "heading 1"}),
            para("Punt een", list_=li("•", 0, 1, bullet=True)),
            para("Punt twee", list_=li("•", 0, 1, bullet=True)),
            para("Tekst met voetnoot.", footnoteRefs=["1"]),
        ],
        "footnotes": [{"id": "1", "text": "Strikte voetnoot.", "urls": []}],
        "notes": ["Package: _rels/.rels uses type http://purl.oclc.org/ooxml/officeDocument/"
                  "relationships/officeDocument; content types are the same as transitional. "
                  "The root carries w:conformance=\"strict\"."],
    }
    return opc_package(parts, rels, rel_base=REL_BASE_STRICT), expect


@valid
def main_part_renamed():
    """The main document part is word/hoofd.xml (found through _rels/.rels and
    [Content_Types].xml); its relationships are in word/_rels/hoofd.xml.rels; there is no
    word/document.xml."""
    styles = styles_xml(heading_style("Heading1", 1))
    body = p(r("Andere naam"), style="Heading1") + p(r("Hoofdonderdeel met een andere naam."))
    expect = {"blocks": [para("Andere naam", heading=1), para("Hoofdonderdeel met een andere naam.")]}
    return word_docx(body, styles=styles, main="word/hoofd.xml"), expect


@valid
def prefix_not_w():
    """WordprocessingML with the prefix ns0: instead of w: in document.xml, and with the
    WordprocessingML namespace as the DEFAULT namespace on the elements of styles.xml
    (attributes keep a w: prefix): readers must match namespace URIs, not prefixes."""
    body = (p(r("Kop met ander voorvoegsel"), style="Heading1")
            + p(r("Alinea met "), r("ns0", b=True), r(" als voorvoegsel.")))
    doc = document_xml(body)
    doc = re.sub(r"(</?)w:", r"\1ns0:", doc)
    doc = re.sub(r"(\s)w:([A-Za-z]+=)", r"\1ns0:\2", doc)
    doc = doc.replace("xmlns:w=", "xmlns:ns0=")
    styles = styles_xml(heading_style("Heading1", 1))
    styles = re.sub(r"(</?)w:", r"\1", styles)  # elements: default namespace; attributes keep w:
    styles = styles.replace(f'xmlns:w="{W_NS}"', f'xmlns="{W_NS}" xmlns:w="{W_NS}"')
    expect = {"blocks": [
        para("Kop met ander voorvoegsel", heading=1, style={"id": "Heading1", "name": "heading 1"}),
        para("Alinea met ns0 als voorvoegsel.",
             runs=[{"text": "Alinea met "}, {"text": "ns0", "bold": True}, {"text": " als voorvoegsel."}]),
    ]}
    return word_docx("", document=doc, styles=styles), expect


@valid
def missing_references():
    """Dangling references that must not stop conversion: an unknown paragraph style,
    a numId absent from numbering.xml, and a footnote id absent from footnotes.xml."""
    numbering = numbering_xml([abstract_num(0, decimal_levels())], [num(1, 0)])
    footnotes = notes_xml("footnote", {1: r(" Enige voetnoot.")})
    body = (p(r("Onbekende stijl"), style="BestaatNiet")
            + p(r("Onbekende nummering"), num=42, ilvl=0)
            + p(r("Voetnoot ontbreekt"), note_ref("footnote", 7), r("."))
            + p(r("Voetnoot bestaat"), note_ref("footnote", 1), r(".")))
    expect = {
        "blocks": [
            para("Onbekende stijl"),
            para("Onbekende nummering"),
            para("Voetnoot ontbreekt.", footnoteRefs=["7"]),
            para("Voetnoot bestaat.", footnoteRefs=["1"]),
        ],
        "footnotes": [{"id": "1", "text": "Enige voetnoot.", "urls": []}],
        "diagnostics": ["style-missing", "numbering-missing", "footnote-missing"],
        "notes": ["The unknown style falls back to the default paragraph style; the paragraph "
                  "with numId 42 is not a list item (or a list item without marker — but never "
                  "an error); footnote 7 keeps its anchor but has no note."],
    }
    return (word_docx(body, styles=styles_xml(NOTE_STYLES), numbering=numbering, footnotes=footnotes),
            expect)


@valid
def utf16_bom():
    """document.xml encoded as UTF-16LE with a byte order mark and encoding="UTF-16"."""
    text = "Ĳsselmeer – café"
    xml = document_xml(p(r(text))).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    data = b"\xff\xfe" + xml.encode("utf-16-le")
    expect = {"blocks": [para(text)],
              "notes": ["Ĳ is U+0132 (one code point, unchanged by NFC); – is U+2013; é is U+00E9."]}
    return word_docx("", document=data), expect


@valid
def utf8_bom():
    """document.xml starting with a UTF-8 byte order mark (EF BB BF) before the XML declaration."""
    text = "Met BOM: één, twee"
    data = b"\xef\xbb\xbf" + document_xml(p(r(text))).encode()
    return word_docx("", document=data), {"blocks": [para(text)]}


@valid
def unicode_nfc():
    """Decomposed characters in w:t (e + U+0301, i + U+0308) split over runs: the block text
    keeps the source code points; normalized (contract) text is NFC."""
    raw = "Cafe\u0301 en nai\u0308ef"
    body = p(r("Cafe"), r("\u0301 en nai"), r("\u0308ef"))
    nfc = unicodedata.normalize("NFC", raw)
    expect = {"blocks": [para(raw, normalizedText=nfc)],
              "notes": ["The combining marks start new runs. Normalized (NFC): é = U+00E9, "
                        f"ï = U+00EF ({len(nfc)} code points instead of {len(raw)})."]}
    return word_docx(body), expect


@valid
def external_relationships():
    """Relationships the reader must never follow: an attachedTemplate in settings.xml.rels
    (file:///C:/templates/x.dotm, External), a linked image (r:link, External,
    http://127.0.0.1:9/img.png) and an embedded image whose internal Target is
    ../../outside.xml (outside the package). The document still converts."""
    settings = settings_xml(attached_template='<w:attachedTemplate r:id="rId1"/>')
    body = (p(r("Sjabloon en externe afbeelding."))
            + p(picture_run(shape_id=1, name="Afbeelding 1", blip_attr='r:link="rId20"'))
            + p(picture_run(shape_id=2, name="Afbeelding 2", blip_attr='r:embed="rId21"'))
            + p(r("Einde.")))
    doc_rels = [Rel("rId20", "image", "http://127.0.0.1:9/img.png", external=True),
                Rel("rId21", "image", "../../outside.xml")]
    part_rels = {"word/settings.xml": [Rel("rId1", "attachedTemplate", "file:///C:/templates/x.dotm",
                                           external=True)]}
    expect = {
        "blocks": [para("Sjabloon en externe afbeelding."), para(""), para(""), para("Einde.")],
        "diagnostics": ["relationship-target-outside-package"],
        "notes": ["The two image paragraphs have no text (a reader may drop empty paragraphs; "
                  "if it does, blocks are just the first and last).",
                  "No network or file access may happen: nothing listens on 127.0.0.1:9 (discard), "
                  "C:/templates/x.dotm does not exist, ../../outside.xml resolves above the package "
                  "root (diagnostic relationship-target-outside-package, rId21). External targets "
                  "need no diagnostic (an informational one is allowed)."],
    }
    return word_docx(body, settings=settings, doc_rels=doc_rels, part_rels=part_rels), expect


@valid
def suspicious_entry_name():
    """A valid package plus zip entries named "../evil.txt", "/abs.txt", "C:/drive.txt" and
    "..\\\\back.txt": ignored, each reported as a zip-suspicious-entry-name diagnostic."""
    base = word_docx(p(r("Gewone inhoud.")))
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        entries = [(i.filename, zf.read(i)) for i in zf.infolist()]
    entries += [("../evil.txt", b"evil\n"), ("/abs.txt", b"abs\n"), ("C:/drive.txt", b"drive\n"),
                ("..\\back.txt", b"back\n")]
    expect = {"blocks": [para("Gewone inhoud.")],
              "diagnostics": ["zip-suspicious-entry-name"],
              "notes": ["One zip-suspicious-entry-name per name (4). Nothing may be written or read "
                        "outside the package; the names are reported, never resolved."]}
    return zip_bytes(entries), expect


def raw_zip(entries: list[tuple[str, bytes]], *, zip64: bool = False, descriptor: bool = False) -> bytes:
    """A deflated zip written by hand, for the layouts zipfile does not produce on demand.

    `zip64`: every entry carries a Zip64 extended-information field (sizes, and in the
    central directory the local header offset) with 0xFFFFFFFF in the 32-bit fields, and the
    archive ends with a Zip64 end-of-central-directory record and locator (counts 0xFFFF,
    size and offset 0xFFFFFFFF in the classic end record), as streaming writers emit them.
    `descriptor`: general-purpose flag bit 3; the local header has CRC and sizes 0 and a
    signed data descriptor (PK\\x07\\x08; 8-byte sizes when zip64) follows the data.
    """
    dos_date = (0 << 9) | (1 << 5) | 1  # 1980-01-01
    version = 45 if zip64 else 20
    flags = 0x08 if descriptor else 0
    out = bytearray()
    central = bytearray()
    for name, data in entries:
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = comp.compress(data) + comp.flush()
        crc = zlib.crc32(data)
        raw_name = name.encode()
        offset = len(out)
        if zip64:
            local_extra = struct.pack("<HHQQ", 1, 16, 0 if descriptor else len(data),
                                      0 if descriptor else len(packed))
            local_sizes = (0xFFFFFFFF, 0xFFFFFFFF)
        else:
            local_extra = b""
            local_sizes = (0, 0) if descriptor else (len(packed), len(data))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, version, flags, 8, 0, dos_date,
                           0 if descriptor else crc, *local_sizes, len(raw_name), len(local_extra))
        out += raw_name + local_extra + packed
        if descriptor:
            size_fmt = "QQ" if zip64 else "II"
            out += struct.pack("<II" + size_fmt, 0x08074B50, crc, len(packed), len(data))
        if zip64:
            central_extra = struct.pack("<HHQQQ", 1, 24, len(data), len(packed), offset)
            sizes, local_offset = (0xFFFFFFFF, 0xFFFFFFFF), 0xFFFFFFFF
        else:
            central_extra = b""
            sizes, local_offset = (len(packed), len(data)), offset
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, version, version, flags, 8, 0, dos_date,
                               crc, *sizes, len(raw_name), len(central_extra), 0, 0, 0, 0, local_offset)
        central += raw_name + central_extra
    cd_offset = len(out)
    out += central
    if zip64:
        record = len(out)
        out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(entries), len(entries),
                           len(central), cd_offset)
        out += struct.pack("<IIQI", 0x07064B50, 0, record, 1)
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    else:
        out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), cd_offset, 0)
    return bytes(out)


def _word_entries(body: str) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(word_docx(body))) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


@valid
def zip64_entries():
    """A package written with Zip64 structures throughout: every local and central header
    has a Zip64 extra field (32-bit sizes and offset 0xFFFFFFFF), and the archive ends with a
    Zip64 end-of-central-directory record and locator. Must convert normally."""
    data = raw_zip(_word_entries(p(r("Zip64 wordt gewoon gelezen."))), zip64=True)
    return data, {"blocks": [para("Zip64 wordt gewoon gelezen.")],
                  "notes": ["The classic end record says 0xFFFF entries at offset 0xFFFFFFFF; the "
                            "real values are in the Zip64 record (and in each entry's extra field)."]}


@valid
def data_descriptor_entries():
    """A package whose deflated entries use data descriptors (general-purpose flag bit 3):
    CRC and sizes are 0 in the local headers and follow the data in a signed descriptor, as
    streaming zip writers emit them. Must convert normally."""
    data = raw_zip(_word_entries(p(r("Met gegevensdescriptor."))), descriptor=True)
    return data, {"blocks": [para("Met gegevensdescriptor.")],
                  "notes": ["The central directory holds the true CRC and sizes; the local "
                            "headers' zeros must not be trusted (nor cause a refusal)."]}


@valid
def zip64_data_descriptor_entries():
    """Zip64 and data descriptors together (8-byte sizes in the descriptors), as Java's
    ZipOutputStream and .NET's streaming writers emit them. Must convert normally."""
    data = raw_zip(_word_entries(p(r("Zip64 met descriptor."))), zip64=True, descriptor=True)
    return data, {"blocks": [para("Zip64 met descriptor.")]}


# ======================================================================================
# Hostile / broken fixtures
# ======================================================================================


def cfb(streams: list[tuple[str, bytes]]) -> bytes:
    """A minimal but valid Compound File Binary (OLE2, version 3, 512-byte sectors).

    Layout: header, sector 0 = FAT, sector 1 = directory (4 entries of 128 bytes, at file
    offsets 1024, 1152, 1280, 1408), then stream data. Streams are padded to >= 4096 bytes
    so that none lives in the mini stream. At most 3 streams (root + 3 = one directory sector).
    """
    free, end, fatsect, nostream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    assert 1 <= len(streams) <= 3
    fat = [fatsect, end]
    data = b""
    starts = []
    sizes = []
    for _, payload in streams:
        # the declared size is the padded size: a stream under 4096 bytes would belong in
        # the mini stream, which these files do not have
        payload = payload.ljust(max(4096, -(-len(payload) // 512) * 512), b"\0")
        n = len(payload) // 512
        sizes.append(len(payload))
        starts.append(len(fat))
        fat += [len(fat) + k + 1 for k in range(n - 1)] + [end]
        data += payload
    assert len(fat) <= 128
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, color: int, left: int, right: int, child: int,
              start: int, size: int) -> bytes:
        raw = (name + "\0").encode("utf-16-le") if name else b""
        return struct.pack("<64sHBBIII16sIQQIQ", raw, len(raw), kind, color, left, right, child,
                           b"\0" * 16, 0, 0, 0, start, size)

    # red-black tree ordered by (name length, upper-case name): middle entry black, others red
    order = sorted(range(len(streams)), key=lambda k: (len(streams[k][0]), streams[k][0].upper()))
    root_idx = order[len(order) // 2]
    left = order[: len(order) // 2]
    right = order[len(order) // 2 + 1:]
    dir_entries = [entry("Root Entry", 5, 1, nostream, nostream, root_idx + 1, end, 0)]
    for k, (name, _) in enumerate(streams):
        size = sizes[k]
        if k == root_idx:
            dir_entries.append(entry(name, 2, 1, left[0] + 1 if left else nostream,
                                     right[0] + 1 if right else nostream, nostream, starts[k], size))
        else:
            dir_entries.append(entry(name, 2, 0, nostream, nostream, nostream, starts[k], size))
    while len(dir_entries) < 4:
        dir_entries.append(entry("", 0, 0, nostream, nostream, nostream, 0, 0))
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16,
                         0x003E, 0x0003, 0xFFFE, 9, 6, b"\0" * 6, 0, 1, 1, 0, 0x1000, end, 0, end, 0)
    header += struct.pack("<109I", 0, *([free] * 108))
    assert len(header) == 512
    return header + struct.pack("<128I", *fat) + b"".join(dir_entries) + data


@hostile("empty")
def h_empty():
    """A zero-byte file."""
    return b"", {"error": "input-empty"}


@hostile("pdf_renamed")
def h_pdf():
    """A PDF file renamed to .docx."""
    data = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return data, {"error": "unsupported-format", "notes": ["Message should say PDF (starts with %PDF-)."]}


@hostile("rtf_renamed")
def h_rtf():
    """An RTF file renamed to .docx."""
    data = b"{\\rtf1\\ansi\\ansicpg1252\\deff0 {\\fonttbl {\\f0 Times New Roman;}}\\f0\\fs24 Hallo RTF.\\par }\n"
    return data, {"error": "unsupported-format", "notes": ["Message should say RTF (starts with {\\rtf)."]}


@hostile("random_bytes")
def h_random():
    """4 KiB of bytes from random.Random(20240705) — no known magic."""
    rng = random.Random(20240705)
    data = bytes(rng.getrandbits(8) for _ in range(4096))
    assert not data.startswith((b"PK", b"\xd0\xcf", b"%PDF", b"{\\rtf"))
    return data, {"error": "unsupported-format"}


@hostile("legacy_doc")
def h_legacy_doc():
    """A legacy Word 97-2003 .doc: a valid OLE2 compound file (magic D0 CF 11 E0 A1 B1 1A E1)
    with streams "WordDocument" (FIB magic 0xA5EC) and "1Table"; no EncryptionInfo."""
    fib = struct.pack("<HHHH", 0xA5EC, 0x00C1, 0x0000, 0x0413) + b"\0" * 4088
    data = cfb([("WordDocument", fib), ("1Table", b"\0" * 4096)])
    return data, {"error": "unsupported-format",
                  "notes": ["Message should say legacy Word (.doc) / OLE2 compound file. Directory "
                            "entries (UTF-16LE names) are at file offsets 1024 (Root Entry), 1152, 1280."]}


@hostile("encrypted_ooxml")
def h_encrypted():
    """A password-protected .docx as Office writes it: an OLE2 compound file with streams
    "EncryptionInfo" (agile, version 4.4) and "EncryptedPackage" (names in UTF-16LE)."""
    info_xml = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
                b'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">'
                b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" '
                b'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
                b'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>')
    info = struct.pack("<HHI", 4, 4, 0x40) + info_xml
    rng = random.Random(7)
    package = struct.pack("<Q", 12345) + bytes(rng.getrandbits(8) for _ in range(4088))
    data = cfb([("EncryptionInfo", info), ("EncryptedPackage", package)])
    return data, {"error": "encrypted-document",
                  "notes": ["The UTF-16LE name \"EncryptionInfo\" is at file offset 1152 (directory "
                            "entry 1); \"EncryptedPackage\" at 1280."]}


def _simple_doc(text: str, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    return word_docx(p(r(text)), compression=compression)


@hostile("truncated_zip")
def h_truncated():
    """runs_split_mid_word.docx cut in half (no central directory; starts with PK\\x03\\x04)."""
    data = word_docx(_runs_split_mid_word_parts())
    return data[: len(data) // 2], {"error": "zip-corrupt",
                                    "notes": ["libzip 1.7.3 reports \"Not a zip archive\" here, exactly as for "
                                              "random bytes: sniff the PK\\x03\\x04 magic first to tell "
                                              "zip-corrupt from unsupported-format."]}


def _local_data_offset(data: bytes, name: str) -> tuple[int, int]:
    """(offset of the local file header, offset of the entry data) for `name`."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
    h = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[h + 26:h + 30])
    return h, h + 30 + name_len + extra_len


@hostile("bad_crc")
def h_bad_crc():
    """A stored (uncompressed) package whose word/document.xml data has one byte changed
    ("Controlegetal" → "controlegetal"): still well-formed XML, but the CRC-32 fails."""
    data = bytearray(_simple_doc("Controlegetal", zipfile.ZIP_STORED))
    _, start = _local_data_offset(bytes(data), "word/document.xml")
    pos = data.index(b"Controlegetal", start)
    data[pos] ^= 0x20
    return bytes(data), {"error": "zip-corrupt",
                         "notes": ["The data is readable; only the CRC check (at end of stream) catches it."]}


def _doc_with_raw_document(xml: bytes) -> bytes:
    return word_docx("", document=xml)


@hostile("doctype_entity")
def h_doctype():
    """document.xml with a DOCTYPE declaring an external entity (XXE) used in a w:t."""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n'
           f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\r\n'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'
           f"</w:body></w:document>").encode()
    return _doc_with_raw_document(xml), {"error": "xml-dtd-forbidden",
                                         "notes": ["Must fail before any entity is resolved; "
                                                   "/etc/passwd content must never appear."]}


@hostile("billion_laughs")
def h_billion_laughs():
    """document.xml with the classic nested-entity bomb (lol1…lol9, 10^9 "lol")."""
    ents = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{k} "{("&lol" + (str(k - 1) if k > 1 else "") + ";") * 10}">' for k in range(1, 10)]
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\r\n<!DOCTYPE w:document [{"".join(ents)}]>\r\n'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>'
           f"</w:body></w:document>").encode()
    return _doc_with_raw_document(xml), {"error": "xml-dtd-forbidden",
                                         "notes": ["libxml2 2.9.14 on its own (options NONET only) fails with "
                                                   "\"Detected an entity reference loop\" on line 3, which "
                                                   "would surface as xml-malformed: the DOCTYPE must be "
                                                   "refused before that."]}


@hostile("malformed_xml")
def h_malformed():
    """document.xml with an unclosed w:t on line 3 (the mismatch is reported on line 3)."""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>\n'
           f"<w:p><w:r><w:t>Onafgesloten</w:r></w:p>\n"
           f"</w:body></w:document>\n").encode()
    return _doc_with_raw_document(xml), {"error": "xml-malformed",
                                         "notes": ["Part word/document.xml, line 3: report the FIRST "
                                                   "libxml2 error (tag mismatch, line 3); the last one "
                                                   "(premature end of data) is on line 5."]}


def _package_entries(text: str) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(_simple_doc(text))) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


@hostile("duplicate_names_case")
def h_dup_case():
    """Entries "word/document.xml" and "word/Document.xml" (OPC part names are
    case-insensitive, so these collide)."""
    entries = _package_entries("Eerste versie")
    second = document_xml(p(r("Tweede versie"))).encode()
    idx = [n for n, _ in entries].index("word/document.xml")
    entries.insert(idx + 1, ("word/Document.xml", second))
    return zip_bytes(entries), {"error": "zip-unsafe",
                                "notes": ["libzip 1.7.3 with ZIP_CHECKCONS opens this and reads both entries: "
                                          "the case-insensitive comparison is the reader's own check."]}


@hostile("duplicate_names_exact")
def h_dup_exact():
    """Two entries both named "word/document.xml" with different content."""
    entries = _package_entries("Eerste versie")
    second = document_xml(p(r("Tweede versie"))).encode()
    idx = [n for n, _ in entries].index("word/document.xml")
    entries.insert(idx + 1, ("word/document.xml", second))
    return zip_bytes(entries), {"error": "zip-unsafe",
                                "notes": ["libzip 1.7.3 zip_open with ZIP_CHECKCONS fails with ZIP_ER_EXISTS "
                                          "(\"File already exists\"); map that to zip-unsafe."]}


@hostile("no_main_part")
def h_no_main():
    """Only [Content_Types].xml and _rels/.rels, which points at the absent word/document.xml."""
    ct = (f'{XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          f'<Default Extension="rels" ContentType="{CT_RELS}"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{CT_MAIN}"/></Types>')
    entries = [("[Content_Types].xml", ct.encode()),
               ("_rels/.rels", rels_xml([Rel("rId1", "officeDocument", "word/document.xml")]).encode())]
    return zip_bytes(entries), {"error": "missing-main-part"}


@hostile("no_rels")
def h_no_rels():
    """A valid zip holding one empty file "emptyfile" (no content types, no relationships)."""
    return zip_bytes([("emptyfile", b"")]), {"error": "missing-main-part"}


@hostile("zip_bomb_ratio")
def h_zip_bomb():
    """word/document.xml of ~60 MB (one valid paragraph of 100,000 "a" repeated 600 times)
    deflating ~1000:1."""
    # A long run of one byte (match distance 1) is what lets deflate approach its 1032:1
    # maximum; a short repeated sentence tops out near 340:1 (distance extra bits).
    para_xml = "<w:p><w:r><w:t>" + "a" * 100_000 + "</w:t></w:r></w:p>"
    head = document_xml("@@BODY@@").split("@@BODY@@")
    n = 60_000_000 // len(para_xml)
    xml = (head[0] + para_xml * n + head[1]).encode()
    entries = _package_entries("x")
    entries = [(name, xml if name == "word/document.xml" else data) for name, data in entries]
    data = zip_bytes(entries, level=9)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
    return data, {
        "error": "limit-exceeded",
        "notes": [f"Inflated word/document.xml is {len(xml):,} bytes, stored in "
                  f"{info.compress_size:,} bytes (ratio {info.file_size / info.compress_size:.0f}:1). The "
                  "message names the limit (compression ratio and/or inflated part size). The XML "
                  "is valid, so a reader without limits would (slowly) succeed."]}


def _patch_entry(data: bytes, name: str, *, method: int | None = None, flags_or: int = 0) -> bytes:
    """Patch the compression method / general-purpose flags of `name` in both the local
    header and the central directory."""
    out = bytearray(data)
    local, _ = _local_data_offset(data, name)
    offsets = [(local, 6, 8)]  # (header offset, flags offset, method offset)
    pos = out.find(b"PK\x01\x02")
    while pos != -1:
        nlen = struct.unpack("<H", out[pos + 28:pos + 30])[0]
        if out[pos + 46:pos + 46 + nlen] == name.encode():
            offsets.append((pos, 8, 10))
        pos = out.find(b"PK\x01\x02", pos + 4)
    assert len(offsets) == 2
    for base, f_off, m_off in offsets:
        if method is not None:
            struct.pack_into("<H", out, base + m_off, method)
        flags = struct.unpack("<H", out[base + f_off:base + f_off + 2])[0]
        struct.pack_into("<H", out, base + f_off, flags | flags_or)
    return bytes(out)


@hostile("deflate64_or_unknown_method")
def h_unknown_method():
    """A stored package whose word/document.xml compression method (local header and central
    directory) is patched to 9 = Deflate64, which libzip and Python's zipfile do not support."""
    data = _patch_entry(_simple_doc("Onbekende methode", zipfile.ZIP_STORED), "word/document.xml", method=9)
    return data, {"error": "zip-unsupported",
                  "notes": ["Method 9 (Deflate64), not 14 (LZMA): libzip >= 1.7 can inflate LZMA, so a "
                            "patched-to-14 stored entry would read as corrupt data, not as unsupported; "
                            "99 (AES) means an encrypted entry — see zip_entry_encrypted."]}


@hostile("zip_entry_encrypted")
def h_zip_encrypted():
    """A package whose word/document.xml entry has general-purpose flag bit 0 (encrypted)
    set in the local header and central directory (traditional zip encryption)."""
    data = _patch_entry(_simple_doc("Versleuteld", zipfile.ZIP_STORED), "word/document.xml", flags_or=1)
    return data, {"error": "encrypted-document",
                  "notes": ["Design: \"encrypted zip entries\" → encrypted-document (libzip: ZIP_ER_NOPASSWD)."]}


def _central_records(data: bytes) -> tuple[int, bytes, int]:
    """(offset of the central directory, its bytes, offset of the end record) of a plain zip."""
    end = data.rindex(b"PK\x05\x06")
    size, offset = struct.unpack("<II", data[end + 12:end + 20])
    return offset, data[offset:offset + size], end


@hostile("zip_overlapping_entries")
def h_zip_overlapping():
    """A "better zip bomb" (Fifield 2019, non-overlapping-name variant): 40 extra central
    directory records named word/media/kern01.xml … kern40.xml all point at the local header
    and data of word/document.xml, so one compressed kernel would be inflated 41 times."""
    data = _simple_doc("Kern")
    cd_offset, cd, end = _central_records(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        target = zf.getinfo("word/document.xml")
    pos = cd.index(b"word/document.xml") - 46
    assert struct.unpack("<I", cd[pos:pos + 4])[0] == 0x02014B50
    nlen, xlen, clen = struct.unpack("<HHH", cd[pos + 28:pos + 34])
    record = cd[pos:pos + 46 + nlen + xlen + clen]
    assert struct.unpack("<I", record[42:46])[0] == target.header_offset
    extra = b""
    for k in range(1, 41):
        name = f"word/media/kern{k:02}.xml".encode()
        extra += record[:28] + struct.pack("<H", len(name)) + record[30:46] + name + record[46 + nlen:]
    new_cd = cd + extra
    count = struct.unpack("<H", data[end + 10:end + 12])[0] + 40
    eocd = struct.pack("<IHHHHII", 0x06054B50, 0, 0, count, count, len(new_cd), cd_offset) + data[end + 20:]
    out = data[:cd_offset] + new_cd + eocd
    return out, {"error": "zip-unsafe",
                 "notes": ["libzip opens it without complaint (no ZIP_CHECKCONS) and would inflate the "
                           "same data for every name; the overlap check on the central directory "
                           "(entries sorted by local header offset) must refuse it."]}


@hostile("zip_local_header_lies")
def h_zip_header_lies():
    """word/document.xml really inflates to ~8 MB of valid paragraphs, but its local header and
    central directory both declare an uncompressed size of 1,024 bytes (CRC of the real data):
    a reader that trusts the declared size and then streams the entry is a zip bomb."""
    para_xml = "<w:p><w:r><w:t>" + "Liegende kop. " * 70 + "</w:t></w:r></w:p>"
    head = document_xml("@@BODY@@").split("@@BODY@@")
    xml = (head[0] + para_xml * (8_000_000 // len(para_xml)) + head[1]).encode()
    entries = [(n, xml if n == "word/document.xml" else d) for n, d in _package_entries("x")]
    data = bytearray(zip_bytes(entries, level=9))
    local, _ = _local_data_offset(bytes(data), "word/document.xml")
    struct.pack_into("<I", data, local + 22, 1024)
    cd_offset, cd, _ = _central_records(bytes(data))
    pos = cd_offset + cd.index(b"word/document.xml") - 46
    struct.pack_into("<I", data, pos + 24, 1024)
    return bytes(data), {
        "error": "zip-corrupt",
        "notes": [f"Real size {len(xml):,} bytes, declared 1,024. libzip 1.7.3 keeps inflating past the "
                  "declared size; the reader counts bytes and stops at the first chunk beyond it "
                  "(zip-corrupt: \"inflates past its declared size\"). limit-exceeded would also be "
                  "safe, but the size lie is the first thing seen."]}


@hostile("invalid_utf8_text")
def h_invalid_utf8():
    """A w:t (line 3 of document.xml) holding the bytes C3 28 and FF, which are not UTF-8 —
    in a part that declares encoding="UTF-8"."""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>\n'
           f"<w:p><w:r><w:t>kapot: ".encode() + b"\xc3\x28 \xff" + f"</w:t></w:r></w:p>\n"
           f"</w:body></w:document>\n".encode())
    return _doc_with_raw_document(xml), {
        "error": "xml-malformed",
        "notes": ["Decision: refused, not repaired (libxml2: \"Input is not proper UTF-8\"), naming "
                  "word/document.xml and line 3. Never a crash, never a replacement character in "
                  "the output."]}


@hostile("illegal_xml_char")
def h_illegal_char():
    """A w:t (line 3 of document.xml) holding the raw control character U+0001, which XML 1.0
    does not allow (buggy generators write such bytes)."""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>\n'
           f"<w:p><w:r><w:t>stuurteken \x01 hier</w:t></w:r></w:p>\n"
           f"</w:body></w:document>\n").encode()
    return _doc_with_raw_document(xml), {
        "error": "xml-malformed",
        "notes": ["libxml2: \"PCDATA invalid Char value 1\" on line 3."]}


@hostile("xml_nested_300")
def h_nested_300():
    """document.xml whose body nests 300 w:customXml elements around one paragraph (element
    depth ~305): over the reader's 200 limit, and over libxml2's own 256."""
    body = "<w:customXml w:element=\"x\">" * 300 + p(r("Diep")) + "</w:customXml>" * 300
    return _doc_with_raw_document(document_xml(body).encode()), {
        "error": "limit-exceeded",
        "notes": ["The message names maxXMLDepth (200). libxml2's own limit (256, \"Excessive depth "
                  "in document\") must not be what stops it: that would be xml-malformed."]}


@hostile("quadratic_blowup")
def h_quadratic():
    """document.xml with a DOCTYPE declaring one 20,000-character entity, referenced 5,000
    times in one w:t (100 MB if expanded): the quadratic blowup that needs no nesting."""
    big = "a" * 20_000
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\r\n<!DOCTYPE w:document [<!ENTITY a "{big}">]>\r\n'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{"&a;" * 5000}</w:t></w:r></w:p>'
           f"</w:body></w:document>").encode()
    return _doc_with_raw_document(xml), {
        "error": "xml-dtd-forbidden",
        "notes": ["libxml2 2.9.14 with safe options parses this \"successfully\" (entities are "
                  "not substituted, but a consumer expanding them gets 100 MB): the DOCTYPE itself "
                  "must stop it, in microseconds."]}


@hostile("doctype_in_styles")
def h_doctype_styles():
    """styles.xml (an auxiliary part) with a DOCTYPE whose external parameter entity points
    at http://127.0.0.1:47321/xxe.dtd and whose general entity points at file:///etc/hostname:
    a DOCTYPE in any part fails, even where a malformed part would only be skipped."""
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\r\n'
              f'<!DOCTYPE w:styles [<!ENTITY % remote SYSTEM "http://127.0.0.1:47321/xxe.dtd"> %remote; '
              f'<!ENTITY host SYSTEM "file:///etc/hostname">]>\r\n'
              f'<w:styles {small_ns()}><w:style w:type="paragraph" w:styleId="Normal">'
              f'<w:name w:val="&host;"/></w:style></w:styles>')
    return word_docx(p(r("Stijlen met DOCTYPE")), styles=styles), {
        "error": "xml-dtd-forbidden",
        "notes": ["Not part-unreadable: a DOCTYPE is hostile, not broken. Nothing may connect to "
                  "127.0.0.1:47321 (scripts/hostile/bounds.sh listens there while it runs) and "
                  "nothing may read /etc/hostname."]}


# ======================================================================================
# Checks, README, main
# ======================================================================================


def build_all() -> dict[str, tuple[bytes, dict]]:
    return {f.name: f.func() for f in FIXTURES}


def iter_blocks(blocks: list[dict]):
    for b in blocks:
        yield b
        if b["kind"] == "table":
            for row in b["rows"]:
                for c in row["cells"]:
                    yield from iter_blocks(c["blocks"])
        elif b["kind"] == "textBox":
            yield from iter_blocks(b["blocks"])


def sanity_check(fx: Fixture, data: bytes, expect: dict) -> list[str]:
    """Open every valid fixture with zipfile and parse each XML part (incl. rels) with
    ElementTree; check expected texts occur in the XML. Returns problems."""
    problems = []
    if len(data) > 200 * 1024:
        problems.append(f"{len(data)} bytes > 200 KiB")
    if fx.folder == "hostile":
        return problems
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        if zf.testzip() is not None:
            problems.append("CRC error")
        all_text = ""
        for info in zf.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            raw = zf.read(info)
            try:
                root = ET.fromstring(raw)
            except ET.ParseError as exc:
                problems.append(f"{info.filename}: {exc}")
                continue
            all_text += "".join(root.itertext())
        for b in iter_blocks(expect.get("blocks", [])):
            if b["kind"] == "paragraph":
                for piece in re.split(r"[\t\n]", b["text"]):
                    # specials (✓ • -) are not literal in the XML; check the plain pieces only
                    for word in re.findall(r"[A-Za-zĲé0-9]+", piece):
                        if word not in all_text.replace("\u00a0", " "):
                            problems.append(f"word {word!r} of {b['text']!r} not in XML text")
    return problems


def sanity_check_cfb(data: bytes) -> list[str]:
    """Read back the directory of our compound files (names UTF-16LE, 128-byte entries)."""
    assert data[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    first_dir = struct.unpack("<I", data[48:52])[0]
    off = 512 * (first_dir + 1)
    names = []
    for k in range(4):
        e = data[off + 128 * k: off + 128 * (k + 1)]
        n = struct.unpack("<H", e[64:66])[0]
        if n:
            names.append(e[: n - 2].decode("utf-16-le"))
    return names


def pandoc_path() -> str | None:
    exe = shutil.which("pandoc")
    if exe:
        return exe
    try:
        import pypandoc  # type: ignore
        return pypandoc.get_pandoc_path()
    except Exception:
        return None


def pandoc_check(exe: str, fx: Fixture, expect: dict) -> str:
    proc = subprocess.run([exe, "-f", "docx", "-t", "plain", "--wrap=none", fx.path],
                          capture_output=True, timeout=60)
    out = proc.stdout.decode("utf-8", "replace")
    if proc.returncode != 0:
        return f"pandoc failed ({proc.returncode}): {(proc.stderr.decode('utf-8', 'replace').strip().splitlines() or [''])[0][:200]}"
    flat = " ".join(out.split())
    missing = []
    for b in iter_blocks(expect.get("blocks", [])):
        if b["kind"] == "paragraph" and b["text"].strip():
            want = " ".join(unicodedata.normalize("NFC", b["text"]).split())
            if want not in flat:
                missing.append(want)
    for note in expect.get("footnotes", []) + expect.get("endnotes", []):
        if note["text"] not in flat:
            missing.append("[note] " + note["text"])
    leaked = [s for s in expect.get("absent", []) if s in flat]
    twice = [s for s in expect.get("exactlyOnce", []) if flat.count(s) != 1]
    msg = []
    if missing:
        msg.append("missing: " + "; ".join(repr(m) for m in missing))
    if leaked:
        msg.append("leaked: " + ", ".join(repr(s) for s in leaked))
    if twice:
        msg.append("not exactly once: " + ", ".join(f"{s!r}×{flat.count(s)}" for s in twice))
    return "ok" if not msg else " | ".join(msg)


# What pandoc 3.9 (`pandoc -f docx -t plain`) does differently. Informative only: the
# expectations above are the contract; these record where pandoc is not a usable oracle.
PANDOC_KNOWN = {
    "runs_split_mid_word": "renders the superscript run as \"²\" in plain text.",
    "stored_entries": "renders the superscript run as \"²\" in plain text.",
    "text_specials": "drops w:cr, turns the page break into a line break, maps Wingdings F0FC to "
                     "✔ (U+2714), keeps U+00AD for w:softHyphen, U+2011 for w:noBreakHyphen and U+00A0.",
    "hyperlinks": "drops the w:fldSimple HYPERLINK result (\"Via veld\" only) and puts the nested "
                  "PAGE result before the outer result (\"Genest 7zie pagina\").",
    "tracked_changes": "keeps the deleted table row (ignores w:trPr/w:del); merges the paragraph "
                       "with the deleted mark exactly as expected here.",
    "wrappers": "drops the block-level w:customXml paragraph and the inline w:customXml content, "
                "and drops the text \"Met kader\" of the paragraph that anchors the text box.",
    "text_box": "drops \"Na\", the text of the paragraph that anchors the text box (the text box "
                "paragraphs come out once).",
    "footnotes_endnotes": "adds [n] reference marks to the body text and lists the notes at the end.",
    "strict_namespaces": "reads Strict fine; adds a [1] reference mark.",
    "missing_references": "adds [n] reference marks and emits an empty note for the missing id 7.",
    "prefix_not_w": "fails: \"couldn't parse docx file: DocxError\" (exit 63) on the ns0: document "
                    "part; a default-namespace styles.xml on its own is read fine.",
    "utf16_bom": "fails: \"Cannot decode byte '\\xff'\" — UTF-16 parts are not supported.",
    "unicode_nfc": "does not normalize to NFC (keeps the combining marks).",
    "zip64_entries": "fails: \"couldn't unpack docx container: Can't read ZIP64 archive.\" (exit 63).",
    "zip64_data_descriptor_entries": "fails: \"couldn't unpack docx container: Can't read ZIP64 "
                                     "archive.\" (exit 63).",
    "styles_basedon_heading": "(-t markdown) agrees on Kop1, Kop2 and RapportKop, but ignores "
                              "w:outlineLvl: \"Opsomming op niveau drie\" and \"Direct "
                              "overzichtsniveau\" are plain paragraphs there.",
    "tables": "(-t html) gives the same colspan/rowspan/nesting, but also turns the first row of "
              "every table into a header row because of w:tblLook w:firstRow=\"1\" (conditional "
              "formatting only; headerRows here counts w:tblHeader rows).",
}


# --- README ----------------------------------------------------------------------------


def q(s: str) -> str:
    """JSON-quote; combining marks are written as \\uXXXX so decomposed text stays visible."""
    out = json.dumps(s, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if unicodedata.combining(c) else c for c in out)


def render_block(b: dict, indent: str = "") -> list[str]:
    if b["kind"] == "paragraph":
        bits = [f"¶ {q(b['text'])}"]
        if b.get("heading"):
            bits.append(f"heading {b['heading']}")
        if b.get("list"):
            lst = b["list"]
            kind = "bullet" if lst["bullet"] else "number"
            bits.append(f"list {kind} marker {q(lst['marker'])} level {lst['level']} numId {lst['numId']}")
        if b.get("style"):
            bits.append(f"style {b['style']['id']} ({q(b['style']['name'])})")
        if "normalizedText" in b:
            bits.append(f"normalized {q(b['normalizedText'])}")
        if b.get("runs"):
            spans = []
            for run in b["runs"]:
                flags = [k for k in ("bold", "italic", "underline", "superscript") if run.get(k)]
                spans.append(q(run["text"]) + (f"[{','.join(flags)}]" if flags else ""))
            bits.append("runs " + " + ".join(spans))
        for key in ("hyperlinks",):
            for h in b.get(key, []):
                target = h.get("url") or "#" + h.get("anchor", "")
                bits.append(f"link {q(h['text'])} → {target}")
        for key, label in (("footnoteRefs", "footnote refs"), ("endnoteRefs", "endnote refs"),
                           ("commentRefs", "comment refs")):
            if b.get(key):
                bits.append(f"{label} {', '.join(b[key])}")
        return [indent + " — ".join(bits)]
    if b["kind"] == "textBox":
        lines = [indent + "text box:"]
        for inner in b["blocks"]:
            lines += render_block(inner, indent + "    ")
        return lines
    if b["kind"] == "table":
        lines = [indent + f"table ({len(b['rows'])} rows, header rows: {b['headerRows']}):"]
        for ri, row in enumerate(b["rows"], start=1):
            lines.append(indent + f"    row {ri}:")
            for ci, c in enumerate(row["cells"], start=1):
                span = "".join([f" colSpan {c['colSpan']}" if "colSpan" in c else "",
                                f" rowSpan {c['rowSpan']}" if "rowSpan" in c else ""])
                lines.append(indent + f"        cell {ci}{span}:")
                for inner in c["blocks"]:
                    lines += render_block(inner, indent + "            ")
        return lines
    raise ValueError(b["kind"])


README_HEAD = """\
# Test fixtures

Generated by `make_fixtures.py` (Python 3, standard library only) — **do not edit this
file or the fixtures by hand**: change the script and run

    python3 Tests/Fixtures/make_fixtures.py

It rewrites `docx/*.docx`, `hostile/*.docx`, this README and `expected.json` (the same
expectations as below, machine-readable, for table-driven Swift tests), checks that the
output is deterministic and well-formed, and — when pandoc is available — cross-checks the
valid fixtures with `pandoc -f docx -t plain`. Zip entries have a fixed order, fixed
attributes and the timestamp 1980-01-01 00:00, so re-running gives byte-identical files
(with the same zlib; deflate output can differ between zlib builds, the content cannot).

* `docx/` — valid packages, one per behaviour. Each must convert (exit 0); the blocks
  below are what the block model (`tkingest blocks`) must contain.
* `hostile/` — broken or malicious inputs. Each must fail with exactly the stated error
  code (never a crash, hang, network/file access, or unbounded memory).

## Conventions used in the expectations

* Blocks are listed in reading order. `¶` is a paragraph block; its text is the
  block-model text **before** contract normalization: the `w:t` contents of the accepted
  revision concatenated, with `w:tab` → `"\\t"`, `w:br` (no type / textWrapping) and
  `w:cr` → `"\\n"`, page/column breaks and `w:lastRenderedPageBreak` → nothing,
  `w:softHyphen` → nothing, `w:noBreakHyphen` → `"-"`, U+00A0 → `" "`, `w:sym` → the
  Unicode glyph. Reference marks (footnote, endnote, comment) and list markers add no
  text. Strings are JSON-quoted. Where the contract's normalized text (NFC, whitespace
  collapsed and trimmed) differs, it is given as `normalized`.
* A paragraph is not a heading and not a list item unless stated (`heading N`,
  `list … marker "…" level L numId N`; level is the 0-based `w:ilvl`).
* `runs` are listed after merging adjacent runs with equal formatting; only true flags are
  shown (bold, italic, underline, superscript).
* `style` gives the style id and its `w:name`, shown where the fixture tests it.
* Text boxes are their own blocks (`text box:`), emitted once, immediately before the
  paragraph that anchors them; their text is not part of that paragraph.
* Tables list cells HTML-style (see `tables`). Cells hold blocks.
* *Absent*: strings that must not occur (case-sensitive) in any body block's text. *Exactly once*: strings
  that must occur in exactly one block. *Diagnostics*: codes that must be reported (others
  may be added); conversion still succeeds.
* In `expected.json`, `heading` and `list` are `null` when not a heading / list item, and
  keys such as `runs`, `style`, `hyperlinks`, `footnoteRefs` appear only where asserted.

"""


def render_readme(built: dict[str, tuple[bytes, dict]]) -> str:
    out = [README_HEAD, "## Index\n", "| file | expected |", "|---|---|"]
    for fx in FIXTURES:
        exp = built[fx.name][1]
        n = len(exp.get("blocks", []))
        what = f"error `{exp['error']}`" if "error" in exp else f"{n} block{'s' if n != 1 else ''}"
        out.append(f"| [`{fx.folder}/{fx.name}.docx`](#{fx.name}) | {what} |")
    out.append("")
    for folder, title in (("docx", "Valid fixtures (`docx/`)"), ("hostile", "Hostile fixtures (`hostile/`)")):
        out.append(f"## {title}\n")
        for fx in [f for f in FIXTURES if f.folder == folder]:
            exp = built[fx.name][1]
            out.append(f"### {fx.name}\n")
            out.append(f"`{fx.folder}/{fx.name}.docx` — " + " ".join(fx.doc.split()) + "\n")
            if "error" in exp:
                out.append(f"**Error code: `{exp['error']}`**\n")
            else:
                out.append("Blocks:\n")
                out.append("```")
                for k, b in enumerate(exp["blocks"], start=1):
                    lines = render_block(b)
                    out.append(f"{k:>2}. {lines[0]}")
                    out += ["    " + line for line in lines[1:]]
                out.append("```\n")
                for key, label in (("footnotes", "Footnotes"), ("endnotes", "Endnotes"),
                                   ("comments", "Comments")):
                    if exp.get(key):
                        out.append(f"{label}:\n")
                        for n in exp[key]:
                            urls = f" — urls {', '.join(n['urls'])}" if n.get("urls") else ""
                            author = f" — author {q(n['author'])}" if n.get("author") else ""
                            out.append(f"* id {n['id']}: {q(n['text'])}{urls}{author}")
                        out.append("")
                if exp.get("properties"):
                    out.append("Properties:\n")
                    for k, v in exp["properties"].items():
                        out.append(f"* {k}: {q(v)}")
                    out.append("")
                if exp.get("diagnostics"):
                    out.append("Diagnostics: " + ", ".join(f"`{d}`" for d in exp["diagnostics"]) + "\n")
                if exp.get("absent"):
                    out.append("Absent: " + ", ".join(q(s) for s in exp["absent"]) + "\n")
                if exp.get("exactlyOnce"):
                    out.append("Exactly once: " + ", ".join(q(s) for s in exp["exactlyOnce"]) + "\n")
            if exp.get("notes"):
                out.append("Notes:\n")
                out += [f"* {note}" for note in exp["notes"]]
                out.append("")
            if fx.name in PANDOC_KNOWN:
                out.append(f"pandoc 3.9 (cross-check only): {PANDOC_KNOWN[fx.name]}\n")
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    run_pandoc = "--no-pandoc" not in sys.argv[1:]
    built = build_all()
    again = build_all()
    nondeterministic = [n for n in built if built[n][0] != again[n][0]]
    if nondeterministic:
        print("NOT DETERMINISTIC:", nondeterministic)
        return 1

    for folder in (VALID_DIR, HOSTILE_DIR):
        os.makedirs(folder, exist_ok=True)
        for old in os.listdir(folder):
            if old.endswith(".docx") and old[:-5] not in {f.name for f in FIXTURES}:
                os.remove(os.path.join(folder, old))
    for fx in FIXTURES:
        with open(fx.path, "wb") as fh:
            fh.write(built[fx.name][0])

    expected = {f"{fx.folder}/{fx.name}.docx": built[fx.name][1] for fx in FIXTURES}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(render_readme(built))

    failed = False
    for fx in FIXTURES:
        problems = sanity_check(fx, *built[fx.name])
        if fx.name in ("legacy_doc", "encrypted_ooxml"):
            print(f"  cfb {fx.name}: directory {sanity_check_cfb(built[fx.name][0])}")
        if problems:
            failed = True
            print(f"PROBLEM {fx.name}: {problems}")

    exe = pandoc_path() if run_pandoc else None
    if exe:
        print(f"\npandoc cross-check ({exe}):")
        for fx in FIXTURES:
            if fx.folder == "docx":
                result = pandoc_check(exe, fx, built[fx.name][1])
                known = " (known pandoc divergence, see README)" if result != "ok" and fx.name in PANDOC_KNOWN else ""
                print(f"  {fx.name:32} {result}{known}")

    print("\nfixtures:")
    for fx in FIXTURES:
        print(f"  {os.path.relpath(fx.path, HERE):45} {len(built[fx.name][0]):>8,} bytes")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

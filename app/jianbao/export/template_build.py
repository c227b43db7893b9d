"""Builds the default 简报 template (.docx) from the layout in styles.py; `scripts/make_template.py` runs it.

The template holds the styles, the page setup (A4, GB/T 9704 margins, 22x28 grid, odd/even page-number
footers), a font table naming fallbacks, and a skeleton body: the masthead and the closing band written
with {{placeholders}} around a {{正文}} paragraph. An editor can open it in Word, restyle it and use it.
"""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from jianbao.export.blocks import (
    F_BAO, F_BODY, F_COPIES, F_DATE, F_EXTRA, F_FA, F_NUMBER, F_SERIES, F_SONG, F_TOTAL, F_UNIT,
)
from jianbao.export.styles import BY_ROLE, FONTS, GRID_SCALE, LATIN, PAGE, STYLES, FontInfo, Page, StyleSpec

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS = f'xmlns:w="{W}" xmlns:r="{R}"'
FIXED_TIME = (2024, 1, 1, 0, 0, 0)  # zip entries carry a fixed date so a rebuild is byte-identical
LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'


def fonts_xml(east_asia: str) -> str:
    return (f'<w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:eastAsia={quoteattr(east_asia)} '
            f'w:cs="{LATIN}" w:hint="eastAsia"/>')


def run_props(spec: StyleSpec) -> str:
    half = int(spec.size * 2)
    parts = [fonts_xml(spec.east_asia)]
    if spec.bold:
        parts.append("<w:b/><w:bCs/>")
    if spec.color:
        parts.append(f'<w:color w:val="{spec.color}"/>')
    # grid text narrowed (see GRID_SCALE); other text set back to full width, as the defaults are narrowed
    parts.append(f'<w:w w:val="{GRID_SCALE if spec.on_grid else 100}"/>')
    parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    parts.append(LANG)
    return "<w:rPr>" + "".join(parts) + "</w:rPr>"


def para_props(spec: StyleSpec, page: Page = PAGE) -> str:
    # One character of this style in twips: a grid cell for grid text (LibreOffice reads the twips,
    # Word the *Chars values; a hair more than two cells would cost LibreOffice a third).
    char = page.text_width // page.chars if spec.on_grid else int(spec.size * 20)
    parts = []
    if spec.keep_next:
        parts.append("<w:keepNext/>")
    if spec.border_bottom:
        kind, size, colour = spec.border_bottom
        parts.append(f'<w:pBdr><w:bottom w:val="{kind}" w:sz="{size}" w:space="4" w:color="{colour}"/></w:pBdr>')
    if spec.right_tab:
        pos = page.text_width - spec.left_chars * char - spec.right_chars * char
        parts.append(f'<w:tabs><w:tab w:val="right" w:pos="{pos}"/></w:tabs>')
    if not spec.on_grid:
        parts.append('<w:snapToGrid w:val="0"/>')
    spacing = []
    if spec.before_lines:
        spacing.append(f'w:beforeLines="{int(spec.before_lines * 100)}" w:before="{int(spec.before_lines * page.line_pitch)}"')
    if spec.after_lines:
        spacing.append(f'w:afterLines="{int(spec.after_lines * 100)}" w:after="{int(spec.after_lines * page.line_pitch)}"')
    if spec.exact_line:
        spacing.append(f'w:line="{int(spec.exact_line * 20)}" w:lineRule="exact"')
    if spacing:
        parts.append(f"<w:spacing {' '.join(spacing)}/>")
    ind = []
    if spec.left_chars:
        ind.append(f'w:leftChars="{spec.left_chars * 100}" w:left="{spec.left_chars * char}"')
    if spec.right_chars:
        ind.append(f'w:rightChars="{spec.right_chars * 100}" w:right="{spec.right_chars * char}"')
    if spec.first_line_chars:
        ind.append(f'w:firstLineChars="{spec.first_line_chars * 100}" w:firstLine="{spec.first_line_chars * char}"')
    if ind:
        parts.append(f"<w:ind {' '.join(ind)}/>")
    if spec.align:
        parts.append(f'<w:jc w:val="{spec.align}"/>')
    if spec.outline is not None:
        parts.append(f'<w:outlineLvl w:val="{spec.outline}"/>')
    return "<w:pPr>" + "".join(parts) + "</w:pPr>"


def style_xml(spec: StyleSpec) -> str:
    nxt = "JianbaoBody" if spec.role in ("title", "heading1", "heading2", "note", "section") else spec.style_id
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{spec.style_id}">'
        f'<w:name w:val={quoteattr(spec.name)}/><w:basedOn w:val="Normal"/><w:next w:val="{nxt}"/><w:qFormat/>'
        f"{para_props(spec)}{run_props(spec)}</w:style>"
    )


def styles_xml() -> str:
    body = BY_ROLE["body"]
    normal = StyleSpec("normal", "Normal", "Normal", body.east_asia, body.size, align="both")
    return (
        f"{XML_HEAD}<w:styles {NS}>"
        f"<w:docDefaults><w:rPrDefault>{run_props(normal)}</w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>{run_props(normal)}</w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        + "".join(style_xml(s) for s in STYLES)
        + "</w:styles>"
    )


def font_xml(font: FontInfo) -> str:
    alt = f"<w:altName w:val={quoteattr(font.alt)}/>" if font.alt else ""
    if font.charset == "86":
        sig = ('<w:sig w:usb0="00000001" w:usb1="080E0000" w:usb2="00000010" w:usb3="00000000" '
               'w:csb0="00040000" w:csb1="00000000"/>')
    else:
        sig = ('<w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" '
               'w:csb0="000001FF" w:csb1="00000000"/>')
    return (f"<w:font w:name={quoteattr(font.name)}>{alt}<w:panose1 w:val=\"{font.panose}\"/>"
            f'<w:charset w:val="{font.charset}"/><w:family w:val="{font.family}"/><w:pitch w:val="{font.pitch}"/>'
            f"{sig}</w:font>")


def font_table_xml() -> str:
    return f"{XML_HEAD}<w:fonts {NS}>" + "".join(font_xml(f) for f in FONTS) + "</w:fonts>"


def settings_xml() -> str:
    return (
        f"{XML_HEAD}<w:settings {NS}>"
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>'
        '<w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
        '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )


def page_number_paragraph(odd: bool) -> str:
    """'— N —' in 4号 宋体, one character in from the right (odd pages) or the left (even pages)."""
    spec = BY_ROLE["page_number"]
    char = int(spec.size * 20)
    ind = f'<w:ind w:rightChars="100" w:right="{char}"/>' if odd else f'<w:ind w:leftChars="100" w:left="{char}"/>'
    rpr = run_fonts(spec)
    return (
        f'<w:p><w:pPr><w:pStyle w:val="{spec.style_id}"/>{ind}<w:jc w:val="{"right" if odd else "left"}"/></w:pPr>'
        f'<w:r>{rpr}<w:t xml:space="preserve">— </w:t></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>1</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r>{rpr}<w:t xml:space="preserve"> —</w:t></w:r></w:p>'
    )


def footer_xml(odd: bool) -> str:
    return f"{XML_HEAD}<w:ftr {NS}>{page_number_paragraph(odd)}</w:ftr>"


def placeholder(name: str) -> str:
    return "{{" + name + "}}"


def run_fonts(spec: StyleSpec) -> str:
    """A run's own properties: only its East Asian font and language (size and colour stay in the style)."""
    return f'<w:rPr><w:rFonts w:hint="eastAsia" w:eastAsia={quoteattr(spec.east_asia)}/>{LANG}</w:rPr>'


def _para(role: str, content: str, extra_ppr: str = "") -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{BY_ROLE[role].style_id}"/>{extra_ppr}</w:pPr>{content}</w:p>'


def _run(role: str, text: str) -> str:
    return f'<w:r>{run_fonts(BY_ROLE[role])}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _tab(role: str) -> str:
    return f"<w:r>{run_fonts(BY_ROLE[role])}<w:tab/></w:r>"


def band_frame(page: Page = PAGE) -> str:
    """The closing band is a frame anchored to the bottom of the text block of the page it falls on."""
    return (f'<w:framePr w:w="{page.text_width}" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin" '
            'w:xAlign="center" w:yAlign="bottom"/>')


def band_rules() -> str:
    """The same top and bottom rule on every band paragraph: Word and LibreOffice draw one box around
    consecutive paragraphs with equal borders, so the band keeps both rules whichever lines drop out.
    (LibreOffice 7 also refuses to make a frame of paragraphs whose borders differ.)"""
    rule = 'w:val="single" w:sz="8" w:space="1" w:color="000000"'
    return f"<w:pBdr><w:top {rule}/><w:bottom {rule}/></w:pBdr>"


def masthead_xml() -> str:
    """Series name in red, 第N期 (总第M期), compiling unit left and date right over a red rule."""
    return (
        _para("masthead", _run("masthead", placeholder(F_SERIES)))
        + _para("number", _run("number", placeholder(F_NUMBER)) + _run("number", "　" + placeholder(F_TOTAL)))
        + _para("imprint", _run("imprint", placeholder(F_UNIT)) + _tab("imprint")
                + _run("imprint", placeholder(F_DATE)))
    )


def body_marker_xml() -> str:
    return _para("body", _run("body", placeholder(F_BODY)))


def band_xml(page: Page = PAGE) -> str:
    """报/送/发, 本期增发 and 共印N份 between two rules, at the foot of the last page."""
    ppr = band_frame(page) + band_rules()
    return (
        _para("band", _run("band", placeholder(F_BAO)), ppr)
        + _para("band", _run("band", placeholder(F_SONG)), ppr)
        + _para("band", _run("band", placeholder(F_FA)), ppr)
        + _para("band", _run("band", placeholder(F_EXTRA)) + _tab("band") + _run("band", placeholder(F_COPIES)), ppr)
    )


def skeleton_xml(page: Page = PAGE) -> str:
    """Masthead, the {{正文}} paragraph, closing band: the body of the default template."""
    return masthead_xml() + body_marker_xml() + band_xml(page)


def sect_pr(page: Page = PAGE, odd_id: str = "rIdFooterOdd", even_id: str = "rIdFooterEven") -> str:
    return (
        f'<w:sectPr><w:footerReference w:type="default" r:id="{odd_id}"/>'
        f'<w:footerReference w:type="even" r:id="{even_id}"/>'
        f'<w:pgSz w:w="{page.width}" w:h="{page.height}"/>'
        f'<w:pgMar w:top="{page.top}" w:right="{page.right}" w:bottom="{page.bottom}" w:left="{page.left}" '
        f'w:header="{page.header}" w:footer="{page.footer}" w:gutter="0"/>'
        '<w:cols w:space="425"/>'
        f'<w:docGrid w:type="linesAndChars" w:linePitch="{page.line_pitch}" w:charSpace="{page.char_space}"/>'
        "</w:sectPr>"
    )


def document_xml(page: Page = PAGE) -> str:
    return f"{XML_HEAD}<w:document {NS}><w:body>{skeleton_xml(page)}{sect_pr(page)}</w:body></w:document>"


CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def content_types_xml() -> str:
    over = {
        "/word/document.xml": f"{CT_MAIN}.document.main+xml",
        "/word/styles.xml": f"{CT_MAIN}.styles+xml",
        "/word/settings.xml": f"{CT_MAIN}.settings+xml",
        "/word/fontTable.xml": f"{CT_MAIN}.fontTable+xml",
        "/word/footer1.xml": f"{CT_MAIN}.footer+xml",
        "/word/footer2.xml": f"{CT_MAIN}.footer+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    return (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in over.items())
        + "</Types>"
    )


def _rels(items: list[tuple[str, str, str]]) -> str:
    return (f'{XML_HEAD}<Relationships xmlns="{PKG_REL}">'
            + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in items)
            + "</Relationships>")


OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def package_rels() -> str:
    return _rels([
        ("rId1", f"{OD}/officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        ("rId3", f"{OD}/extended-properties", "docProps/app.xml"),
    ])


def document_rels() -> str:
    return _rels([
        ("rIdStyles", f"{OD}/styles", "styles.xml"),
        ("rIdSettings", f"{OD}/settings", "settings.xml"),
        ("rIdFonts", f"{OD}/fontTable", "fontTable.xml"),
        ("rIdFooterOdd", f"{OD}/footer", "footer1.xml"),
        ("rIdFooterEven", f"{OD}/footer", "footer2.xml"),
    ])


def core_xml() -> str:
    return (
        f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>简报模板</dc:title><dc:creator>Jianbao</dc:creator><dc:language>zh-CN</dc:language>"
        "</cp:coreProperties>"
    )


def app_xml() -> str:
    return (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            "<Application>Jianbao</Application></Properties>")


def build_default_template() -> bytes:
    """The default template as .docx bytes (deterministic: the same code gives the same bytes)."""
    parts = {
        "[Content_Types].xml": content_types_xml(),
        "_rels/.rels": package_rels(),
        "docProps/core.xml": core_xml(),
        "docProps/app.xml": app_xml(),
        "word/document.xml": document_xml(),
        "word/_rels/document.xml.rels": document_rels(),
        "word/styles.xml": styles_xml(),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml(),
        "word/footer1.xml": footer_xml(odd=True),
        "word/footer2.xml": footer_xml(odd=False),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, text.encode("utf-8"))
    return buf.getvalue()

"""Draws Jianbao's icon (a red tile, a white 简 and the rule under a bulletin's masthead) as SVG, PNGs and .ico.

The glyph is stored as outlines, so the SVG looks the same without the font. Run once after changing the
design; the results are committed under app/jianbao/resources/icons/:
    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QTransform

OUT = Path(__file__).resolve().parent.parent / "app" / "jianbao" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
RED, WHITE = "#c4161c", "#ffffff"
FONT = "Noto Serif CJK SC"  # a bold Song face, as on printed mastheads
VIEW = 256.0
TILE = QRectF(12, 12, 232, 232)
GLYPH_BOX = QRectF(44, 30, 168, 160)
RULE = QRectF(44, 204, 168, 12)


def glyph_path() -> QPainterPath:
    font = QFont(FONT)
    font.setWeight(QFont.Weight.Black)
    font.setPixelSize(200)
    if not QFont(font).exactMatch() and FONT not in font.family():
        sys.exit(f"font {FONT!r} not found (fonts-noto-cjk)")
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, "简")
    box = path.boundingRect()
    scale = min(GLYPH_BOX.width() / box.width(), GLYPH_BOX.height() / box.height())
    t = QTransform()
    t.translate(GLYPH_BOX.center().x(), GLYPH_BOX.center().y())
    t.scale(scale, scale)
    t.translate(-box.center().x(), -box.center().y())
    return t.map(path)


def svg_data(path: QPainterPath) -> str:
    """SVG path data from a QPainterPath (move, line and cubic elements)."""
    out: list[str] = []
    i, n = 0, path.elementCount()
    while i < n:
        e = path.elementAt(i)
        if e.type == QPainterPath.ElementType.MoveToElement:
            out.append(f"M{e.x:.1f} {e.y:.1f}")
        elif e.type == QPainterPath.ElementType.LineToElement:
            out.append(f"L{e.x:.1f} {e.y:.1f}")
        else:  # CurveToElement followed by two CurveToDataElement
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            out.append(f"C{e.x:.1f} {e.y:.1f} {c2.x:.1f} {c2.y:.1f} {end.x:.1f} {end.y:.1f}")
            i += 2
        i += 1
    return "".join(out) + "Z"


def write_svg(glyph: QPainterPath) -> None:
    r = TILE
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">\n'
           f'<title>简报 Jianbao</title>\n'
           f'<rect x="{r.x():g}" y="{r.y():g}" width="{r.width():g}" height="{r.height():g}" rx="44" fill="{RED}"/>\n'
           f'<path fill="{WHITE}" fill-rule="nonzero" d="{svg_data(glyph)}"/>\n'
           f'<rect x="{RULE.x():g}" y="{RULE.y():g}" width="{RULE.width():g}" height="{RULE.height():g}" '
           f'fill="{WHITE}"/>\n</svg>\n')
    (OUT / "jianbao.svg").write_text(svg, "utf-8")


def render(glyph: QPainterPath, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / VIEW, size / VIEW)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(RED))
    p.drawRoundedRect(TILE, 44, 44)
    p.setBrush(QColor(WHITE))
    p.drawPath(glyph)
    p.drawRect(RULE)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def write_ico(pngs: dict[int, bytes]) -> None:
    """A multi-size .ico with PNG-compressed images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    (OUT / "jianbao.ico").write_bytes(header + entries + blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    glyph = glyph_path()
    write_svg(glyph)
    pngs = {}
    for size in SIZES:
        pngs[size] = png_bytes(render(glyph, size))
        (OUT / f"jianbao-{size}.png").write_bytes(pngs[size])
    write_ico(pngs)
    del app
    print(f"wrote {OUT}: jianbao.svg, jianbao.ico, " + ", ".join(f"jianbao-{s}.png" for s in SIZES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

# CFF outlines -> TrueType quadratic outlines (after fontTools' Snippets/otf2ttf.py approach)
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src)
glyphOrder = font.getGlyphOrder()
font["loca"] = newTable("loca")
font["glyf"] = glyf = newTable("glyf")
glyf.glyphOrder = glyphOrder
glyf.glyphs = {}
gs = font.getGlyphSet()
for name in glyphOrder:
    pen = TTGlyphPen(gs)
    gs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font["head"].glyphDataFormat = 0
if "VORG" in font: del font["VORG"]
del font["CFF "]
maxp = font["maxp"]; maxp.tableVersion = 0x00010000
for a in ("maxZones","maxTwilightPoints","maxStorage","maxFunctionDefs","maxInstructionDefs","maxStackElements","maxSizeOfInstructions","maxComponentElements"):
    setattr(maxp, a, 0)
maxp.maxZones = 1
maxp.maxComponentDepth = 0
post = font["post"]; post.formatType = 3.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = None
font.sfntVersion = "\x00\x01\x00\x00"
font.save(dst)

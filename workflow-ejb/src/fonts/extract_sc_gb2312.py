# Takes the simplified Chinese face out of Debian's NotoSansCJK-Regular.ttc and keeps the
# characters of GB 2312, ASCII, CJK punctuation and full-width forms (see the fonts' OFL.txt).
# Then: otf2ttf.py NotoSansCJKsc-Regular-GB2312.otf NotoSansCJKsc-Regular-GB2312.ttf
from fontTools.ttLib import TTCollection
from fontTools import subset
col = TTCollection('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
sc = [f for f in col.fonts if f['name'].getDebugName(4) == 'Noto Sans CJK SC'][0]
sc.save('NotoSansCJKsc-full.otf')
chars = set()
for b1 in range(0xA1, 0xF8):
    for b2 in range(0xA1, 0xFF):
        try:
            chars.add(ord(bytes([b1, b2]).decode('gb2312')))
        except UnicodeDecodeError:
            pass
chars |= set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)) | {0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7}
opts = subset.Options()
opts.layout_features = ['*']
opts.name_IDs = ['*']
opts.name_languages = ['*']
opts.notdef_outline = True
opts.glyph_names = False
opts.hinting = False
font = subset.load_font('NotoSansCJKsc-full.otf', opts)
s = subset.Subsetter(opts)
s.populate(unicodes=chars)
s.subset(font)
subset.save_font(font, 'NotoSansCJKsc-Regular-GB2312.otf', opts)

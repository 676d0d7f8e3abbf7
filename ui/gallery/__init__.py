"""The screen gallery: every screen of the app rendered on the bundled course at a chosen size,
scale and language, each saved as a PNG and checked by a layout inspector.

    python -m ui.gallery --out DIR [--lang zh|zh-TW|en] [--size WxH] [--scale S] [--docs]
"""

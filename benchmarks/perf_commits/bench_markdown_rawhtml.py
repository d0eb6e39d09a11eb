"""Python-Markdown 1caf0289 (RawHtmlPostprocessor.run): one Markdown instance converting many
small documents with raw HTML, not reset between them, so its HTML stash grows (thousands of
entries, as on the large pages of issue #1507). The parent precomputes a replacement for every
stash entry on each call and again on its recursive pass, though each document uses a few; the
commit looks up only the placeholders it finds."""

import markdown

md = markdown.Markdown()
DOC = "Some <b>inline</b> and <i>more</i> <code>x</code> text.\n\n<div>a block</div>\n"
for _ in range(200):
    md.convert(DOC)

"""Python-Markdown 524e4daa (HTMLExtractor.line_offset): a document with a long raw HTML block."""

import markdown

lines = "\n".join(f"<p>line {i} of raw html</p>" for i in range(1500))
DOC = f"Intro paragraph.\n\n<div>\n{lines}\n</div>\n\nOutro *paragraph*.\n"
for _ in range(2):
    markdown.markdown(DOC)

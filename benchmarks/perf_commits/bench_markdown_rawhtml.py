"""Python-Markdown 1caf0289 (RawHtmlPostprocessor.run): many raw HTML blocks and inline tags."""

import markdown

DOC = "\n".join(f"<div>block {i}</div>\n\nSome <b>inline</b> {i}.\n" for i in range(3000))
markdown.markdown(DOC)

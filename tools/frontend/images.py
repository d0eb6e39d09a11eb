"""Image re-encoding measured, not guessed: what a PNG or JPEG weighs as WebP.

How each image is encoded: a JPEG, already lossy, as lossy WebP at quality 80; a PNG
that looks like a photograph (no transparency, over 4,096 distinct colours in a sample)
as lossy WebP at quality 85; any other PNG (icons, diagrams, transparency) losslessly,
so not one pixel changes.

>>> import io
>>> from PIL import Image
>>> buf = io.BytesIO(); Image.new("RGBA", (64, 64), (200, 10, 10, 128)).save(buf, "PNG")
>>> data, how = to_webp(buf.getvalue(), ".png")
>>> data[:4], data[8:12], how
(b'RIFF', b'WEBP', 'lossless (every pixel kept)')
"""

from __future__ import annotations

import io

from perfagent.tools.errors import InputError

PHOTO_COLOURS = 4096


def to_webp(data: bytes, suffix: str) -> tuple[bytes, str]:
    """WebP bytes for an image, and how it was encoded; InputError if it cannot be."""
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError(f"Pillow cannot read it ({exc})") from None
    if getattr(image, "is_animated", False):
        raise InputError("it is animated")
    out = io.BytesIO()
    if suffix.lower() in (".jpg", ".jpeg"):
        image.convert("RGB").save(out, "WEBP", quality=80, method=4)
        return out.getvalue(), "lossy, quality 80 (the source is a JPEG)"
    if _photo(image):
        image.convert("RGB").save(out, "WEBP", quality=85, method=4)
        return out.getvalue(), "lossy, quality 85 (a photograph-like PNG without transparency)"
    image.save(out, "WEBP", lossless=True, method=4)
    return out.getvalue(), "lossless (every pixel kept)"


def _photo(image) -> bool:
    if image.mode in ("RGBA", "LA", "PA", "P") or "transparency" in image.info:
        return False
    sample = image.convert("RGB").resize((min(256, image.width), min(256, image.height)))
    return sample.getcolors(maxcolors=PHOTO_COLOURS) is None  # None: more colours than that

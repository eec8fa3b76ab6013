"""Reading business cards: image → cards → text → fields. No Qt and no database in this package.

Entry points: ``pipeline.read_image`` / ``pipeline.read_pixels`` (one image), ``batch.read_images``
(many, in worker processes, with progress and cancel), ``python -m cardbook.ocr.evaluate`` and
``python -m cardbook.ocr.benchmark`` (figures against ground truth and against plain Tesseract).

Stages, one module each: ``loading`` (safe decoding, EXIF) → ``detect`` + ``geometry`` (card outlines,
perspective) → ``orientation`` (which way up) → ``prepare`` (grey, local inversion, scale) →
``reading`` with ``tesseract_engine`` / ``rapid_engine`` behind ``engine.OcrEngine`` → ``layout``
(lines) → ``parse_card`` (``parse_contacts``, ``parse_phones``, ``parse_address``, ``parse_people``,
``title_evidence``, ``firm_evidence``, ``shared_line``, ``parse_roles``, word lists in ``lexicon``) →
``qr`` + ``merge`` → ``fields`` (results).
"""

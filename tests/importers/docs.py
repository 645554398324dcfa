"""Build the binary document fixtures (PDF, DOCX) at test time instead of committing binaries."""
from __future__ import annotations

from pathlib import Path


def make_pdf(path: Path, lines: list[str], title: str | None = None, author: str | None = None) -> Path:
    """A minimal valid one-page PDF with Helvetica text (WinAnsi, so Latin-1 accents work) and an Info dict."""

    def esc(s: str) -> bytes:
        return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT /F1 12 Tf 72 720 Td 16 TL " + b" ".join(b"(" + esc(l) + b") Tj T*" for l in lines) + b" ET"
    info = b"<< " + (b"/Title (" + esc(title) + b") " if title else b"") + \
        (b"/Author (" + esc(author) + b") " if author else b"") + b"/CreationDate (D:20240115093000Z) >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        info,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def make_docx(path: Path, title: str, author: str, heading: str, paragraphs: list[str], table=None) -> Path:
    import datetime as dt

    import docx

    document = docx.Document()
    document.add_heading(heading, level=1)
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    props = document.core_properties
    props.title = title
    props.author = author
    props.created = dt.datetime(2024, 2, 1, 8, 0, 0)
    props.modified = dt.datetime(2024, 2, 3, 8, 0, 0)
    props.last_modified_by = author
    document.save(str(path))
    return path


def build_folder(dest: Path) -> Path:
    """The folder fixture plus a PDF in securite/ and a DOCX in qualite/."""
    import shutil

    from .conftest import FIXTURES

    shutil.copytree(FIXTURES / "folder", dest)
    make_pdf(dest / "securite" / "permis-feu.pdf",
             ["Permis de feu : travaux par points chauds", "Surveillance 2 h après la fin des travaux."],
             title="Permis de feu", author="John Smith <john.smith@ferrand.example>")
    (dest / "qualite").mkdir()
    make_docx(dest / "qualite" / "audit-iso9001.docx", "Audit interne ISO 9001", "Claire Dubois",
              "Audit interne ISO 9001", ["Check the calibration records of torque wrenches.",
                                         "Vérifier les fiches d'étalonnage."],
              table=[["Écart", "Action"], ["Clé non étalonnée", "Étalonner"]])
    return dest

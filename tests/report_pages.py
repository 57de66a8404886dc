"""Reading the HTML reports back in tests: their images and tables, numbers as the report prints them."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import numpy as np
from osgeo import gdal

from alsa.alsa_plugin.report.html import number

PNG = b"\x89PNG\r\n\x1a\n"


class Page(HTMLParser):
    """The images and the tables (rows of cell texts) of a report's HTML text (:func:`read_page` for a file)."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.images: list[str] = []
        self.tables: list[list[list[str]]] = []
        self._cell: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs)["src"])
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(self._cell.strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data

    def table_with(self, header: str) -> list[list[str]]:
        """The first table with ``header`` in its header row, as rows of cell texts (the header row first)."""
        return next(t for t in self.tables if t and header in t[0])

    def table(self, *headers: str) -> list[dict]:
        """The first table whose header row starts with ``headers``, as dicts by header."""
        for t in self.tables:
            if tuple(t[0][: len(headers)]) == headers:
                return [dict(zip(t[0], row)) for row in t[1:]]
        raise AssertionError(f"no table {headers} in {[t[0] for t in self.tables]}")


def read_page(path) -> Page:
    """The :class:`Page` of a report file."""
    return Page(Path(path).read_text(encoding="utf-8"))


def shown(value) -> str:
    """A number as the report prints it (6 significant digits)."""
    return number(float(value))


def read(path) -> np.ndarray:
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray()


def check_figures(html: Path, page: Page, at_least: int) -> list[Path]:
    assert len(page.images) >= at_least, page.images
    paths = []
    for src in page.images:
        path = Path(html).parent / src
        assert path.read_bytes()[:8] == PNG, src
        ds = gdal.Open(str(path))
        assert ds is not None and ds.RasterXSize > 300 and ds.RasterYSize > 200, src
        paths.append(path)
    return paths
